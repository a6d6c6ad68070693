#include "cli/cli.h"
#include "cli/clioutput.h"
#include "util/limits.h"

#include "env/environment.h"
#include "experiment/experimentrunner.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "quant/quantconfig.h"
#include "reportwriter.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {
/// The demo's experiments on one model: a float baseline, then dynamic, static per-tensor, static
/// per-channel and QAT on every engine the build has (skipping what an engine cannot do).
QVector<ExperimentSpec> demoSpecs(const QString &model, bool tiny, QStringList *skipped)
{
    ExperimentSpec base;
    base.modelPath = model;
    // 1024 calibration images drawn at random from the training split; the whole 10k test split.
    base.calibration = DataSpec::fashionMnist(QStringLiteral("train"), tiny ? 32 : 128, tiny ? 2 : 8);
    base.calibration.shuffle = true;
    base.evaluation = DataSpec::fashionMnist(QStringLiteral("test"), tiny ? 64 : 256, tiny ? 2 : 40);
    base.qat.training = DataSpec::fashionMnist(QStringLiteral("train"), tiny ? 32 : 128, tiny ? 3 : 100);
    base.qat.training.shuffle = true;
    base.qat.epochs = 1;
    base.qat.learningRate = 1e-4;
    base.benchmarkBatch = tiny ? 8 : 64;
    base.benchmarkRuns = tiny ? 3 : 30;
    base.benchmarkThreads = 1;
    base.benchmarkScaling = !tiny;

    QVector<ExperimentSpec> specs;
    ExperimentSpec floatSpec = base;
    floatSpec.quantize = false;
    floatSpec.label = tr("demo: float");
    specs << floatSpec;
    for (const QuantEngine engine : supportedEngines()) {
        struct Variant {
            QString name;
            QuantMode mode;
            std::optional<WeightScheme> weights;
        };
        const Variant variants[] = {{tr("dynamic"), QuantMode::Dynamic, std::nullopt},
                                    {tr("static per-tensor"), QuantMode::Static, WeightScheme::PerTensorSymmetric},
                                    {tr("static per-channel"), QuantMode::Static, WeightScheme::PerChannelSymmetric},
                                    {tr("QAT"), QuantMode::Qat, std::nullopt}};
        for (const Variant &v : variants) {
            ExperimentSpec spec = base;
            spec.quantization = QuantConfig::preset(engine, v.mode);
            if (v.weights)
                spec.quantization.defaults.weightScheme = *v.weights;
            spec.label = tr("demo: %1, %2").arg(v.name, engineName(engine));
            const QStringList problems = validateConfig(spec.quantization, supportedEngines());
            if (!problems.isEmpty()) {
                *skipped << tr("%1 skipped: %2").arg(spec.label, problems.join(QLatin1Char(' ')));
                continue;
            }
            specs << spec;
        }
    }
    return specs;
}

/// The text part of the demo on the BERT-like zoo model and the token task (data/tokentask.h): a
/// float baseline, dynamic int8 with 8-bit and with 4-bit embeddings, and static, on the preferred
/// engine.
QVector<ExperimentSpec> textSpecs(const QString &model, const TrainOptions &task, bool tiny)
{
    ExperimentSpec base;
    base.modelPath = model;
    base.calibration = task.train;
    base.calibration.batchSize = 64;
    base.calibration.maxBatches = tiny ? 1 : 8;
    base.calibration.shuffle = true;
    base.evaluation = task.test;
    base.evaluation.batchSize = 256;
    base.evaluation.maxBatches = tiny ? 1 : 8;
    base.benchmarkBatch = tiny ? 4 : 16;
    base.benchmarkRuns = tiny ? 3 : 30;
    base.benchmarkThreads = 1;
    const QuantEngine engine = preferredEngine();
    QVector<ExperimentSpec> specs;
    ExperimentSpec floatSpec = base;
    floatSpec.quantize = false;
    floatSpec.label = tr("demo text: float");
    specs << floatSpec;
    ExperimentSpec dynamic = base;
    dynamic.quantization = QuantConfig::preset(engine, QuantMode::Dynamic);
    dynamic.label = tr("demo text: dynamic, 8-bit embeddings, %1").arg(engineName(engine));
    specs << dynamic;
    if (tiny)
        return specs;
    ExperimentSpec fourBit = dynamic;
    for (const QString &layer : {QStringLiteral("tok_embed"), QStringLiteral("pos_embed")}) {
        LayerQuantConfig rows = fourBit.quantization.defaults;
        rows.mode = QuantMode::WeightOnly;
        rows.weightDtype = QStringLiteral("quint4x2");
        fourBit.quantization.layers.insert(layer, rows);
    }
    fourBit.label = tr("demo text: dynamic, 4-bit embeddings, %1").arg(engineName(engine));
    specs << fourBit;
    ExperimentSpec staticSpec = base;
    staticSpec.quantization = QuantConfig::preset(engine, QuantMode::Static);
    staticSpec.label = tr("demo text: static, %1").arg(engineName(engine));
    specs << staticSpec;
    return specs;
}

