#include "cli/cli.h"
#include "cli/clioutput.h"

#include "env/environment.h"
#include "experiment/experimentrunner.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
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

/// The trained demo CNN: from the cache when a trained one is there, else trained now.
QString demoModel(const QString &outDir, bool tiny, int epochs, ProgressLine &line, QTextStream &out, QString *error)
{
    TrainOptions options;
    options.epochs = tiny ? 1 : epochs;
    if (tiny) {
        options.train.maxBatches = 4;  // 512 images
        options.test.maxBatches = 2;
    }
    const QString path = tiny ? QDir(outDir).filePath(QStringLiteral("cnn-tiny.pt")) : zooCachePath(QStringLiteral("cnn"), options);
    if (QFileInfo::exists(path)) {
        const auto opened = ModelDocument::open(path);
        const QJsonObject training = opened ? opened.document->info().quantbenchJson.value(QStringLiteral("training")).toObject()
                                            : QJsonObject();
        if (!training.isEmpty()) {
            out << tr("demo CNN from the cache: %1 (test accuracy %2% after %3 epochs)\n")
                       .arg(path)
                       .arg(training.value(QStringLiteral("test_top1")).toDouble() * 100, 0, 'f', 2)
                       .arg(training.value(QStringLiteral("epochs")).toInt());
            return path;
        }
    }
    out << tr("training the demo CNN on Fashion-MNIST (%1 epochs)...\n").arg(options.epochs) << Qt::flush;
    const TrainReport report = trainZooModel(QStringLiteral("cnn"), path, options, [&](int epoch, double fraction, double loss) {
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
    out << tr("trained in %1 s (%2 s per epoch, %3 threads): test accuracy %4% on %5 images; saved %6\n")
               .arg(seconds, 0, 'f', 1).arg(seconds / std::max<qsizetype>(1, report.epochSeconds.size()), 0, 'f', 1)
               .arg(report.threads).arg(report.testTop1 * 100, 0, 'f', 2).arg(report.testSamples).arg(path);
    return path;
}

/// Runs each spec into the log, a line each; the stored ids. Counts the runs that did not finish.
QList<qint64> runDemoSpecs(const QVector<ExperimentSpec> &specs, ExperimentStore &store, const QString &artifacts,
                           ProgressLine &line, QTextStream &out, QTextStream &err, int *failures)
{
    QList<qint64> ids;
    for (int i = 0; i < specs.size(); ++i) {
        const ExperimentSpec &spec = specs.at(i);
        QElapsedTimer timer;
        timer.start();
        const ExperimentOutcome outcome = runExperiment(spec, &store, artifacts, [&](double f, const QString &stage) {
            line.show((i + f) / specs.size(), QStringLiteral("[%1/%2] %3: %4").arg(i + 1).arg(specs.size()).arg(spec.label, stage));
        });
        line.clear();
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
    return ids;
}

/// The summary table the demo prints: the report's summary columns a reader compares.
QString demoSummary(const ReportData &data)
{
    const QStringList header = reportSummaryHeader();
    const QVector<int> columns{0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15};
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
           "and dynamic, static per-tensor, static per-channel and QAT quantization on every engine, store every "
           "experiment, print the summary and write report.html."));
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
    bool ok = false;
    const int epochCount = parser.value(epochs).toInt(&ok);
    if (!ok || epochCount < 1)
        return usageError(err, tr("--epochs takes a whole number of at least 1."));
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
    const QString model = demoModel(folder, parser.isSet(tiny), epochCount, line, out, &error);
    if (model.isEmpty()) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    QStringList skipped;
    const QVector<ExperimentSpec> specs = demoSpecs(model, parser.isSet(tiny), &skipped);
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
