#include "cli/cli.h"
#include "cli/clioutput.h"
#include "util/limits.h"

#include "eval/comparison.h"
#include "eval/latency.h"
#include "eval/opprofile.h"
#include "model/modeldocument.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

/// Options shared by eval and verify: the data and how much of it.
struct DataOptions {
    QCommandLineOption data{QStringLiteral("data"), tr("Data: fashion-mnist[:train|test], an MNIST-style folder or IDX "
                                                        "file, an image folder (one subfolder per class), a .csv file "
                                                        "(features, then the label), a torch.save'd tensor file, or "
                                                        "synthetic."),
                            tr("DATA"), QStringLiteral("synthetic")};
    QCommandLineOption batchSize{QStringLiteral("batch-size"), tr("Batch size (default 256)."), tr("N"), QStringLiteral("256")};
    QCommandLineOption batches{QStringLiteral("batches"), tr("At most N batches (default: all; 4 for synthetic)."), tr("N")};
    QCommandLineOption inputShape{QStringLiteral("input-shape"), tr("The input's shape, batch first."), tr("SHAPE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({data, batchSize, batches, inputShape}); }

    /// Reads the data options; returns an error message or an empty string.
    QString read(const QCommandLineParser &parser, DataSpec *spec, ModelDocument::OpenOptions *open) const
    {
        QString error;
        *spec = DataSpec::fromArgument(parser.value(data), QStringLiteral("test"), &error);
        if (!error.isEmpty())
            return error;
        if (QString e = readInt(parser, batchSize, 1, limits::kMaxBatch, &spec->batchSize); !e.isEmpty())
            return e;
        spec->maxBatches = spec->isSynthetic() ? 4 : 1 << 30;
        if (parser.isSet(batches)) {
            if (QString e = readInt(parser, batches, 1, 1 << 20, &spec->maxBatches); !e.isEmpty())
                return e;
        }
        if (parser.isSet(inputShape)) {
            open->input = InputSpec::parseShape(parser.value(inputShape), &error);
            if (!open->input.isValid())
                return error;
        }
        return {};
    }
};

struct Opened {
    std::shared_ptr<ModelDocument> model;
    std::shared_ptr<ModelDocument> reference;
    DataSpec data;
    int exitCode = Ok;
};

Opened openModels(const QCommandLineParser &parser, const DataOptions &dataOptions, const QString &referenceOption,
                  bool referenceRequired, QTextStream &err)
{
    Opened o;
    if (parser.positionalArguments().size() != 1) {
        err << tr("error: name one MODEL file.\n");
        o.exitCode = UsageError;
        return o;
    }
    if (referenceRequired && parser.value(referenceOption).isEmpty()) {
        err << tr("error: give the float model with --reference FILE.\n");
        o.exitCode = UsageError;
        return o;
    }
    ModelDocument::OpenOptions openOptions;
    if (const QString problem = dataOptions.read(parser, &o.data, &openOptions); !problem.isEmpty()) {
        err << tr("error: %1\n").arg(problem);
        o.exitCode = UsageError;
        return o;
    }
    auto open = [&](const QString &path) -> std::shared_ptr<ModelDocument> {
        auto result = ModelDocument::open(path, openOptions);
        if (!result) {
            err << tr("error: %1\n").arg(result.message);
            o.exitCode = InputError;
        }
        return result.document;
    };
    if (!parser.value(referenceOption).isEmpty()) {
        o.reference = open(parser.value(referenceOption));
        if (!o.reference)
            return o;
        // A quantized archive's input is the float model's; fall back to it when the archive has none.
        if (!openOptions.input.isValid())
            openOptions.input = o.reference->info().input;
    }
    o.model = open(parser.positionalArguments().first());
    return o;
}

/// Times the model at each batch size into result["latency"]; prints a line each unless JSON.
int timeBatches(const ModelDocument &model, const QVector<int> &batchSizes, int threads, bool text, QTextStream &out,
                QTextStream &err, QJsonObject *result)
{
    QJsonArray timings;
    for (int batch : batchSizes) {
        LatencyOptions options;
        options.batch = batch;
        options.threads = threads;
        const LatencyStats s = measureFloatLatency(model, options, false);
        if (!s.valid) {
            err << tr("error: timing failed: %1\n").arg(s.error);
            return InputError;
        }
        timings.append(s.toJson());
        if (text)
            out << tr("latency    batch %1: median %2 ms (p10 %3, p90 %4), %5 samples/s, peak memory %6 MB "
                      "(+%7 MB), %8 thread(s), %9 runs\n")
                       .arg(s.batch).arg(s.medianMs, 0, 'f', 3).arg(s.p10Ms, 0, 'f', 3).arg(s.p90Ms, 0, 'f', 3)
                       .arg(s.throughput, 0, 'f', 0).arg(s.peakResidentBytes / 1e6, 0, 'f', 1)
                       .arg(s.residentIncreaseBytes / 1e6, 0, 'f', 1).arg(s.threads).arg(s.runs);
    }
    result->insert(QStringLiteral("latency"), timings);
    return Ok;
}

/// Time per operator of the model (and the reference) into result["op_profile"]; a table each unless JSON.
int profileModels(const Opened &o, int batch, int threads, bool text, QTextStream &out, QTextStream &err, QJsonObject *result)
{
    LatencyOptions options;
    options.batch = batch;
    options.threads = threads;
    options.runs = 20;
    QJsonObject profiles;
    const QList<QPair<QString, const ModelDocument *>> models{{QStringLiteral("model"), o.model.get()},
                                                               {QStringLiteral("reference"), o.reference.get()}};
    for (const auto &[key, model] : models) {
        if (!model)
            continue;
        const OpProfile p = profileOperators(*model, options);
        if (!p.valid) {
            err << tr("error: profiling failed: %1\n").arg(p.error);
            return InputError;
        }
        profiles.insert(key, p.toJson());
        if (!text)
            continue;
        out << tr("operators of %1 (%2), batch %3, %4 ms per forward:\n")
                   .arg(key, QFileInfo(model->info().path).fileName()).arg(p.batch).arg(p.forwardMs, 0, 'f', 3);
        QList<QStringList> rows;
        for (int i = 0; i < std::min<int>(12, p.ops.size()); ++i) {
            const OpTime &t = p.ops.at(i);
            rows << QStringList{QStringLiteral("  ") + t.op, QString::number(t.calls, 'f', 0), QString::number(t.ms, 'f', 3),
                                QString::number(t.share * 100, 'f', 1)};
        }
        out << formatTable({tr("  operator"), tr("calls"), tr("ms"), tr("% of forward")}, rows);
    }
    result->insert(QStringLiteral("op_profile"), profiles);
    return Ok;
}

} // namespace

int evalCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Evaluate a model: accuracy on labelled data, agreement with a float "
                                        "reference, latency."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("TorchScript archive, float or quantized."));
    const DataOptions dataOptions;
    dataOptions.addTo(parser);
    const QCommandLineOption reference(QStringLiteral("reference"), tr("Float model to compare outputs with."), tr("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency"), tr("Also time forward passes at these batch sizes "
                                                                   "(e.g. 1,16,64,256): median, p10, p90, throughput, "
                                                                   "peak memory."), tr("BATCHES"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Time per operator (of the model, and of the "
                                                                   "reference when given), at the first --latency batch "
                                                                   "size or 64."));
    const QCommandLineOption threads(QStringLiteral("bench-threads"), tr("Intra-op threads for timing (default 1)."),
                                     tr("N"), QStringLiteral("1"));
    const QCommandLineOption keepGoing(QStringLiteral("keep-going"), tr("Carry on and exit 0 when accuracy cannot be "
                                                                         "measured because the data could not be read or "
                                                                         "the model failed on it (default: exit 3)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({reference, latency, profile, threads, keepGoing, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    const Opened o = openModels(parser, dataOptions, QStringLiteral("reference"), false, err);
    if (!o.model)
        return o.exitCode;

    QJsonObject result{{QStringLiteral("model"), o.model->info().path}, {QStringLiteral("data"), o.data.toJson()}};
    const AccuracyResult accuracy = evaluateAccuracy(*o.model, o.data);
    if (accuracy.valid) {
        result.insert(QStringLiteral("accuracy"), accuracy.toJson());
        if (!parser.isSet(json))
            out << tr("accuracy   top-1 %1%, top-5 %2% on %3 samples of %4\n")
                       .arg(accuracy.top1 * 100, 0, 'f', 2).arg(accuracy.top5 * 100, 0, 'f', 2)
                       .arg(accuracy.samples).arg(o.data.describe());
    } else if (!accuracy.notApplicable && !parser.isSet(keepGoing)) {
        // A measurement that was asked for and failed is a failure, so a script sees it.
        err << tr("error: accuracy could not be measured: %1\n").arg(accuracy.error);
        return InputError;
    } else if (!parser.isSet(json)) {
        out << tr("accuracy   not measured: %1\n").arg(accuracy.error);
    }
    if (o.reference) {
        const OutputAgreement a = compareOutputs(*o.reference, *o.model, o.data);
        if (!a.valid) {
            err << tr("error: the outputs could not be compared: %1\n").arg(a.error);
            return InputError;
        }
        result.insert(QStringLiteral("agreement"), a.toJson());
        if (!parser.isSet(json))
            out << tr("vs float   SQNR %1 dB, max abs error %2, cosine %3, top-1 agreement %4% (%5 of %6 samples flip)\n")
                       .arg(a.sqnrDb, 0, 'f', 1).arg(a.maxAbsError, 0, 'g', 3).arg(a.cosine, 0, 'f', 5)
                       .arg(a.top1Agreement * 100, 0, 'f', 2).arg(a.flipped.size()).arg(a.samples);
    }
    int benchThreads = 1;
    if (QString e = readInt(parser, threads, 1, limits::kMaxThreads, &benchThreads); !e.isEmpty())
        return usageError(err, e);
    QVector<int> batchSizes;
    for (const QString &part : parser.value(latency).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int b = part.trimmed().toInt(&ok);
        if (!ok || b < 1 || b > limits::kMaxBatch)
            return usageError(err, tr("--latency takes batch sizes from 1 to %1, like 1,16,64; not \"%2\".")
                                       .arg(limits::kMaxBatch).arg(part.trimmed()));
        batchSizes << b;
    }
    const bool text = !parser.isSet(json);
    if (!batchSizes.isEmpty()) {
        if (const int code = timeBatches(*o.model, batchSizes, benchThreads, text, out, err, &result); code != Ok)
            return code;
    }
    if (parser.isSet(profile)) {
        if (const int code = profileModels(o, batchSizes.isEmpty() ? 64 : batchSizes.first(), benchThreads, text, out, err, &result);
            code != Ok)
            return code;
    }
    if (parser.isSet(json))
        printJson(out, result);
    return Ok;
}

int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a quantized model against its float reference and exit 1 when a "
                                        "bound does not hold, so tolerances can live in CI."));
    parser.addPositionalArgument(QStringLiteral("QUANT"), tr("Quantized TorchScript archive."));
    const DataOptions dataOptions;
    dataOptions.addTo(parser);
    const QCommandLineOption reference(QStringLiteral("reference"), tr("The float model (required)."), tr("FILE"));
    const QCommandLineOption minSqnr(QStringLiteral("min-sqnr"), tr("Output SQNR must be at least DB."), tr("DB"));
    const QCommandLineOption maxAbs(QStringLiteral("max-abs"), tr("Largest output difference must be at most X."), tr("X"));
    const QCommandLineOption minAgreement(QStringLiteral("min-agreement"), tr("Top-1 agreement must be at least P: 0.99, 99 or 99%."), tr("P"));
    const QCommandLineOption maxDrop(QStringLiteral("max-accuracy-drop"), tr("Top-1 accuracy may fall at most P points (labelled data)."), tr("P"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({reference, minSqnr, maxAbs, minAgreement, maxDrop, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    // Finite bounds only; the agreement is a share (0.99, 99 and 99% all mean 99%), the accuracy drop
    // is in points.
    double sqnrBound = 0, absBound = 0, agreementBound = 0, dropBound = 0;
    for (const auto &[option, value, minimum, maximum] :
         {std::tuple{&minSqnr, &sqnrBound, -1000.0, 1000.0}, std::tuple{&maxAbs, &absBound, 0.0, 1e300},
          std::tuple{&maxDrop, &dropBound, 0.0, 100.0}}) {
        if (!parser.isSet(*option))
            continue;
        if (QString e = readReal(parser, *option, minimum, maximum, value); !e.isEmpty())
            return usageError(err, e);
    }
    if (parser.isSet(minAgreement)) {
        if (QString e = readShare(parser, minAgreement, &agreementBound); !e.isEmpty())
            return usageError(err, e);
        agreementBound *= 100; // the check below compares percentages
    }
    if (!parser.isSet(minSqnr) && !parser.isSet(maxAbs) && !parser.isSet(minAgreement) && !parser.isSet(maxDrop)) {
        err << tr("error: give at least one bound: --min-sqnr, --max-abs, --min-agreement or --max-accuracy-drop.\n");
        return UsageError;
    }
    const Opened o = openModels(parser, dataOptions, QStringLiteral("reference"), true, err);
    if (!o.model)
        return o.exitCode;

    const OutputAgreement a = compareOutputs(*o.reference, *o.model, o.data);
    if (!a.valid) {
        err << tr("error: the outputs could not be compared: %1\n").arg(a.error);
        return InputError;
    }
    QStringList violations;
    if (parser.isSet(minSqnr) && !(a.sqnrDb >= sqnrBound))
        violations << tr("output SQNR %1 dB is below the bound of %2 dB").arg(a.sqnrDb, 0, 'f', 2).arg(sqnrBound);
    if (parser.isSet(maxAbs) && !(a.maxAbsError <= absBound))
        violations << tr("max abs error %1 is above the bound of %2").arg(a.maxAbsError, 0, 'g', 4).arg(absBound);
    if (parser.isSet(minAgreement) && !(a.top1Agreement * 100 >= agreementBound))
        violations << tr("top-1 agreement %1% is below the bound of %2%").arg(a.top1Agreement * 100, 0, 'f', 2).arg(agreementBound);
    QJsonObject result{{QStringLiteral("agreement"), a.toJson()}};
    if (parser.isSet(maxDrop)) {
        const AccuracyResult f = evaluateAccuracy(*o.reference, o.data);
        const AccuracyResult q = evaluateAccuracy(*o.model, o.data);
        if (!f.valid || !q.valid) {
            err << tr("error: --max-accuracy-drop needs labelled data: %1\n").arg(f.valid ? q.error : f.error);
            return UsageError;
        }
        const double drop = (f.top1 - q.top1) * 100;
        result.insert(QStringLiteral("accuracy_drop_points"), drop);
        if (drop > dropBound)
            violations << tr("top-1 accuracy fell %1 points (%2% to %3%), more than the bound of %4")
                              .arg(drop, 0, 'f', 2).arg(f.top1 * 100, 0, 'f', 2).arg(q.top1 * 100, 0, 'f', 2).arg(dropBound);
    }
    result.insert(QStringLiteral("violations"), QJsonArray::fromStringList(violations));
    result.insert(QStringLiteral("passed"), violations.isEmpty());
    if (parser.isSet(json)) {
        printJson(out, result);
    } else if (violations.isEmpty()) {
        out << tr("ok: every bound holds (SQNR %1 dB, top-1 agreement %2% on %3 samples)\n")
                   .arg(a.sqnrDb, 0, 'f', 2).arg(a.top1Agreement * 100, 0, 'f', 2).arg(a.samples);
    } else {
        for (const QString &v : violations)
            out << tr("violated: %1\n").arg(v);
    }
    return violations.isEmpty() ? Ok : CheckFailed;
}

} // namespace qb::cli