/// A trained demo model: from the cache when a trained one is there, else trained now.
QString demoModel(const QString &name, TrainOptions options, const QString &outDir, bool tiny, ProgressLine &line,
                  QTextStream &out, QString *error)
{
    if (tiny) {
        options.epochs = 1;
        options.train.maxBatches = 4;  // a few hundred samples
        options.test.maxBatches = 2;
    }
    const QString path = tiny ? QDir(outDir).filePath(name + QStringLiteral("-tiny.pt")) : zooCachePath(name, options);
    if (QFileInfo::exists(path)) {
        const auto opened = ModelDocument::open(path);
        const QJsonObject training = opened ? opened.document->info().quantbenchJson.value(QStringLiteral("training")).toObject()
                                            : QJsonObject();
        if (!training.isEmpty()) {
            out << tr("demo %1 from the cache: %2 (test accuracy %3% after %4 epochs)\n")
                       .arg(name, path)
                       .arg(training.value(QStringLiteral("test_top1")).toDouble() * 100, 0, 'f', 2)
                       .arg(training.value(QStringLiteral("epochs")).toInt());
            return path;
        }
    }
    out << tr("training the demo %1 on %2 (%3 epochs)...\n").arg(name, options.train.describe()).arg(options.epochs) << Qt::flush;
    const TrainReport report = trainZooModel(name, path, options, [&](int epoch, double fraction, double loss) {
        line.show(fraction, tr("training: epoch %1/%2, loss %3").arg(epoch).arg(options.epochs).arg(loss, 0, 'f', 4));
    });
    line.clear();
    if (!report.ok) {
        *error = report.error;
        return {};
    }
    double seconds = 0;
    for (double s : report.epochSeconds)
        seconds += s;
    out << tr("trained in %1 s (%2 s per epoch, %3 threads): test accuracy %4% on %5 samples; saved %6\n")
               .arg(seconds, 0, 'f', 1).arg(seconds / std::max<qsizetype>(1, report.epochSeconds.size()), 0, 'f', 1)
               .arg(report.threads).arg(report.testTop1 * 100, 0, 'f', 2).arg(report.testSamples).arg(path);
    return path;
}

/// Runs each spec into the log, a line each; the stored ids. Counts the runs that did not finish.
/// Each model's float run comes first and times the float model once: every variant of that model
/// divides by the same figure (SharedBaseline).
QList<qint64> runDemoSpecs(const QVector<ExperimentSpec> &specs, ExperimentStore &store, const QString &artifacts,
                           ProgressLine &line, QTextStream &out, QTextStream &err, int *failures)
{
    QList<qint64> ids;
    QHash<QString, SharedBaseline> baselines; // by model path
    for (int i = 0; i < specs.size(); ++i) {
        const ExperimentSpec &spec = specs.at(i);
        QElapsedTimer timer;
        timer.start();
        RunContext context;
        if (const auto it = baselines.constFind(spec.modelPath); it != baselines.cend())
            context.baseline = *it;
        const ExperimentOutcome outcome = runExperiment(spec, &store, artifacts, [&](double f, const QString &stage) {
            line.show((i + f) / specs.size(), QStringLiteral("[%1/%2] %3: %4").arg(i + 1).arg(specs.size()).arg(spec.label, stage));
        }, nullptr, context);
        line.clear();
        if (!spec.quantize)
            if (const auto timed = SharedBaseline::fromOutcome(outcome, tr("demo")))
                baselines.insert(spec.modelPath, *timed);
        const ExperimentRecord &r = outcome.record;
        if (!outcome.storeError.isEmpty())
            err << tr("error: %1\n").arg(outcome.storeError);
        if (!r.isFinished())
            ++*failures;
        out << QStringLiteral("[%1/%2] %3: %4, accuracy %5%, %6 s\n")
                   .arg(i + 1).arg(specs.size())
                   .arg(spec.label, r.isFinished() ? statusName(r.status) : statusName(r.status) + QStringLiteral(" (") + r.error + QLatin1Char(')'))
                   .arg(orDash(r.accuracy, 2, 100)).arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
            << Qt::flush;
        if (outcome.id > 0)
            ids << outcome.id;
    }
    // How far the machine drifted while the variants ran: the same float timing once more.
    for (const ExperimentSpec &spec : specs) {
        const auto shared = baselines.constFind(spec.modelPath);
        if (spec.quantize || shared == baselines.cend())
            continue;
        QString error;
        if (const auto again = SharedBaseline::measure(spec, tr("demo"), &error, SharedBaseline::Parts::TimingOnly))
            out << tr("%1: the float model timed again after its variants: %2 ms (%3 ms at the start)\n")
                       .arg(spec.label)
                       .arg(again->baseline().medianMs, 0, 'f', 3)
                       .arg(shared->baseline().medianMs, 0, 'f', 3);
    }
    return ids;
}

