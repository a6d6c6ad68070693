#include "cli/cli.h"
#include "util/limits.h"

#include "env/environment.h"

#include <QCoreApplication>
#include <QThread>
#include <QTextStream>

namespace qb::cli {

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
    const char *summary;
};

const Command kCommands[] = {
    {"demo", demoCommand, QT_TRANSLATE_NOOP("qb::cli", "The demo: train the CNN, run every mode on every engine, write a report")},
    {"eval", evalCommand, QT_TRANSLATE_NOOP("qb::cli", "Accuracy, agreement with a float reference, latency")},
    {"env", envCommand, QT_TRANSLATE_NOOP("qb::cli", "Report LibTorch, quantized engines, CPU, BLAS and threads")},
    {"inspect", inspectCommand, QT_TRANSLATE_NOOP("qb::cli", "Show a TorchScript model's layer tree and totals")},
    {"merge", mergeCommand, QT_TRANSLATE_NOOP("qb::cli", "Fold experiment logs (a sweep's shard logs) into one")},
    {"quantize", quantizeCommand, QT_TRANSLATE_NOOP("qb::cli", "Quantize a model (dynamic, static, hybrid) and report the result")},
    {"report", reportCommand, QT_TRANSLATE_NOOP("qb::cli", "Export experiments as HTML, PDF, Markdown, CSV or JSON")},
    {"run", runCommand, QT_TRANSLATE_NOOP("qb::cli", "Run an experiment spec and record it in the experiment log")},
    {"search", searchCommand, QT_TRANSLATE_NOOP("qb::cli", "Find the layers to keep float to meet an accuracy budget")},
    {"sensitivity", sensitivityCommand, QT_TRANSLATE_NOOP("qb::cli", "Rank layers by how much quantizing them hurts")},
    {"spec", specCommand, QT_TRANSLATE_NOOP("qb::cli", "Write an example experiment spec, or check one")},
    {"sweep", sweepCommand, QT_TRANSLATE_NOOP("qb::cli", "Run a grid of experiments, or one shard of it; plan, status, Slurm script")},
    {"verify", verifyCommand, QT_TRANSLATE_NOOP("qb::cli", "Exit 1 when a quantized model breaks a tolerance")},
    {"zoo", zooCommand, QT_TRANSLATE_NOOP("qb::cli", "Save a model from QuantBench's built-in zoo")},
};

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("qb::cli", "Usage: quantbench-cli [--threads N] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(12)
               << QCoreApplication::translate("qb::cli", c.summary) << '\n';
    stream << QCoreApplication::translate("qb::cli",
                                          "\nRun 'quantbench-cli COMMAND --help' for a command's options.\n");
}

} // namespace

bool needsWidgets(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--threads"))
            continue;
        if (a.isEmpty() || a.startsWith(QLatin1Char('-')) || a.at(0).isDigit())
            continue;
        return a == QLatin1String("report") || a == QLatin1String("demo");
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global option before the command: LibTorch's intra-op threads. The default is every core
    // (LibTorch's own default follows OpenMP, which may report a single thread).
    QStringList args = arguments;
    int threads = QThread::idealThreadCount();
    if (args.size() >= 2 && args.first() == QLatin1String("--threads")) {
        bool ok = false;
        threads = args.at(1).toInt(&ok);
        const QString problem = ok ? limits::checkThreads(threads, QStringLiteral("--threads"))
                                   : limits::checkThreads(0, QStringLiteral("--threads"));
        if (!problem.isEmpty()) {
            err << QCoreApplication::translate("qb::cli", "error: %1\n").arg(problem);
            return UsageError;
        }
        args = args.mid(2);
    }
    setIntraOpThreads(threads);
    if (args.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString name = args.first();
    if (name == QLatin1String("-h") || name == QLatin1String("--help") || name == QLatin1String("help")) {
        printUsage(out);
        return Ok;
    }
    if (name == QLatin1String("-v") || name == QLatin1String("--version")) {
        out << "quantbench-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(args.mid(1), out, err);
    }
    err << QCoreApplication::translate("qb::cli", "error: unknown command \"%1\".\n\n").arg(name);
    printUsage(err);
    return UsageError;
}

} // namespace qb::cli
