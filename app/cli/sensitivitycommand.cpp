#include "cli/cli.h"
#include "cli/clioutput.h"

#include "experiment/sensitivity.h"
#include "util/jsonutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

int sensitivityCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Rank a spec's layers by how much quantizing them hurts. The model is calibrated once and each "
           "variant is a simulation, so L layers cost about L evaluations of the spec's evaluation data."));
    parser.addPositionalArgument(QStringLiteral("SPEC"), tr("Experiment spec, JSON."));
    const QCommandLineOption mode(QStringLiteral("mode"), tr("one-on: each layer quantized alone (default); one-off: "
                                                             "everything quantized but that layer."),
                                  tr("MODE"), QStringLiteral("one-on"));
    const QCommandLineOption db(QStringLiteral("db"), tr("Experiment log (default: in the user's data folder)."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the ranking as JSON."));
    parser.addOptions({mode, db, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("sensitivity takes one SPEC file."));
    const auto sweepMode = sweepModeFromName(parser.value(mode));
    if (!sweepMode)
        return usageError(err, tr("--mode is one-on or one-off, not \"%1\".").arg(parser.value(mode)));
    ExperimentSpec spec;
    if (!readSpec(parser.positionalArguments().first(), &spec, err))
        return UsageError;
    auto store = openLog(parser.value(db), err);
    if (!store)
        return InputError;

    ProgressLine line(err);
    const SensitivityResult result = runSensitivity(spec, *sweepMode, &*store, [&line](double f, const QString &stage) {
        line.show(f, stage);
    });
    line.clear();
    if (!result.storeError.isEmpty())
        err << tr("error: %1\n").arg(result.storeError);
    if (!result.ok) {
        err << tr("error: %1\n").arg(result.error);
        return InputError;
    }
    const bool accuracy = result.metric == QLatin1String("accuracy");
    if (parser.isSet(json)) {
        QJsonArray layers;
        for (const LayerSensitivity &s : result.layers)
            layers.append(QJsonObject{{QStringLiteral("rank"), s.rank}, {QStringLiteral("layer"), s.layer},
                                      {QStringLiteral("type"), s.type}, {QStringLiteral("impact"), jsonNumber(s.impact)},
                                      {QStringLiteral("accuracy"), jsonNumber(s.score.accuracy)},
                                      {QStringLiteral("agreement"), jsonNumber(s.score.agreement)},
                                      {QStringLiteral("sqnr_db"), jsonNumber(s.score.sqnrDb)}});
        printJson(out, QJsonObject{{QStringLiteral("id"), result.id},
                                   {QStringLiteral("mode"), sweepModeName(result.mode)},
                                   {QStringLiteral("metric"), result.metric},
                                   {QStringLiteral("float_accuracy"), jsonNumber(result.floatScore.accuracy)},
                                   {QStringLiteral("all_quantized_accuracy"), jsonNumber(result.allQuantized.accuracy)},
                                   {QStringLiteral("all_quantized_agreement"), jsonNumber(result.allQuantized.agreement)},
                                   {QStringLiteral("calibration_seconds"), result.calibrationSeconds},
                                   {QStringLiteral("sweep_seconds"), result.sweepSeconds},
                                   {QStringLiteral("layers"), layers},
                                   {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}});
        return Ok;
    }
    const QString variant = result.mode == SweepMode::OneOn ? tr("alone int8") : tr("alone float");
    QList<QStringList> rows;
    for (const LayerSensitivity &s : result.layers)
        rows << QStringList{QString::number(s.rank), s.layer, s.type, orDash(s.impact, 2, 100),
                            orDash(accuracy ? s.score.accuracy : s.score.agreement, 2, 100), orDash(s.score.sqnrDb, 1)};
    out << tr("%1 sweep over %2 layers (%3), calibrated once in %4 s, %5 variants in %6 s\n")
               .arg(sweepModeName(result.mode)).arg(result.layers.size()).arg(result.metric)
               .arg(result.calibrationSeconds, 0, 'f', 2).arg(result.layers.size()).arg(result.sweepSeconds, 0, 'f', 2);
    if (accuracy)
        out << tr("float accuracy %1%, everything quantized %2%\n")
                   .arg(orDash(result.floatScore.accuracy, 2, 100), orDash(result.allQuantized.accuracy, 2, 100));
    else
        out << tr("everything quantized: agreement %1%, SQNR %2 dB\n")
                   .arg(orDash(result.allQuantized.agreement, 2, 100), orDash(result.allQuantized.sqnrDb, 1));
    out << formatTable({tr("rank"), tr("layer"), tr("type"), tr("impact (points)"),
                        QStringLiteral("%1 % (%2)").arg(result.metric, variant), tr("SQNR dB")},
                       rows);
    for (const QString &note : result.notes)
        out << tr("note: %1\n").arg(note);
    out << tr("stored as experiment %1 in %2\n").arg(result.id).arg(store->path());
    return Ok;
}

} // namespace qb::cli
