#include "cli/cli.h"
#include "cli/clioutput.h"

#include "env/environment.h"
#include "experiment/experimentdetails.h"
#include "experiment/experimentrunner.h"
#include "experiment/specbuilder.h"
#include "model/modeldocument.h"
#include "util/fileutil.h"
#include "util/limits.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << s.trimmed();
    return items;
}

/// quantize's options, declared once so reading them stays next to their meaning.
struct QuantizeOptionSet {
    QCommandLineOption mode{QStringLiteral("mode"), tr("dynamic, static, hybrid (static convolutions, dynamic Linear layers) "
                                                       "or qat. Default static."), tr("MODE"), QStringLiteral("static")};
    QCommandLineOption engine{QStringLiteral("engine"), tr("Quantized engine (default: the current one)."), tr("NAME")};
    QCommandLineOption perChannel{QStringLiteral("per-channel"), tr("Per-channel symmetric weights.")};
    QCommandLineOption perTensor{QStringLiteral("per-tensor"), tr("Per-tensor symmetric weights.")};
    QCommandLineOption observer{QStringLiteral("observer"), tr("Activation observer: minmax, moving-average, percentile:99.99, "
                                                               "mse. Default: the engine preset's (mse)."), tr("KIND")};
    QCommandLineOption skip{QStringLiteral("skip"), tr("Layers (and their children) to keep in float."), tr("a,b")};
    QCommandLineOption only{QStringLiteral("only"), tr("Quantize only these layers (and their children)."), tr("c,d")};
    QCommandLineOption embeddingBits{QStringLiteral("embedding-bits"),
                                     tr("Row width of the weight-only embeddings: 8 (default) or 4 bits per weight."), tr("N")};
    QCommandLineOption config{QStringLiteral("config"), tr("A quantization config as JSON (overrides the options above)."), tr("FILE")};
    QCommandLineOption calib{QStringLiteral("calib"), tr("Calibration data: fashion-mnist[:train|test], an MNIST-style "
                                                         "folder or IDX file, an image folder (one subfolder per class), "
                                                         "a .csv file, a torch.save'd tensor or (inputs, labels), "
                                                         "or synthetic (the default)."), tr("DATA")};
    QCommandLineOption evaluation{QStringLiteral("eval"), tr("Data to compare float and quantized outputs on (and "
                                                             "accuracy, when labelled). Default: the calibration data's "
                                                             "test split, or other synthetic inputs."), tr("DATA")};
    QCommandLineOption evalBatches{QStringLiteral("eval-batches"), tr("Evaluate on at most N batches (default: all of "
                                                                      "a data set, as many as calibration for synthetic)."),
                                   tr("N")};
    QCommandLineOption train{QStringLiteral("train"), tr("QAT training data, labelled (default fashion-mnist:train)."), tr("DATA")};
    QCommandLineOption epochs{QStringLiteral("epochs"), tr("QAT epochs (default 1)."), tr("N"), QStringLiteral("1")};
    QCommandLineOption trainBatches{QStringLiteral("train-batches"), tr("QAT steps per epoch (default 100)."), tr("N"), QStringLiteral("100")};
    QCommandLineOption learningRate{QStringLiteral("lr"), tr("QAT learning rate (default 1e-4)."), tr("X"), QStringLiteral("1e-4")};
    QCommandLineOption optimizer{QStringLiteral("optimizer"), tr("QAT optimizer: adam or sgd (default adam)."), tr("NAME"), QStringLiteral("adam")};
    QCommandLineOption freezeAfter{QStringLiteral("freeze-observers-after"), tr("Stop updating QAT ranges after this many epochs."), tr("K")};
    QCommandLineOption calibBatches{QStringLiteral("calib-batches"), tr("Calibration batches (default 8)."), tr("N"), QStringLiteral("8")};
    QCommandLineOption batchSize{QStringLiteral("batch-size"), tr("Batch size (default 32)."), tr("N"), QStringLiteral("32")};
    QCommandLineOption inputShape{QStringLiteral("input-shape"), tr("The input's shape, batch first."), tr("SHAPE")};
    QCommandLineOption benchRuns{QStringLiteral("bench-runs"), tr("Also time both models over N runs (default 0: no timing)."),
                                 tr("N"), QStringLiteral("0")};
    QCommandLineOption scaling{QStringLiteral("scaling"), tr("With --bench-runs: also time batch sizes 1-256 on 1 to "
                                                             "all cores, float and quantized.")};
    QCommandLineOption perLayer{QStringLiteral("per-layer"), tr("Also measure each layer's SQNR and weight error.")};
    QCommandLineOption outFile{QStringLiteral("out"), tr("Save the quantized TorchScript model here."), tr("FILE")};
    QCommandLineOption db{QStringLiteral("db"), tr("Experiment log to record the run in (default: in the user's data folder)."), tr("FILE")};
    QCommandLineOption noLog{QStringLiteral("no-log"), tr("Do not record the run in the experiment log.")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print the report as JSON.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({mode, engine, perChannel, perTensor, observer, skip, only, embeddingBits, config, calib, calibBatches, batchSize,
                           evaluation, evalBatches, train, epochs, trainBatches, learningRate, optimizer, freezeAfter,
                           inputShape, benchRuns, scaling, perLayer, outFile, db, noLog, json});
    }
};

