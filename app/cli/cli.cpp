#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

namespace qb::cli {

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
    const char *summary;
};

const Command kCommands[] = {
    {"env", envCommand, QT_TRANSLATE_NOOP("qb::cli", "Report LibTorch, quantized engines, CPU, BLAS and threads")},
    {"inspect", inspectCommand, QT_TRANSLATE_NOOP("qb::cli", "Show a TorchScript model's layer tree and totals")},
    {"quantize", quantizeCommand, QT_TRANSLATE_NOOP("qb::cli", "Quantize a model (dynamic, static, hybrid) and report the result")},
    {"zoo", zooCommand, QT_TRANSLATE_NOOP("qb::cli", "Save a model from QuantBench's built-in zoo")},
};

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("qb::cli", "Usage: quantbench-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : kCommands)
        stream << "  " << QString::fromLatin1(c.name).leftJustified(10)
               << QCoreApplication::translate("qb::cli", c.summary) << '\n';
    stream << QCoreApplication::translate("qb::cli",
                                          "\nRun 'quantbench-cli COMMAND --help' for a command's options.\n");
}

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
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
