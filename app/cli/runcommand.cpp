#include "cli/cli.h"
#include "cli/clioutput.h"

#include "experiment/experimentrunner.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run an experiment spec (JSON) and record it in the experiment log."));
    parser.addPositionalArgument(QStringLiteral("SPEC"), tr("Experiment spec, JSON."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Experiment log (default: in the user's data folder)."), tr("FILE"));
    const QCommandLineOption artifacts(QStringLiteral("artifacts"), tr("Folder for the quantized model (default: next to the log)."), tr("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the stored row as JSON."));
    parser.addOptions({db, artifacts, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("run takes one SPEC file."));
    ExperimentSpec spec;
    if (!readSpec(parser.positionalArguments().first(), &spec, err))
        return UsageError;
    auto store = openLog(parser.value(db), err);
    if (!store)
        return InputError;
    const QString artifactDir = artifactFolder(parser.value(artifacts), *store);
    ProgressLine line(err);
    const ExperimentOutcome outcome = runExperiment(spec, &*store, artifactDir, [&line](double f, const QString &stage) {
        line.show(f, stage);
    });
    line.clear();
    if (!outcome.storeError.isEmpty())
        err << tr("error: %1\n").arg(outcome.storeError);
    const ExperimentRecord &r = outcome.record;
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("id"), outcome.id}, {QStringLiteral("status"), statusName(r.status)},
                      {QStringLiteral("mode"), experimentModeName(r.mode)}, {QStringLiteral("engine"), engineName(r.engine)},
                      {QStringLiteral("label"), r.label}, {QStringLiteral("error"), r.error},
                      {QStringLiteral("artifact"), outcome.artifactPath}, {QStringLiteral("db"), store->path()}};
        for (const auto &[key, value] : {std::pair<const char *, double>{"size_bytes", r.sizeBytes},
                                         {"latency_median_ms", r.latencyMedianMs}, {"latency_p90_ms", r.latencyP90Ms},
                                         {"speedup", r.speedup}, {"accuracy", r.accuracy},
                                         {"accuracy_delta", r.accuracyDelta}, {"agreement", r.agreement},
                                         {"sqnr_db", r.sqnrDb}})
            o.insert(QLatin1String(key), std::isnan(value) ? QJsonValue() : QJsonValue(value));
        printJson(out, o);
    } else {
        out << formatTable({tr("id"), tr("status"), tr("mode"), tr("engine"), tr("size"), tr("latency ms"), tr("speedup"),
                            tr("accuracy %"), tr("change"), tr("agreement %"), tr("SQNR dB")},
                           {{QString::number(outcome.id), statusName(r.status), experimentModeName(r.mode), engineName(r.engine),
                             std::isnan(r.sizeBytes) ? QStringLiteral("-") : QString::number(qint64(r.sizeBytes)),
                             orDash(r.latencyMedianMs, 3), orDash(r.speedup, 2), orDash(r.accuracy, 2, 100),
                             orDash(r.accuracyDelta, 2, 100), orDash(r.agreement, 2, 100), orDash(r.sqnrDb, 1)}});
        if (!r.error.isEmpty())
            out << tr("error: %1\n").arg(r.error);
        out << tr("log: %1\n").arg(store->path());
    }
    if (r.isFinished())
        return outcome.storeError.isEmpty() ? Ok : InputError;
    return InputError;
}

} // namespace qb::cli
