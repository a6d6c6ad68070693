#include "cli/cli.h"
#include "cli/clioutput.h"

#include "env/environment.h"

#include <QCoreApplication>
#include <QTextStream>

namespace qb::cli {

int envCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "qb::cli", "Report what this machine and LibTorch build offer for quantization."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("qb::cli", "Print JSON."));
    parser.addOption(json);
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("qb::cli", "error: env takes no arguments, got \"%1\".\n")
                   .arg(parser.positionalArguments().join(QLatin1Char(' ')));
        return UsageError;
    }
    const EnvironmentReport report = collectEnvironment();
    if (parser.isSet(json))
        printJson(out, report.toJson());
    else
        out << report.toText();
    return Ok;
}

} // namespace qb::cli