/// A whole number option of at least `minimum`; an error sentence naming the option otherwise.
/// The QAT options: training data, epochs, steps, learning rate, optimizer; an error sentence or empty.
QString readQat(const QCommandLineParser &parser, const QuantizeOptionSet &o, SpecRequest *request)
{
    QString error;
    QatOptions &qat = request->qat;
    qat.training = DataSpec::fromArgument(parser.value(o.train).isEmpty() ? QStringLiteral("fashion-mnist:train")
                                                                          : parser.value(o.train),
                                          QStringLiteral("train"), &error);
    if (!error.isEmpty() && request->mode == ExperimentMode::Qat)
        return error;
    qat.training.batchSize = request->calibration.batchSize;
    qat.training.shuffle = true;
    if (QString e = readInt(parser, o.trainBatches, 1, 1 << 20, &qat.training.maxBatches); !e.isEmpty())
        return e;
    if (QString e = readInt(parser, o.epochs, 1, limits::kMaxEpochs, &qat.epochs); !e.isEmpty())
        return e;
    if (QString e = readReal(parser, o.learningRate, 1e-12, 10.0, &qat.learningRate); !e.isEmpty())
        return e;
    qat.optimizer = parser.value(o.optimizer).toLower();
    if (qat.optimizer != QLatin1String("adam") && qat.optimizer != QLatin1String("sgd"))
        return tr("--optimizer must be adam or sgd.");
    if (parser.isSet(o.freezeAfter)) {
        if (QString e = readInt(parser, o.freezeAfter, 0, limits::kMaxEpochs, &qat.freezeObserversAfterEpoch); !e.isEmpty())
            return e;
    }
    return {};
}

