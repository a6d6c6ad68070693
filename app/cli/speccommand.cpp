#include "cli/cli.h"
#include "cli/clioutput.h"

#include "env/environment.h"
#include "experiment/experimentspec.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

/// A spec that `run`, `sensitivity` and `search` take as it is once MODEL exists: static int8 on
/// the preferred engine, calibrated on 256 shuffled Fashion-MNIST training images, evaluated on
/// 1,024 test images, timed at batch 64 on one thread.
ExperimentSpec exampleSpec(const QString &model)
{
    ExperimentSpec spec;
    spec.modelPath = model;
    spec.label = tr("example: static int8, %1").arg(engineName(preferredEngine()));
    spec.quantization = QuantConfig::preset(preferredEngine(), QuantMode::Static);
    spec.calibration = DataSpec::fashionMnist(QStringLiteral("train"), 32, 8);
    spec.calibration.shuffle = true;
    spec.evaluation = DataSpec::fashionMnist(QStringLiteral("test"), 256, 4);
    spec.benchmarkBatch = 64;
    spec.benchmarkRuns = 30;
    spec.benchmarkThreads = 1;
    return spec;
}

} // namespace

int specCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write an example experiment spec to start from (--example), or check one (--check): the spec that run, "
           "sensitivity and search take."));
    const QCommandLineOption example(QStringLiteral("example"), tr("Print (or with --out, write) an example spec."));
    const QCommandLineOption model(QStringLiteral("model"), tr("The model the example names (default: model.pt)."),
                                   tr("FILE"), QStringLiteral("model.pt"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Write the example here instead of printing it."), tr("FILE"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Read a spec and say what is wrong with it, if anything."),
                                   tr("FILE"));
    parser.addOptions({example, model, outFile, check});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.isSet(example) == parser.isSet(check))
        return usageError(err, tr("give one of --example or --check FILE."));
    if (parser.isSet(check)) {
        ExperimentSpec spec;
        if (!readSpec(parser.value(check), &spec, err))
            return UsageError;
        out << tr("%1: a valid spec (%2, model %3)\n")
                   .arg(parser.value(check), experimentModeName(experimentMode(spec)), spec.modelPath);
        return Ok;
    }
    const QByteArray json = QJsonDocument(exampleSpec(parser.value(model)).toJson()).toJson(QJsonDocument::Indented);
    if (!parser.isSet(outFile)) {
        out << QString::fromUtf8(json);
        return Ok;
    }
    QString error;
    if (!writeFileAtomically(parser.value(outFile), json, &error)) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    out << tr("wrote %1\n").arg(parser.value(outFile));
    return Ok;
}

} // namespace qb::cli
