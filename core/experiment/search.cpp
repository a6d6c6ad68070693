#include "experiment/search.h"

#include "experiment/experimentdetails.h"

#include "env/environment.h"
#include "util/jsonutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::Search)

namespace qb {

namespace {

double objectiveValue(const ExperimentRecord &r, SearchObjective objective)
{
    return objective == SearchObjective::Latency ? r.latencyMedianMs : r.sizeBytes;
}

/// True when a is a better trial than b: within budget beats outside it; within budget, the better
/// objective (then fewer float layers); outside it, the smaller shortfall.
bool better(const SearchTrial &a, const SearchTrial &b, SearchObjective objective)
{
    if (a.withinBudget != b.withinBudget)
        return a.withinBudget;
    if (!a.withinBudget) {
        const double sa = std::isnan(a.shortfall) ? qInf() : a.shortfall;
        const double sb = std::isnan(b.shortfall) ? qInf() : b.shortfall;
        return sa < sb;
    }
    const double va = objectiveValue(a.record, objective), vb = objectiveValue(b.record, objective);
    if (!std::isnan(va) && !std::isnan(vb) && va != vb)
        return va < vb;
    return a.floatLayers.size() < b.floatLayers.size();
}

} // namespace

QString searchStopName(SearchStop stop)
{
    switch (stop) {
    case SearchStop::Found: return QStringLiteral("found");
    case SearchStop::TrialLimit: return QStringLiteral("trial limit");
    case SearchStop::TimeLimit: return QStringLiteral("time limit");
    case SearchStop::Cancelled: return QStringLiteral("cancelled");
    case SearchStop::Exhausted: return QStringLiteral("exhausted");
    case SearchStop::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

std::optional<SearchStop> searchStopFromName(const QString &name)
{
    for (SearchStop s : {SearchStop::Found, SearchStop::TrialLimit, SearchStop::TimeLimit, SearchStop::Cancelled,
                         SearchStop::Exhausted, SearchStop::Failed})
        if (searchStopName(s) == name)
            return s;
    return std::nullopt;
}

QString searchObjectiveName(SearchObjective objective)
{
    return objective == SearchObjective::Latency ? QStringLiteral("latency") : QStringLiteral("size");
}

std::optional<SearchObjective> searchObjectiveFromName(const QString &name)
{
    if (name == QLatin1String("latency"))
        return SearchObjective::Latency;
    if (name == QLatin1String("size"))
        return SearchObjective::Size;
    return std::nullopt;
}

double AccuracyBudget::shortfall(const ExperimentRecord &r) const
{
    if (!r.isFinished())
        return qQNaN();
    double missing = 0;
    if (!std::isnan(maxAccuracyDrop)) {
        if (std::isnan(r.accuracyDelta))
            return qQNaN();
        missing = std::max(missing, -(r.accuracyDelta + maxAccuracyDrop));
    }
    if (!std::isnan(minAgreement)) {
        if (std::isnan(r.agreement))
            return qQNaN();
        missing = std::max(missing, minAgreement - r.agreement);
    }
    return std::max(0.0, missing);
}

QString AccuracyBudget::describe() const
{
    QStringList parts;
    if (!std::isnan(maxAccuracyDrop))
        parts << tr("accuracy drop <= %1 points").arg(maxAccuracyDrop * 100, 0, 'f', 2);
    if (!std::isnan(minAgreement))
        parts << tr("agreement >= %1%").arg(minAgreement * 100, 0, 'f', 1);
    return parts.join(QLatin1String(", "));
}

SearchResult runSearch(const SearchOptions &options, ExperimentStore *store, const QString &artifactDir,
                       const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    SearchResult result;
    if (!options.budget.isSet()) {
        result.error = tr("Give the search a budget: a largest accuracy drop or a smallest agreement.");
        return result;
    }
    if (options.maxTrials < 1) {
        result.error = tr("The trial limit must be at least 1.");
        return result;
    }
    auto report = [&progress](double f, const QString &stage) {
        if (progress)
            progress(std::clamp(f, 0.0, 1.0), stage);
    };
    const QString objectiveName = searchObjectiveName(options.objective);

    // The search's own row comes first, so every trial can point at it even if this process dies.
    ExperimentRecord parent;
    parent.kind = ExperimentKind::Search;
    parent.modelPath = QFileInfo(options.spec.modelPath).absoluteFilePath();
    parent.label = options.spec.label.isEmpty() ? tr("search: %1, %2").arg(options.budget.describe(), objectiveName)
                                                : options.spec.label;
    parent.mode = experimentMode(options.spec);
    parent.engine = options.spec.quantization.engine;
    parent.spec = options.spec.toJson();
    parent.startedAt = logTimestamp();
    parent.status = ExperimentStatus::Running;
    parent.environment = collectEnvironment().toJson();
    if (store) {
        QString error;
        parent.id = store->addExperiment(parent, {}, &error);
        if (parent.id == 0) {
            result.error = error;
            return result;
        }
        result.id = parent.id;
    }

    QElapsedTimer clock;
    clock.start();
    auto outOfTime = [&] { return options.timeLimitSeconds > 0 && clock.nsecsElapsed() / 1e9 >= options.timeLimitSeconds; };
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    auto finish = [&](SearchStop reason) {
        result.stopReason = reason;
        result.cancelled = reason == SearchStop::Cancelled;
        for (int i = 0; i < result.trials.size(); ++i)
            if (result.best < 0 || better(result.trials.at(i), result.trials.at(result.best), options.objective))
                result.best = i;
        result.metBudget = result.best >= 0 && result.trials.at(result.best).withinBudget;
        result.ok = result.error.isEmpty();
        ExperimentDetails details;
        SearchDetails &summary = details.search.emplace();
        summary.budget = options.budget;
        summary.objective = options.objective;
        summary.maxTrials = options.maxTrials;
        summary.timeLimitSeconds = options.timeLimitSeconds;
        summary.ranking = result.ranking;
        for (const SearchTrial &t : std::as_const(result.trials))
            summary.trials << SearchDetails::Trial{t.id, t.floatLayers, t.withinBudget, t.shortfall};
        summary.stopReason = reason;
        summary.metBudget = result.metBudget;
        if (result.best >= 0) {
            const SearchTrial &b = result.trials.at(result.best);
            summary.bestId = b.id;
            summary.bestFloatLayers = b.floatLayers;
            summary.bestShortfall = b.shortfall;
            parent.sizeBytes = b.record.sizeBytes;
            parent.latencyMedianMs = b.record.latencyMedianMs;
            parent.latencyP90Ms = b.record.latencyP90Ms;
            parent.speedup = b.record.speedup;
            parent.accuracy = b.record.accuracy;
            parent.accuracyDelta = b.record.accuracyDelta;
            parent.agreement = b.record.agreement;
            parent.sqnrDb = b.record.sqnrDb;
        }
        parent.details = details.toJson();
        parent.status = result.cancelled ? ExperimentStatus::Cancelled
                                         : (result.error.isEmpty() ? ExperimentStatus::Finished : ExperimentStatus::Failed);
        parent.error = result.error;
        parent.finishedAt = logTimestamp();
        if (store) {
            QString error;
            if (!store->updateExperiment(parent, &error) && result.error.isEmpty())
                result.error = error;
        }
        return result;
    };

    // Rank the layers on a simulation calibrated once.
    report(0.0, tr("ranking layers"));
    const SensitivityResult sweep = runSensitivity(options.spec, options.ranking, store,
                                                   [&report](double f, const QString &stage) { report(0.1 * f, stage); },
                                                   cancel, parent.id);
    if (sweep.cancelled)
        return finish(SearchStop::Cancelled);
    if (!sweep.ok) {
        result.error = sweep.error;
        return finish(SearchStop::Failed);
    }
    for (const LayerSensitivity &s : sweep.layers)
        result.ranking << s.layer;

    QHash<QString, int> tried; // sorted float set -> index in trials
    auto keyOf = [](QStringList layers) {
        layers.sort();
        return layers.join(QLatin1Char(','));
    };
    auto trial = [&](QStringList floatLayers) -> const SearchTrial * {
        floatLayers.sort();
        const QString key = floatLayers.join(QLatin1Char(','));
        if (tried.contains(key))
            return &result.trials.at(tried.value(key));
        ExperimentSpec spec = options.spec;
        for (const QString &layer : floatLayers)
            spec.quantization.setLayerMode(layer, QuantMode::Float);
        spec.label = floatLayers.isEmpty() ? tr("%1 / trial %2: all quantized").arg(parent.label).arg(result.trials.size() + 1)
                                           : tr("%1 / trial %2: float %3").arg(parent.label).arg(result.trials.size() + 1)
                                                 .arg(floatLayers.join(QLatin1String(", ")));
        const int number = result.trials.size() + 1;
        RunContext context;
        context.parentId = parent.id;
        context.perLayer = false;
        const ExperimentOutcome outcome = runExperiment(spec, store, artifactDir, [&](double f, const QString &stage) {
            report(0.1 + 0.9 * (number - 1 + f) / options.maxTrials, tr("trial %1: %2").arg(number).arg(stage));
        }, cancel, context);
        SearchTrial t;
        t.id = outcome.id;
        t.floatLayers = floatLayers;
        t.record = outcome.record;
        t.shortfall = options.budget.shortfall(outcome.record);
        t.withinBudget = t.shortfall == 0;
        tried.insert(key, result.trials.size());
        result.trials << t;
        return &result.trials.last();
    };
    // Stops before a trial when a limit is reached; the reason, or nothing to go on.
    auto limit = [&]() -> std::optional<SearchStop> {
        if (cancelled())
            return SearchStop::Cancelled;
        if (result.trials.size() >= options.maxTrials)
            return SearchStop::TrialLimit;
        if (outOfTime())
            return SearchStop::TimeLimit;
        return std::nullopt;
    };

    // Fall back the most sensitive layers one at a time until the budget holds.
    QStringList floatLayers;
    const SearchTrial *last = trial(floatLayers);
    if (last->record.status == ExperimentStatus::Cancelled)
        return finish(SearchStop::Cancelled);
    if (last->record.status == ExperimentStatus::Failed) {
        result.error = last->record.error;
        return finish(SearchStop::Failed);
    }
    for (int i = 0; !last->withinBudget && i < result.ranking.size(); ++i) {
        if (const auto stop = limit())
            return finish(*stop);
        floatLayers << result.ranking.at(i);
        last = trial(floatLayers);
        if (last->record.status == ExperimentStatus::Cancelled)
            return finish(SearchStop::Cancelled);
    }
    if (!last->withinBudget)
        return finish(SearchStop::Exhausted);

    // Then put layers back, the last to fall back first, while the budget holds.
    for (int i = floatLayers.size() - 1; i >= 0; --i) {
        QStringList fewer = floatLayers;
        fewer.removeAt(i);
        // A config tried before costs nothing; only new trials count against the limits.
        if (!tried.contains(keyOf(fewer))) {
            if (const auto stop = limit())
                return finish(*stop);
        }
        const SearchTrial *t = trial(fewer);
        if (t->record.status == ExperimentStatus::Cancelled)
            return finish(SearchStop::Cancelled);
        if (t->withinBudget)
            floatLayers = fewer;
    }
    report(1.0, tr("done"));
    return finish(SearchStop::Found);
}

} // namespace qb
