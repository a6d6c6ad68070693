#include "cli/cli.h"
#include "cli/clioutput.h"

#include "model/modeldocument.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

void printTree(const ModelInfo &info, QTextStream &out)
{
    QList<QStringList> rows;
    for (const LayerInfo &layer : info.layers) {
        const QString indent(layer.depth * 2, QLatin1Char(' '));
        rows << QStringList{indent + (layer.name.isEmpty() ? tr("(model)") : layer.displayName()),
                            layer.type,
                            formatCount(layer.totalParams),
                            formatBytes(layer.totalBytes),
                            !layer.kind.capabilities ? QStringLiteral("-") : capabilityText(layer.kind)};
    }
    out << formatTable({tr("layer"), tr("type"), tr("params"), tr("size"), tr("quantization")}, rows);
}

} // namespace

int inspectCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a TorchScript model's layer tree, sizes and weight statistics."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("TorchScript archive (.pt) to inspect."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON, with weight statistics."));
    const QCommandLineOption inputShape(QStringLiteral("input-shape"),
                                        tr("The input's shape, batch first, e.g. 1x1x28x28."), tr("SHAPE"));
    parser.addOptions({json, inputShape});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("error: inspect takes one MODEL file, got %1.\n").arg(positional.size()) << parser.helpText();
        return UsageError;
    }

    ModelDocument::OpenOptions options;
    if (parser.isSet(inputShape)) {
        QString error;
        options.input = InputSpec::parseShape(parser.value(inputShape), &error);
        if (!options.input.isValid()) {
            err << tr("error: %1\n").arg(error);
            return UsageError;
        }
    }

    const auto result = ModelDocument::open(positional.first(), options);
    if (!result) {
        err << tr("error: %1\n").arg(result.message);
        return InputError;
    }
    const ModelInfo &info = result.document->info();
    if (parser.isSet(json)) {
        printJson(out, result.document->infoWithStatistics().toJson());
    } else {
        printTree(info, out);
        out << '\n'
            << tr("file        %1 (%2)\n").arg(info.path, formatBytes(info.fileSize))
            << tr("parameters  %1 in %2 layers, %3 quantizable\n")
                   .arg(formatCount(info.totalParams()))
                   .arg(info.layers.size())
                   .arg(info.quantizableLayerCount());
        QStringList dtypes;
        const auto bytes = info.bytesByDtype();
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
            dtypes << it.key() + QLatin1Char(' ') + formatBytes(it.value());
        out << tr("tensors     %1\n").arg(dtypes.join(QLatin1String(", ")));
        out << tr("input       %1 (%2)\n")
                   .arg(info.input.isValid() ? info.input.shapeText() : tr("unknown"),
                        inputSourceName(info.input.source));
        if (!info.extraFiles.isEmpty())
            out << tr("extra files %1\n").arg(info.extraFiles.join(QLatin1String(", ")));
        for (const QString &warning : info.warnings)
            out << tr("warning: %1\n").arg(warning);
    }
    out.flush();
    if (!info.unsupportedReason.isEmpty()) {
        err << tr("error: %1\n").arg(info.unsupportedReason);
        return InputError;
    }
    return Ok;
}

} // namespace qb::cli