/// Everything quantize's flags ask for, as the spec builder's request. Returns an error sentence
/// (a usage error) or an empty string.
QString readRequest(const QCommandLineParser &parser, const QuantizeOptionSet &o, SpecRequest *request)
{
    if (parser.isSet(o.perChannel) && parser.isSet(o.perTensor))
        return tr("--per-channel and --per-tensor contradict each other: pick one.");
    if (parser.isSet(o.skip) && parser.isSet(o.only))
        return tr("--skip and --only contradict each other: use one.");
    const QString modeText = parser.value(o.mode).toLower();
    const auto mode = experimentModeFromName(modeText);
    if (!mode || *mode == ExperimentMode::Float)
        return tr("--mode must be dynamic, static, hybrid or qat, not \"%1\".").arg(parser.value(o.mode));
    request->mode = *mode;
    const auto engine = parser.isSet(o.engine) ? engineFromName(parser.value(o.engine)) : currentEngine();
    if (!engine || !supportedEngines().contains(*engine))
        return tr("the engine \"%1\" is not in this LibTorch build; it has: %2.")
            .arg(parser.value(o.engine), engineNames(supportedEngines()).join(QLatin1String(", ")));
    request->engine = *engine;
    if (parser.isSet(o.perChannel))
        request->weights = WeightScheme::PerChannelSymmetric;
    if (parser.isSet(o.perTensor))
        request->weights = WeightScheme::PerTensorSymmetric;
    request->observer = parser.value(o.observer);
    request->skip = splitList(parser.value(o.skip));
    request->only = splitList(parser.value(o.only));
    if (parser.isSet(o.embeddingBits)) {
        const QString bits = parser.value(o.embeddingBits);
        if (bits != QLatin1String("8") && bits != QLatin1String("4"))
            return tr("--embedding-bits must be 8 or 4, not \"%1\".").arg(bits);
        request->embeddingBits = bits.toInt();
    }
    request->inputShape = parser.value(o.inputShape);
    if (parser.isSet(o.inputShape)) {
        QString error;
        if (!InputSpec::parseShape(request->inputShape, &error).isValid())
            return error;
    }
    if (parser.isSet(o.config)) {
        QString error;
        QJsonObject json;
        if (!readJsonFile(parser.value(o.config), &json, &error))
            return error;
        request->config = QuantConfig::fromJson(json, &error);
        if (!error.isEmpty())
            return error;
    }

    QString error;
    DataSpec &calibration = request->calibration;
    if (parser.isSet(o.calib)) {
        calibration = DataSpec::fromArgument(parser.value(o.calib), QStringLiteral("train"), &error);
        if (!error.isEmpty())
            return error;
    }
    if (QString e = readInt(parser, o.calibBatches, 1, 1 << 20, &calibration.maxBatches); !e.isEmpty())
        return e;
    if (QString e = readInt(parser, o.batchSize, 1, limits::kMaxBatch, &calibration.batchSize); !e.isEmpty())
        return e;
    if (parser.isSet(o.evaluation)) {
        DataSpec evaluation = DataSpec::fromArgument(parser.value(o.evaluation), QStringLiteral("test"), &error);
        if (!error.isEmpty())
            return error;
        evaluation.batchSize = calibration.batchSize;
        evaluation.maxBatches = evaluation.isSynthetic() ? calibration.maxBatches : 1 << 30;
        request->evaluation = evaluation;
    }
    if (parser.isSet(o.evalBatches)) {
        DataSpec evaluation = request->evaluation.value_or(heldOutData(calibration));
        if (QString e = readInt(parser, o.evalBatches, 1, 1 << 20, &evaluation.maxBatches); !e.isEmpty())
            return e;
        request->evaluation = evaluation;
    }

    if (const QString problem = readQat(parser, o, request); !problem.isEmpty())
        return problem;
    request->benchmarkScaling = parser.isSet(o.scaling);
    return readInt(parser, o.benchRuns, 0, limits::kMaxRuns, &request->benchmarkRuns);
}

