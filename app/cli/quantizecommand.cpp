#include "cli/cli.h"
#include "cli/clioutput.h"

#include "env/environment.h"
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "quant/quantizer.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

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

/// Checks that every name is a layer of the model; on failure returns the message.
QString checkLayerNames(const QStringList &names, const ModelInfo &info, const QString &option)
{
    for (const QString &name : names) {
        if (info.indexOf(name) < 0) {
            QStringList known;
            for (const LayerInfo &l : info.layers)
                if (!l.name.isEmpty())
                    known << l.name;
            return tr("%1 names \"%2\", which is not a layer of this model; its layers are: %3.")
                .arg(option, name, known.join(QLatin1String(", ")));
        }
    }
    return {};
}

void printReport(const QuantizeReport &report, const OutputAgreement &agreement, const DataSpec &evalData,
                 QTextStream &out)
{
    QList<QStringList> rows;
    for (const LayerOutcome &l : report.layers)
        rows << QStringList{l.layer, l.type, modeName(l.requested), modeName(l.result), l.reason};
    out << formatTable({tr("layer"), tr("type"), tr("requested"), tr("result"), tr("why")}, rows) << '\n';
    const QuantCoverage &c = report.coverage;
    out << tr("engine        %1\n").arg(engineName(report.engine));
    out << tr("coverage      %1 quantized ops (%2), %3 float compute ops (%4), %5 quantize, %6 dequantize\n")
               .arg(c.quantizedOps)
               .arg(c.quantizedKinds.join(QLatin1String(", ")))
               .arg(c.floatComputeOps)
               .arg(c.floatKinds.isEmpty() ? tr("none") : c.floatKinds.join(QLatin1String(", ")))
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
    if (agreement.valid)
        out << tr("vs float      SQNR %1 dB, max abs error %2, top-1 agreement %3% on %4 samples of %5\n")
                   .arg(agreement.sqnrDb, 0, 'f', 1)
                   .arg(agreement.maxAbsError, 0, 'g', 3)
                   .arg(agreement.top1Agreement * 100, 0, 'f', 1)
                   .arg(agreement.samples)
                   .arg(evalData.describe());
    for (const QString &note : report.notes)
        out << tr("note: %1\n").arg(note);
}

} // namespace

int quantizeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Quantize a TorchScript model and report what changed."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("TorchScript archive (.pt) to quantize."));
    const QCommandLineOption mode(QStringLiteral("mode"), tr("dynamic, static, hybrid (static convolutions, dynamic "
                                                             "Linear layers) or qat. Default static."),
                                  tr("MODE"), QStringLiteral("static"));
    const QCommandLineOption engine(QStringLiteral("engine"), tr("Quantized engine (default: the current one)."), tr("NAME"));
    const QCommandLineOption perChannel(QStringLiteral("per-channel"), tr("Per-channel symmetric weights."));
    const QCommandLineOption perTensor(QStringLiteral("per-tensor"), tr("Per-tensor symmetric weights."));
    const QCommandLineOption observer(QStringLiteral("observer"),
                                      tr("Activation observer: minmax, moving-average, percentile:99.99, mse. "
                                         "Default: the engine preset's (mse)."), tr("KIND"));
    const QCommandLineOption skip(QStringLiteral("skip"), tr("Layers (and their children) to keep in float."), tr("a,b"));
    const QCommandLineOption only(QStringLiteral("only"), tr("Quantize only these layers (and their children)."), tr("c,d"));
    const QCommandLineOption config(QStringLiteral("config"), tr("A quantization config as JSON (overrides the options above)."), tr("FILE"));
    const QCommandLineOption calib(QStringLiteral("calib"), tr("Calibration data: fashion-mnist[:train|test], an MNIST-style "
                                                              "folder or IDX file, an image folder (one subfolder per class), "
                                                              "a .csv file, a torch.save'd tensor or (inputs, labels), "
                                                              "or synthetic (the default)."), tr("DATA"));
    const QCommandLineOption evalOption(QStringLiteral("eval"), tr("Data to compare float and quantized outputs on (and "
                                                                 "accuracy, when labelled). Default: the calibration data's "
                                                                 "test split, or other synthetic inputs."), tr("DATA"));
    const QCommandLineOption evalBatches(QStringLiteral("eval-batches"), tr("Evaluate on at most N batches (default: all of "
                                                                            "a data set, as many as calibration for synthetic)."),
                                         tr("N"));
    const QCommandLineOption train(QStringLiteral("train"), tr("QAT training data, labelled (default fashion-mnist:train)."), tr("DATA"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), tr("QAT epochs (default 1)."), tr("N"), QStringLiteral("1"));
    const QCommandLineOption trainBatches(QStringLiteral("train-batches"), tr("QAT steps per epoch (default 100)."), tr("N"), QStringLiteral("100"));
    const QCommandLineOption learningRate(QStringLiteral("lr"), tr("QAT learning rate (default 1e-4)."), tr("X"), QStringLiteral("1e-4"));
    const QCommandLineOption optimizer(QStringLiteral("optimizer"), tr("QAT optimizer: adam or sgd (default adam)."), tr("NAME"), QStringLiteral("adam"));
    const QCommandLineOption freezeAfter(QStringLiteral("freeze-observers-after"), tr("Stop updating QAT ranges after this many epochs."), tr("K"));
    const QCommandLineOption calibBatches(QStringLiteral("calib-batches"), tr("Calibration batches (default 8)."), tr("N"), QStringLiteral("8"));
    const QCommandLineOption batchSize(QStringLiteral("batch-size"), tr("Batch size (default 32)."), tr("N"), QStringLiteral("32"));
    const QCommandLineOption inputShape(QStringLiteral("input-shape"), tr("The input's shape, batch first."), tr("SHAPE"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Save the quantized TorchScript model here."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOptions({mode, engine, perChannel, perTensor, observer, skip, only, config, calib, calibBatches, batchSize,
                       evalOption, evalBatches, train, epochs, trainBatches, learningRate, optimizer, freezeAfter, inputShape, outFile, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    auto usage = [&err](const QString &message) { return usageError(err, message); };
    if (parser.positionalArguments().size() != 1)
        return usage(tr("quantize takes one MODEL file, got %1.").arg(parser.positionalArguments().size()));
    if (parser.isSet(perChannel) && parser.isSet(perTensor))
        return usage(tr("--per-channel and --per-tensor contradict each other: pick one."));
    if (parser.isSet(skip) && parser.isSet(only))
        return usage(tr("--skip and --only contradict each other: use one."));
    const QString modeText = parser.value(mode).toLower();
    if (!QStringList{QStringLiteral("dynamic"), QStringLiteral("static"), QStringLiteral("hybrid"), QStringLiteral("qat")}.contains(modeText))
        return usage(tr("--mode must be dynamic, static, hybrid or qat, not \"%1\".").arg(parser.value(mode)));
    const auto chosenEngine = parser.isSet(engine) ? engineFromName(parser.value(engine)) : currentEngine();
    if (!chosenEngine || !supportedEngines().contains(*chosenEngine))
        return usage(tr("the engine \"%1\" is not in this LibTorch build; it has: %2.")
                         .arg(parser.value(engine), engineNames(supportedEngines()).join(QLatin1String(", "))));
    bool ok = false;
    DataSpec data;
    if (parser.isSet(calib)) {
        QString error;
        data = DataSpec::fromArgument(parser.value(calib), QStringLiteral("train"), &error);
        if (!error.isEmpty())
            return usage(error);
    }
    data.maxBatches = parser.value(calibBatches).toInt(&ok);
    if (!ok || data.maxBatches < 1)
        return usage(tr("--calib-batches takes a whole number of at least 1, not \"%1\".").arg(parser.value(calibBatches)));
    data.batchSize = parser.value(batchSize).toInt(&ok);
    if (!ok || data.batchSize < 1)
        return usage(tr("--batch-size takes a whole number of at least 1, not \"%1\".").arg(parser.value(batchSize)));
    QatOptions qat;
    {
        QString error;
        qat.training = DataSpec::fromArgument(parser.value(train).isEmpty() ? QStringLiteral("fashion-mnist:train")
                                                                            : parser.value(train),
                                              QStringLiteral("train"), &error);
        if (!error.isEmpty() && modeText == QLatin1String("qat"))
            return usage(error);
        qat.training.batchSize = data.batchSize;
        qat.training.shuffle = true;
        qat.training.maxBatches = parser.value(trainBatches).toInt(&ok);
        if (!ok || qat.training.maxBatches < 1)
            return usage(tr("--train-batches takes a whole number of at least 1."));
        qat.epochs = parser.value(epochs).toInt(&ok);
        if (!ok || qat.epochs < 1)
            return usage(tr("--epochs takes a whole number of at least 1."));
        qat.learningRate = parser.value(learningRate).toDouble(&ok);
        if (!ok || qat.learningRate <= 0)
            return usage(tr("--lr takes a positive number, e.g. 1e-4."));
        qat.optimizer = parser.value(optimizer).toLower();
        if (qat.optimizer != QLatin1String("adam") && qat.optimizer != QLatin1String("sgd"))
            return usage(tr("--optimizer must be adam or sgd."));
        if (parser.isSet(freezeAfter)) {
            qat.freezeObserversAfterEpoch = parser.value(freezeAfter).toInt(&ok);
            if (!ok || qat.freezeObserversAfterEpoch < 0)
                return usage(tr("--freeze-observers-after takes a whole number of epochs."));
        }
    }

    ModelDocument::OpenOptions openOptions;
    if (parser.isSet(inputShape)) {
        QString error;
        openOptions.input = InputSpec::parseShape(parser.value(inputShape), &error);
        if (!openOptions.input.isValid())
            return usage(error);
    }
    const auto opened = ModelDocument::open(parser.positionalArguments().first(), openOptions);
    if (!opened) {
        err << tr("error: %1\n").arg(opened.message);
        return InputError;
    }
    const ModelInfo &info = opened.document->info();

    QuantizeOptions options;
    options.calibration = data;
    options.qat = qat;
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("cannot read the config %1: %2.").arg(parser.value(config), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return usage(tr("%1 is not a JSON object (%2).").arg(parser.value(config), parseError.errorString()));
        QString error;
        options.config = QuantConfig::fromJson(doc.object(), &error);
        if (!error.isEmpty())
            return usage(error);
        for (const QString &layer : options.config.layers.keys())
            if (const QString problem = checkLayerNames({layer}, info, QStringLiteral("The config")); !problem.isEmpty())
                return usage(problem);
    } else {
        const QuantMode base = modeText == QLatin1String("dynamic") ? QuantMode::Dynamic
                               : modeText == QLatin1String("qat") ? QuantMode::Qat
                                                                  : QuantMode::Static;
        options.config = QuantConfig::preset(*chosenEngine, base);
        LayerQuantConfig &d = options.config.defaults;
        if (parser.isSet(perChannel))
            d.weightScheme = WeightScheme::PerChannelSymmetric;
        if (parser.isSet(perTensor))
            d.weightScheme = WeightScheme::PerTensorSymmetric;
        if (parser.isSet(observer)) {
            QString error;
            if (!parseObserver(parser.value(observer), &d, &error))
                return usage(error);
        }
        if (modeText == QLatin1String("hybrid")) {
            for (const LayerInfo &l : info.layers)
                if (l.kind.kind == LayerKind::Linear && l.type != QLatin1String("NonDynamicallyQuantizableLinear"))
                    options.config.setLayerMode(l.name, QuantMode::Dynamic);
        }
        const QStringList skipped = splitList(parser.value(skip));
        const QStringList chosen = splitList(parser.value(only));
        if (const QString p = checkLayerNames(skipped, info, QStringLiteral("--skip")); !p.isEmpty())
            return usage(p);
        if (const QString p = checkLayerNames(chosen, info, QStringLiteral("--only")); !p.isEmpty())
            return usage(p);
        for (const QString &layer : skipped)
            options.config.setLayerMode(layer, QuantMode::Float);
        if (!chosen.isEmpty()) {
            const LayerQuantConfig chosenConfig = d;
            d.mode = QuantMode::Float;
            for (const QString &layer : chosen)
                options.config.layers.insert(layer, chosenConfig);
        }
    }
    const QStringList problems = validateConfig(options.config, supportedEngines());
    if (!problems.isEmpty())
        return usage(problems.join(QLatin1String("\nerror: ")));

    // Live progress only on a terminal; logs and pipes get the result alone.
    const bool terminal = isatty(fileno(stderr));
    const QuantizeResult result = quantize(*opened.document, options, [&err, terminal](double fraction, const QString &stage) {
        if (terminal)
            err << QStringLiteral("\r%1 %2%   ").arg(stage).arg(int(fraction * 100)) << Qt::flush;
    });
    if (terminal)
        err << '\r' << QString(40, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!result) {
        err << tr("error: %1\n").arg(result.error);
        return InputError;
    }
    // Compare on data the calibration did not see: the test split, another seed of synthetic data, or
    // the same file.
    DataSpec evalData = data;
    if (parser.isSet(evalOption)) {
        QString error;
        evalData = DataSpec::fromArgument(parser.value(evalOption), QStringLiteral("test"), &error);
        if (!error.isEmpty())
            return usage(error);
        evalData.batchSize = data.batchSize;
        evalData.maxBatches = evalData.isSynthetic() ? data.maxBatches : 1 << 30;
    } else if (evalData.isSynthetic()) {
        evalData.seed = data.seed + 1;
    } else if (evalData.kind == DataSpec::Kind::Idx && QFileInfo(evalData.path).isDir()) {
        evalData.split = QStringLiteral("test");
        evalData.shuffle = false;
        evalData.maxBatches = 1 << 30;
    }
    if (parser.isSet(evalBatches)) {
        evalData.maxBatches = parser.value(evalBatches).toInt(&ok);
        if (!ok || evalData.maxBatches < 1)
            return usage(tr("--eval-batches takes a whole number of at least 1."));
    }
    const OutputAgreement agreement = compareOutputs(*opened.document, *result.model, evalData);
    const AccuracyResult floatAccuracy = evaluateAccuracy(*opened.document, evalData);
    const AccuracyResult quantAccuracy = floatAccuracy.valid ? evaluateAccuracy(*result.model, info.input, evalData)
                                                             : AccuracyResult();

    if (parser.isSet(outFile)) {
        QString error;
        if (!result.model->save(parser.value(outFile), &error)) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
    }
    if (parser.isSet(json)) {
        QJsonObject o = result.model->report().toJson();
        if (agreement.valid)
            o.insert(QStringLiteral("agreement"), QJsonObject{{QStringLiteral("sqnr_db"), agreement.sqnrDb},
                                                              {QStringLiteral("max_abs_error"), agreement.maxAbsError},
                                                              {QStringLiteral("cosine"), agreement.cosine},
                                                              {QStringLiteral("top1_agreement"), agreement.top1Agreement},
                                                              {QStringLiteral("samples"), agreement.samples},
                                                              {QStringLiteral("data"), evalData.toJson()}});
        if (floatAccuracy.valid && quantAccuracy.valid)
            o.insert(QStringLiteral("accuracy"), QJsonObject{{QStringLiteral("float_top1"), floatAccuracy.top1},
                                                             {QStringLiteral("quantized_top1"), quantAccuracy.top1},
                                                             {QStringLiteral("samples"), quantAccuracy.samples}});
        if (parser.isSet(outFile))
            o.insert(QStringLiteral("output"), parser.value(outFile));
        printJson(out, o);
    } else {
        printReport(result.model->report(), agreement, evalData, out);
        if (floatAccuracy.valid && quantAccuracy.valid)
            out << tr("accuracy      float %1%, quantized %2% (%3 points) on %4 labelled samples\n")
                       .arg(floatAccuracy.top1 * 100, 0, 'f', 2)
                       .arg(quantAccuracy.top1 * 100, 0, 'f', 2)
                       .arg((quantAccuracy.top1 - floatAccuracy.top1) * 100, 0, 'f', 2)
                       .arg(quantAccuracy.samples);
        if (parser.isSet(outFile))
            out << tr("saved         %1\n").arg(parser.value(outFile));
    }
    return Ok;
}

} // namespace qb::cli
