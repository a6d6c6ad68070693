#include "cli/cli.h"
#include "cli/clioutput.h"

#include "model/modelfactory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace qb::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qb::cli", text);
}
} // namespace

int zooCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save a model built in C++ from QuantBench's zoo (untrained, seeded)."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Model to build: mlp."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Where to write the TorchScript archive."), tr("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed for the weights (default 0)."),
                                        tr("N"), QStringLiteral("0"));
    parser.addOptions({outOption, seedOption});
    bool helpShown = false;
    if (!parseOptions(parser, args, out, err, &helpShown))
        return UsageError;
    if (helpShown)
        return Ok;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first() != QLatin1String("mlp")) {
        err << tr("error: name one zoo model: mlp.\n");
        return UsageError;
    }
    if (!parser.isSet(outOption)) {
        err << tr("error: say where to write the model with --out FILE.\n");
        return UsageError;
    }
    bool seedOk = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        err << tr("error: --seed takes a whole number, got \"%1\".\n").arg(parser.value(seedOption));
        return UsageError;
    }
    const QString path = parser.value(outOption);
    const QJsonObject metadata{{QStringLiteral("format"), QStringLiteral("quantbench-model")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("input"), QJsonObject{{QStringLiteral("shape"), QJsonArray{1, 1, 28, 28}},
                                                                    {QStringLiteral("dtype"), QStringLiteral("float32")}}}};
    QString error;
    if (!saveMlp(path, {784, 256, 128, 10}, seed, metadata, &error)) {
        err << tr("error: could not write %1: %2\n").arg(path, error);
        return InputError;
    }
    out << tr("wrote %1 (%2 bytes)\n").arg(path).arg(QFileInfo(path).size());
    return Ok;
}

} // namespace qb::cli