void printReport(const ExperimentOutcome &outcome, const ExperimentSpec &spec, QTextStream &out)
{
    const QuantizeReport &report = *outcome.quantization;
    // With --per-layer, each layer's simulated SQNR and weight SQNR join its row.
    QHash<QString, const LayerMetricRecord *> measured;
    for (const LayerMetricRecord &m : outcome.layers)
        if (std::isfinite(m.sqnrDb) || std::isfinite(m.weightSqnrDb))
            measured.insert(m.layer, &m);
    auto db = [](double v) { return std::isfinite(v) ? QString::number(v, 'f', 1) : QStringLiteral("-"); };
    QList<QStringList> rows;
    for (const LayerOutcome &l : report.layers) {
        QStringList row{l.layer, l.type, modeName(l.requested), modeName(l.result)};
        if (!measured.isEmpty()) {
            const LayerMetricRecord *m = measured.value(l.layer);
            row << (m ? db(m->sqnrDb) : QStringLiteral("-")) << (m ? db(m->weightSqnrDb) : QStringLiteral("-"));
        }
        rows << (row << l.reason);
    }
    QStringList header{tr("layer"), tr("type"), tr("requested"), tr("result")};
    if (!measured.isEmpty())
        header << tr("SQNR dB") << tr("weights dB");
    out << formatTable(header << tr("why"), rows) << '\n';
    const QuantCoverage &c = report.coverage;
    out << tr("engine        %1\n").arg(engineName(report.engine));
    auto kindsOrNone = [](const QStringList &kinds) { return kinds.isEmpty() ? tr("none") : kinds.join(QLatin1String(", ")); };
    out << tr("coverage      %1 quantized ops (%2), %3 float compute ops (%4), %5 float island ops (%6), %7 quantize, "
              "%8 dequantize\n")
               .arg(c.quantizedOps)
               .arg(kindsOrNone(c.quantizedKinds))
               .arg(c.floatComputeOps)
               .arg(kindsOrNone(c.floatKinds))
               .arg(c.floatIslandOps)
               .arg(kindsOrNone(c.islandKinds))
               .arg(c.quantizeOps)
               .arg(c.dequantizeOps);
    if (report.calibrationBatches > 0)
        out << tr("calibration   %1 batches of %2 in %3 s\n")
                   .arg(report.calibrationBatches)
                   .arg(report.calibration.describe())
                   .arg(report.calibrationSeconds, 0, 'f', 3);
    if (report.trainingSteps > 0)
        out << tr("QAT           %1 epochs, %2 steps in %3 s; loss %4 -> %5\n")
                   .arg(report.trainingEpochs)
                   .arg(report.trainingSteps)
                   .arg(report.trainingSeconds, 0, 'f', 1)
                   .arg(report.trainingLoss.first(), 0, 'f', 3)
                   .arg(report.trainingLoss.last(), 0, 'f', 3);
    out << tr("conversion    %1 s\n").arg(report.convertSeconds, 0, 'f', 3);
    const ExperimentDetails details = ExperimentDetails::fromJson(outcome.record.details);
    if (details.agreement)
        out << tr("vs float      SQNR %1 dB, max abs error %2, top-1 agreement %3% on %4 samples of %5\n")
                   .arg(details.agreement->sqnrDb, 0, 'f', 1)
                   .arg(details.agreement->maxAbsError, 0, 'g', 3)
                   .arg(details.agreement->top1Agreement * 100, 0, 'f', 1)
                   .arg(details.agreement->samples)
                   .arg(spec.evaluation.describe());
    if (details.accuracy && details.floatAccuracy)
        out << tr("accuracy      float %1%, quantized %2% (%3 points) on %4 labelled samples\n")
                   .arg(details.floatAccuracy->top1 * 100, 0, 'f', 2)
                   .arg(details.accuracy->top1 * 100, 0, 'f', 2)
                   .arg((details.accuracy->top1 - details.floatAccuracy->top1) * 100, 0, 'f', 2)
                   .arg(details.accuracy->samples);
    if (!std::isnan(outcome.record.latencyMedianMs))
        out << tr("latency       %1 ms median at batch %2, %3x against the faster float form\n")
                   .arg(outcome.record.latencyMedianMs, 0, 'f', 3).arg(spec.benchmarkBatch).arg(orDash(outcome.record.speedup, 2));
    if (!std::isnan(outcome.record.sizeBytes) && outcome.record.modelSizeBytes > 0)
        out << tr("size          %1, %2x the float model's file (%3)\n")
                   .arg(QLocale::c().formattedDataSize(qint64(outcome.record.sizeBytes)))
                   .arg(outcome.record.sizeRatio(), 0, 'f', 3)
                   .arg(QLocale::c().formattedDataSize(outcome.record.modelSizeBytes));
    QStringList notes = details.notes;
    for (const QString &note : report.notes)
        if (!notes.contains(note))
            notes << note;
    for (const QString &note : std::as_const(notes))
        out << tr("note: %1\n").arg(note);
}

