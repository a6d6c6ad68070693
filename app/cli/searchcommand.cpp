#include "cli/cli.h"
#include "cli/clioutput.h"

#include "experiment/search.h"
#include "util/jsonutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {
/// search's options, declared once.
struct SearchOptionSet {
    QCommandLineOption maxDrop{QStringLiteral("max-accuracy-drop"),
                               tr("Largest top-1 drop against float, in points (0.5 = half a point)."), tr("P")};
    QCommandLineOption minAgreement{QStringLiteral("min-agreement"),
                                    tr("Smallest share of predictions equal to float's: 0.99, 99 or 99%."), tr("P")};
    QCommandLineOption objective{QStringLiteral("objective"), tr("latency (default) or size."), tr("WHAT"), QStringLiteral("latency")};
    QCommandLineOption maxTrials{QStringLiteral("max-trials"), tr("Stop after N trials (default 20)."), tr("N"), QStringLiteral("20")};
    QCommandLineOption timeLimit{QStringLiteral("time-limit"), tr("Stop starting trials after S seconds."), tr("S")};
    QCommandLineOption ranking{QStringLiteral("ranking"), tr("Sensitivity sweep that orders the fallbacks: one-on "
                                                             "(default) or one-off."), tr("MODE"), QStringLiteral("one-on")};
    QCommandLineOption db{QStringLiteral("db"), tr("Experiment log (default: in the user's data folder)."), tr("FILE")};
    QCommandLineOption artifacts{QStringLiteral("artifacts"), tr("Folder for the trials' quantized models "
                                                                 "(default: next to the log)."), tr("DIR")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print the result as JSON.")};
    QCommandLineOption keepMode{QStringLiteral("keep-mode"), tr("Only choose float layers for the given config: with "
                                                                "--objective latency the search otherwise also tries "
                                                                "dynamic, static and hybrid, and float for layers int8 "
                                                                "slows down.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({maxDrop, minAgreement, objective, maxTrials, timeLimit, ranking, db, artifacts, json, keepMode});
    }
};

/// The budget, objective and limits; a usage error sentence, or empty.
QString readSearchOptions(const QCommandLineParser &parser, const SearchOptionSet &o, SearchOptions *options)
{
    if (parser.isSet(o.maxDrop)) {
        double points = 0;
        if (QString e = readReal(parser, o.maxDrop, 0.0, 100.0, &points); !e.isEmpty())
            return e;
        options->budget.maxAccuracyDrop = points / 100.0;
    }
    if (parser.isSet(o.minAgreement)) {
        if (QString e = readShare(parser, o.minAgreement, &options->budget.minAgreement); !e.isEmpty())
            return e;
    }
    if (!options->budget.isSet())
        return tr("give a budget: --max-accuracy-drop P or --min-agreement P.");
    const auto objective = searchObjectiveFromName(parser.value(o.objective));
    if (!objective)
        return tr("--objective is latency or size, not \"%1\".").arg(parser.value(o.objective));
    options->objective = *objective;
    options->wholeModelChoices = !parser.isSet(o.keepMode);
    if (QString e = readInt(parser, o.maxTrials, 1, 10000, &options->maxTrials); !e.isEmpty())
        return e;
    if (parser.isSet(o.timeLimit)) {
        if (QString e = readReal(parser, o.timeLimit, 1e-3, 1e7, &options->timeLimitSeconds); !e.isEmpty())
            return e;
    }
    const auto rankingMode = sweepModeFromName(parser.value(o.ranking));
    if (!rankingMode)
        return tr("--ranking is one-on or one-off, not \"%1\".").arg(parser.value(o.ranking));
    options->ranking = *rankingMode;
    return {};
}

QJsonObject searchJson(const SearchResult &result)
{
    QJsonArray trials;
    for (const SearchTrial &t : result.trials)
        trials.append(QJsonObject{{QStringLiteral("id"), t.id},
                                  {QStringLiteral("choice"), t.choice},
                                  {QStringLiteral("float_layers"), QJsonArray::fromStringList(t.floatLayers)},
                                  {QStringLiteral("within_budget"), t.withinBudget},
                                  {QStringLiteral("speedup"), jsonNumber(t.record.speedup)},
                                  {QStringLiteral("accuracy_delta"), jsonNumber(t.record.accuracyDelta)},
                                  {QStringLiteral("agreement"), jsonNumber(t.record.agreement)},
                                  {QStringLiteral("latency_median_ms"), jsonNumber(t.record.latencyMedianMs)},
                                  {QStringLiteral("size_bytes"), jsonNumber(t.record.sizeBytes)}});
    return QJsonObject{{QStringLiteral("id"), result.id},
                       {QStringLiteral("stop_reason"), searchStopName(result.stopReason)},
                       {QStringLiteral("met_budget"), result.metBudget},
                       {QStringLiteral("ranking"), QJsonArray::fromStringList(result.ranking)},
                       {QStringLiteral("float_latency_median_ms"), jsonNumber(result.baselineMs)},
                       {QStringLiteral("float_latency_median_ms_at_end"), jsonNumber(result.baselineEndMs)},
                       {QStringLiteral("best"), result.best >= 0 ? QJsonValue(result.trials.at(result.best).id) : QJsonValue()},
                       {QStringLiteral("trials"), trials}};
}

void printSearch(const SearchResult &result, const SearchOptions &options, const QString &logPath, QTextStream &out)
{
    out << tr("budget: %1; objective: %2; sensitivity order: %3\n")
               .arg(options.budget.describe(), options.objective == SearchObjective::Size ? tr("size") : tr("latency"),
                    result.ranking.join(QLatin1String(", ")));
    QList<QStringList> rows;
    for (int i = 0; i < result.trials.size(); ++i) {
        const SearchTrial &t = result.trials.at(i);
        const ExperimentRecord &r = t.record;
        rows << QStringList{i == result.best ? QStringLiteral("*") : QString(), QString::number(t.id), t.choice,
                            t.floatLayers.isEmpty() ? tr("(none)") : t.floatLayers.join(QLatin1Char(',')),
                            r.isFinished() ? (t.withinBudget ? tr("yes") : tr("no")) : statusName(r.status),
                            orDash(r.accuracyDelta, 2, 100), orDash(r.agreement, 2, 100), orDash(r.latencyMedianMs, 3),
                            std::isnan(r.speedup) ? QStringLiteral("-") : orDash(r.speedup, 2) + QLatin1Char('x'),
                            std::isnan(r.sizeBytes) ? QStringLiteral("-") : QString::number(qint64(r.sizeBytes))};
    }
    out << formatTable({QString(), tr("id"), tr("start"), tr("float layers"), tr("within"), tr("accuracy change"),
                        tr("agreement %"), tr("latency ms"), tr("speedup"), tr("size bytes")},
                       rows);
    if (!std::isnan(result.baselineMs))
        out << tr("float model (frozen, optimized), timed once for every trial: %1 ms\n").arg(result.baselineMs, 0, 'f', 3);
    if (!std::isnan(result.baselineEndMs))
        out << tr("the same, timed again after the last trial: %1 ms (the noise between trials is of this size)\n")
                   .arg(result.baselineEndMs, 0, 'f', 3);
    if (result.best >= 0) {
        const SearchTrial &b = result.trials.at(result.best);
        if (result.metBudget)
            out << tr("best: experiment %1 (%2), float layers: %3\n")
                       .arg(b.id).arg(b.choice, b.floatLayers.isEmpty() ? tr("none") : b.floatLayers.join(QLatin1String(", ")));
        else
            out << tr("no trial met the budget; closest: experiment %1, %2 points short\n")
                       .arg(b.id).arg(orDash(b.shortfall, 2, 100));
    }
    out << tr("stopped: %1; %2 trials stored under search %3 in %4\n")
               .arg(searchStopName(result.stopReason)).arg(result.trials.size()).arg(result.id).arg(logPath);
}

} // namespace

int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find the layers to keep in float so the spec meets an accuracy budget, as fast (or small) as "
           "possible. Every trial is an experiment in the log."));
    parser.addPositionalArgument(QStringLiteral("SPEC"), tr("Experiment spec, JSON: the fully quantized starting point."));
    const SearchOptionSet optionSet;
    optionSet.addTo(parser);
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("search takes one SPEC file."));
    SearchOptions options;
    if (const QString problem = readSearchOptions(parser, optionSet, &options); !problem.isEmpty())
        return usageError(err, problem);
    if (!readSpec(parser.positionalArguments().first(), &options.spec, err))
        return UsageError;
    auto store = openLog(parser.value(optionSet.db), err);
    if (!store)
        return InputError;
    const QString artifactDir = artifactFolder(parser.value(optionSet.artifacts), *store);

    ProgressLine line(err);
    const SearchResult result = runSearch(options, &*store, artifactDir, [&line](double f, const QString &stage) {
        line.show(f, stage);
    });
    line.clear();
    if (!result.ok && !result.cancelled) {
        err << tr("error: %1\n").arg(result.error);
        return InputError;
    }
    if (parser.isSet(optionSet.json))
        printJson(out, searchJson(result));
    else
        printSearch(result, options, store->path(), out);
    if (result.cancelled)
        return InputError;
    return result.metBudget ? Ok : CheckFailed;
}

} // namespace qb::cli