/// The summary table the demo prints: the report's summary columns a reader compares.
QString demoSummary(const ReportData &data)
{
    const QStringList header = reportSummaryHeader();
    const QVector<int> columns{0, 1, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17};
    QStringList shortHeader;
    for (int c : columns)
        shortHeader << header.at(c);
    QList<QStringList> rows;
    for (const QStringList &row : reportSummaryRows(data)) {
        QStringList shortRow;
        for (int c : columns)
            shortRow << row.at(c);
        rows << shortRow;
    }
    return formatTable(shortHeader, rows);
}

} // namespace

int demoCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("QuantBench's demo: train (or load from the cache) the demo CNN on Fashion-MNIST, run a float baseline "
           "and dynamic, static per-tensor, static per-channel and QAT quantization on every engine; train the "
           "BERT-like text model on a synthetic token task made in C++ (no Debian package ships a text data set) and "
           "run it float, dynamic with 8-bit and 4-bit embeddings, and static; store every experiment, print the "
           "summary and write report.html."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Experiment log (default: in the user's data folder)."), tr("FILE"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("Folder for report.html and the quantized models "
                                                              "(default: quantbench-demo)."), tr("DIR"),
                                    QStringLiteral("quantbench-demo"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), tr("Training epochs when the CNN is not cached (default 3)."),
                                    tr("N"), QStringLiteral("3"));
    const QCommandLineOption tiny(QStringLiteral("tiny"), tr("Everything on a few hundred images (for tests): "
                                                             "the numbers mean nothing."));
    parser.addOptions({db, outDir, epochs, tiny});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    int epochCount = 0;
    if (QString e = readInt(parser, epochs, 1, limits::kMaxEpochs, &epochCount); !e.isEmpty())
        return usageError(err, e);
    const QString folder = parser.value(outDir);
    if (!QDir().mkpath(folder)) {
        err << tr("error: cannot create the folder %1.\n").arg(folder);
        return InputError;
    }
    const DataSpec probe = DataSpec::fashionMnist(QStringLiteral("test"), 1, 1);
    if (!QFileInfo(probe.path).isDir()) {
        err << tr("error: the demo needs Fashion-MNIST in %1: install Debian's dataset-fashion-mnist package "
                  "(packaging/install-deps.sh does).\n").arg(probe.path);
        return InputError;
    }
    auto store = openLog(parser.value(db), err);
    if (!store)
        return InputError;

    QElapsedTimer clock;
    clock.start();
    ProgressLine line(err);
    QString error;
    TrainOptions imageTask;
    imageTask.epochs = epochCount;
    const QString model = demoModel(QStringLiteral("cnn"), imageTask, folder, parser.isSet(tiny), line, out, &error);
    const TrainOptions textTask = model.isEmpty() ? TrainOptions() : textTrainOptions(&error);
    const QString textModel = error.isEmpty() ? demoModel(QStringLiteral("bert"), textTask, folder, parser.isSet(tiny), line, out, &error)
                                              : QString();
    if (model.isEmpty() || textModel.isEmpty()) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    QStringList skipped;
    QVector<ExperimentSpec> specs = demoSpecs(model, parser.isSet(tiny), &skipped);
    specs << textSpecs(textModel, textTask, parser.isSet(tiny));
    for (const QString &s : std::as_const(skipped))
        out << tr("note: %1\n").arg(s);

    int failures = 0;
    const QList<qint64> ids = runDemoSpecs(specs, *store, QDir(folder).filePath(QStringLiteral("models")), line, out, err,
                                           &failures);

    // The table and the report are read back from the log: what they show is what was stored.
    const auto data = collectReport(*store, ids, &error);
    if (!data) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    out << '\n' << demoSummary(*data) << '\n';
    const QString reportPath = QDir(folder).filePath(QStringLiteral("report.html"));
    if (!writeReport(*data, ReportFormat::Html, reportPath, &error)) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    out << tr("report: %1\nlog: %2 (experiments %3-%4)\ndemo took %5 s\n")
               .arg(QFileInfo(reportPath).absoluteFilePath(), store->path())
               .arg(ids.isEmpty() ? 0 : ids.first()).arg(ids.isEmpty() ? 0 : ids.last())
               .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 1);
    return failures == 0 ? Ok : InputError;
}

} // namespace qb::cli