QJsonObject reportJson(const ExperimentOutcome &outcome, const ExperimentSpec &spec)
{
    QJsonObject o = outcome.quantization->toJson();
    const ExperimentDetails details = ExperimentDetails::fromJson(outcome.record.details);
    if (details.agreement) {
        QJsonObject agreement = details.agreement->toJson();
        agreement.insert(QStringLiteral("data"), spec.evaluation.toJson());
        o.insert(QStringLiteral("agreement"), agreement);
    }
    if (details.accuracy && details.floatAccuracy)
        o.insert(QStringLiteral("accuracy"), QJsonObject{{QStringLiteral("float_top1"), details.floatAccuracy->top1},
                                                         {QStringLiteral("quantized_top1"), details.accuracy->top1},
                                                         {QStringLiteral("samples"), details.accuracy->samples}});
    if (details.latency)
        o.insert(QStringLiteral("latency"), outcome.record.details.value(QStringLiteral("latency")));
    if (!outcome.artifactPath.isEmpty())
        o.insert(QStringLiteral("output"), outcome.artifactPath);
    if (outcome.id > 0)
        o.insert(QStringLiteral("experiment_id"), outcome.id);
    return o;
}

} // namespace

int quantizeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Quantize a TorchScript model, compare it with the float model, record the run in "
                                        "the experiment log and report what changed."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("TorchScript archive (.pt) to quantize."));
    const QuantizeOptionSet options;
    options.addTo(parser);
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("quantize takes one MODEL file, got %1.").arg(parser.positionalArguments().size()));
    SpecRequest request;
    request.modelPath = parser.positionalArguments().first();
    if (const QString problem = readRequest(parser, options, &request); !problem.isEmpty())
        return usageError(err, problem);

    ModelDocument::OpenOptions openOptions;
    openOptions.input = InputSpec::parseShape(request.inputShape, nullptr);
    const auto opened = ModelDocument::open(request.modelPath, openOptions);
    if (!opened) {
        err << tr("error: %1\n").arg(opened.message);
        return InputError;
    }
    if (!opened.document->info().unsupportedReason.isEmpty()) {
        err << tr("error: %1\n").arg(opened.document->info().unsupportedReason);
        return InputError;
    }
    QString error;
    const std::optional<ExperimentSpec> spec = buildSpec(request, opened.document->info(), &error);
    if (!spec)
        return usageError(err, error);

    std::optional<ExperimentStore> store = parser.isSet(options.noLog) ? std::nullopt : openLog(parser.value(options.db), err);
    if (!parser.isSet(options.noLog)) {
        if (!store) {
            err << tr("(add --no-log to quantize without recording the run)\n");
            return InputError;
        }
    }
    RunContext context;
    context.perLayer = parser.isSet(options.perLayer);
    context.artifactPath = parser.value(options.outFile);
    ProgressLine line(err);
    const ExperimentOutcome outcome = runExperiment(*spec, store ? &*store : nullptr, QString(), [&line](double f, const QString &stage) {
        line.show(f, stage);
    }, nullptr, context);
    line.clear();
    if (!outcome.record.isFinished() || !outcome.quantization) {
        err << tr("error: %1\n").arg(outcome.record.error);
        return InputError;
    }
    if (parser.isSet(options.json)) {
        printJson(out, reportJson(outcome, *spec));
    } else {
        printReport(outcome, *spec, out);
        if (!outcome.artifactPath.isEmpty())
            out << tr("saved         %1\n").arg(outcome.artifactPath);
        if (outcome.id > 0)
            out << tr("recorded      experiment %1 in %2\n").arg(outcome.id).arg(store->path());
    }
    if (!outcome.storeError.isEmpty()) {
        err << tr("error: %1\n").arg(outcome.storeError);
        return InputError;
    }
    return Ok;
}

} // namespace qb::cli
