#include "experiment/search.h"

#include "experiment/experimentdetails.h"

#include "env/environment.h"
#include "model/modeldocument.h"
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

} // namespace

bool betterTrial(const SearchTrial &a, const SearchTrial &b, SearchObjective objective)
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

namespace {

/// A starting config for the search: the spec as given, or a whole-model choice (latency objective).
struct Choice {
    QString name;         ///< "as given", "dynamic", "static", "hybrid"
    ExperimentSpec spec;
};

/// One search, step by step: its own row first, the float baseline its trials share, then (for
/// latency) the whole-model choices, the ranking, the fall-back and put-back passes and (for latency)
/// the speed fall-backs, each trial a stored experiment; finish() records whatever it got to.
class SearchRun
{
public:
    SearchRun(const SearchOptions &options, ExperimentStore *store, const QString &artifactDir,
              const ProgressCallback &progress, const std::atomic_bool *cancel)
        : m_options(options), m_store(store), m_artifactDir(artifactDir), m_progress(progress), m_cancel(cancel)
    {
        m_base = {tr("as given"), options.spec};
    }

    SearchResult run()
    {
        if (!m_options.budget.isSet()) {
            m_result.error = tr("Give the search a budget: a largest accuracy drop or a smallest agreement.");
            return m_result;
        }
        if (m_options.maxTrials < 1) {
            m_result.error = tr("The trial limit must be at least 1.");
            return m_result;
        }
        if (!start())
            return m_result;
        m_clock.start();
        if (!timeBaseline())
            return finish(SearchStop::Failed);
        const bool forSpeed = m_options.objective == SearchObjective::Latency && m_options.wholeModelChoices;
        QStringList floatLayers;
        if (forSpeed) {
            if (const auto stop = chooseWholeModel(&floatLayers))
                return finish(*stop);
        }
        if (const auto stop = fallBack(&floatLayers))
            return finish(*stop);
        if (const auto stop = putBack(&floatLayers))
            return finish(*stop);
        if (forSpeed) {
            if (const auto stop = speedFallBacks(&floatLayers))
                return finish(*stop);
        }
        report(1.0, tr("done"));
        return finish(SearchStop::Found);
    }

private:
    void report(double fraction, const QString &stage)
    {
        if (m_progress)
            m_progress(std::clamp(fraction, 0.0, 1.0), stage);
    }

    /// The search's own row comes first, so every trial can point at it even if this process dies.
    bool start()
    {
        const ExperimentSpec &spec = m_options.spec;
        ExperimentRecord &parent = m_parent;
        parent.kind = ExperimentKind::Search;
        parent.modelPath = QFileInfo(spec.modelPath).absoluteFilePath();
        parent.label = spec.label.isEmpty()
                           ? tr("search: %1, %2").arg(m_options.budget.describe(), searchObjectiveName(m_options.objective))
                           : spec.label;
        parent.mode = experimentMode(spec);
        parent.engine = spec.quantization.engine;
        parent.spec = spec.toJson();
        parent.startedAt = logTimestamp();
        parent.status = ExperimentStatus::Running;
        parent.environment = collectEnvironment().toJson();
        if (!m_store)
            return true;
        parent.id = m_store->addExperiment(parent, {}, &m_result.error);
        m_result.id = parent.id;
        return parent.id > 0;
    }

    /// Times the float model once: every trial's speedup divides by this figure.
    bool timeBaseline()
    {
        report(0.0, tr("timing the float model"));
        if (m_options.spec.benchmarkRuns <= 0)
            return true;
        const QString group = m_parent.id > 0 ? tr("search %1").arg(m_parent.id) : tr("search");
        m_baseline = SharedBaseline::measure(m_options.spec, group, &m_result.error);
        if (!m_baseline)
            return false;
        m_baseline->experimentId = m_parent.id;
        m_result.baselineMs = m_baseline->baseline().medianMs;
        return true;
    }

    /// The whole-model choices the latency objective compares: the spec as given, dynamic, static and
    /// (when the model has both convolutions and Linear or recurrent layers) hybrid, each with the
    /// spec's engine, observers and weight scheme. Choices the engine cannot run are left out.
    QVector<Choice> wholeModelChoices(const ModelInfo &info) const
    {
        QVector<Choice> choices{m_base};
        const ExperimentMode given = experimentMode(m_options.spec);
        QStringList convolutions, denseOrRecurrent;
        for (const LayerInfo &l : info.layers) {
            if (l.kind.kind == LayerKind::Convolution)
                convolutions << l.name;
            else if (l.kind.kind == LayerKind::Linear || l.kind.kind == LayerKind::Recurrent)
                denseOrRecurrent << l.name;
        }
        auto add = [&](ExperimentMode mode, const QString &name, QuantMode defaults, const QStringList &dynamicLayers) {
            if (mode == given)
                return;
            ExperimentSpec spec = m_options.spec;
            spec.quantize = true;
            spec.quantization.defaults.mode = defaults;
            for (auto it = spec.quantization.layers.begin(); it != spec.quantization.layers.end(); ++it)
                if (it->mode != QuantMode::Float && it->mode != QuantMode::WeightOnly)
                    it->mode = defaults;
            for (const QString &layer : dynamicLayers)
                spec.quantization.setLayerMode(layer, QuantMode::Dynamic);
            if (validateConfig(spec.quantization, supportedEngines()).isEmpty())
                choices << Choice{name, spec};
        };
        add(ExperimentMode::Dynamic, tr("dynamic"), QuantMode::Dynamic, {});
        add(ExperimentMode::Static, tr("static"), QuantMode::Static, {});
        if (!convolutions.isEmpty() && !denseOrRecurrent.isEmpty())
            add(ExperimentMode::Hybrid, tr("hybrid"), QuantMode::Static, denseOrRecurrent);
        return choices;
    }

    /// The convolutions int8 tends to slow down rather than speed up: fewer than four input channels
    /// (the first layer of an image model) leave too little work per output to pay for quantizing.
    QStringList slowInInt8() const
    {
        QStringList layers;
        for (auto it = m_convolutionInputs.cbegin(); it != m_convolutionInputs.cend(); ++it)
            if (it.value() < 4)
                layers << it.key();
        return layers;
    }

    /// Runs every whole-model choice fully quantized, and the ones with int8 convolutions once more
    /// with slowInInt8() in float, and goes on from the best (the fastest within budget, else the
    /// closest to it) with its float layers.
    std::optional<SearchStop> chooseWholeModel(QStringList *floatLayers)
    {
        QString error;
        const auto document = openSpecModel(m_options.spec, &error);
        if (!document) {
            m_result.error = error;
            return SearchStop::Failed;
        }
        m_convolutionInputs.clear();
        for (const LayerInfo &l : document->info().layers)
            if (l.kind.kind == LayerKind::Convolution)
                for (const TensorInfo &t : l.tensors)
                    if (t.name == QLatin1String("weight") && t.shape.size() >= 2)
                        m_convolutionInputs.insert(l.name, int(t.shape.at(1)));
        const QVector<Choice> choices = wholeModelChoices(document->info());
        int best = -1;
        const QStringList slow = slowInInt8();
        for (const Choice &choice : choices) {
            m_base = choice;
            QList<QStringList> variants{{}};
            if (!slow.isEmpty() && choice.spec.quantization.defaults.mode != QuantMode::Dynamic)
                variants << slow;
            for (const QStringList &floats : std::as_const(variants)) {
                if (const auto stop = limit())
                    return stop;
                const SearchTrial &t = trial(floats);
                if (t.record.status == ExperimentStatus::Cancelled)
                    return SearchStop::Cancelled;
                if (best < 0 || betterTrial(t, m_result.trials.at(best), m_options.objective))
                    best = m_result.trials.size() - 1;
            }
        }
        const SearchTrial &chosen = m_result.trials.at(best);
        for (const Choice &choice : choices)
            if (choice.name == chosen.choice)
                m_base = choice;
        *floatLayers = chosen.floatLayers;
        m_keptForSpeed = chosen.floatLayers;
        return std::nullopt;
    }

    /// Ranks the layers of the current base config on a simulation calibrated once (the first time a
    /// fall-back is needed); a reason to stop, or nothing.
    std::optional<SearchStop> rank()
    {
        if (m_ranked)
            return std::nullopt;
        report(0.05, tr("ranking layers"));
        const SensitivityResult sweep = runSensitivity(m_base.spec, m_options.ranking, m_store,
                                                       [this](double f, const QString &stage) { report(0.05 + 0.05 * f, stage); },
                                                       m_cancel, m_parent.id);
        if (sweep.cancelled)
            return SearchStop::Cancelled;
        if (!sweep.ok) {
            m_result.error = sweep.error;
            return SearchStop::Failed;
        }
        for (const LayerSensitivity &s : sweep.layers)
            m_result.ranking << s.layer;
        m_ranked = true;
        return std::nullopt;
    }

    QString keyOf(QStringList layers) const
    {
        layers.sort();
        return m_base.name + QLatin1Char('|') + layers.join(QLatin1Char(','));
    }

    /// Runs (or looks up) the base config with exactly these layers in float.
    const SearchTrial &trial(QStringList floatLayers)
    {
        floatLayers.sort();
        const QString key = keyOf(floatLayers);
        if (m_tried.contains(key))
            return m_result.trials.at(m_tried.value(key));
        ExperimentSpec spec = m_base.spec;
        for (const QString &layer : floatLayers)
            spec.quantization.setLayerMode(layer, QuantMode::Float);
        const int number = m_result.trials.size() + 1;
        const QString what = m_options.objective == SearchObjective::Latency && m_options.wholeModelChoices
                                 ? m_base.name + QLatin1String(", ") : QString();
        spec.label = floatLayers.isEmpty() ? tr("%1 / trial %2: %3all quantized").arg(m_parent.label).arg(number).arg(what)
                                           : tr("%1 / trial %2: %3float %4").arg(m_parent.label).arg(number).arg(what)
                                                 .arg(floatLayers.join(QLatin1String(", ")));
        RunContext context;
        context.parentId = m_parent.id;
        context.perLayer = false;
        context.baseline = m_baseline;
        const ExperimentOutcome outcome = runExperiment(spec, m_store, m_artifactDir, [&](double f, const QString &stage) {
            report(0.1 + 0.9 * (number - 1 + f) / m_options.maxTrials, tr("trial %1: %2").arg(number).arg(stage));
        }, m_cancel, context);
        SearchTrial t;
        t.id = outcome.id;
        t.choice = m_base.name;
        t.floatLayers = floatLayers;
        t.record = outcome.record;
        t.shortfall = m_options.budget.shortfall(outcome.record);
        t.withinBudget = t.shortfall == 0;
        m_tried.insert(key, m_result.trials.size());
        m_result.trials << t;
        return m_result.trials.last();
    }

    /// Stops before a new trial when a limit is reached; the reason, or nothing to go on.
    std::optional<SearchStop> limit() const
    {
        if (m_cancel && m_cancel->load())
            return SearchStop::Cancelled;
        if (m_result.trials.size() >= m_options.maxTrials)
            return SearchStop::TrialLimit;
        if (m_options.timeLimitSeconds > 0 && m_clock.nsecsElapsed() / 1e9 >= m_options.timeLimitSeconds)
            return SearchStop::TimeLimit;
        return std::nullopt;
    }

    /// Falls back the most sensitive layers one at a time until the budget holds.
    std::optional<SearchStop> fallBack(QStringList *floatLayers)
    {
        if (const auto stop = limit(); stop && !m_tried.contains(keyOf(*floatLayers)))
            return stop;
        const SearchTrial *last = &trial(*floatLayers);
        if (last->record.status == ExperimentStatus::Cancelled)
            return SearchStop::Cancelled;
        if (last->record.status == ExperimentStatus::Failed) {
            m_result.error = last->record.error;
            return SearchStop::Failed;
        }
        if (last->withinBudget)
            return std::nullopt;
        if (const auto stop = rank())
            return stop;
        last = &trial(*floatLayers);
        for (int i = 0; !last->withinBudget && i < m_result.ranking.size(); ++i) {
            if (const auto stop = limit())
                return stop;
            *floatLayers << m_result.ranking.at(i);
            last = &trial(*floatLayers);
            if (last->record.status == ExperimentStatus::Cancelled)
                return SearchStop::Cancelled;
        }
        if (!last->withinBudget)
            return SearchStop::Exhausted;
        return std::nullopt;
    }

    /// Puts layers back, the last to fall back first, while the budget holds.
    std::optional<SearchStop> putBack(QStringList *floatLayers)
    {
        for (int i = floatLayers->size() - 1; i >= 0; --i) {
            if (m_keptForSpeed.contains(floatLayers->at(i)))
                continue; // float for speed, not for accuracy
            QStringList fewer = *floatLayers;
            fewer.removeAt(i);
            // A config tried before costs nothing; only new trials count against the limits.
            if (!m_tried.contains(keyOf(fewer))) {
                if (const auto stop = limit())
                    return stop;
            }
            const SearchTrial &t = trial(fewer);
            if (t.record.status == ExperimentStatus::Cancelled)
                return SearchStop::Cancelled;
            if (t.withinBudget)
                *floatLayers = fewer;
        }
        return std::nullopt;
    }

    /// Each layer of slowInInt8() still quantized in the final config is tried in float and kept
    /// there when the measured latency drops within budget.
    std::optional<SearchStop> speedFallBacks(QStringList *floatLayers)
    {
        if (m_base.spec.quantization.defaults.mode == QuantMode::Dynamic)
            return std::nullopt; // dynamic quantization leaves convolutions in float already
        for (const QString &layer : slowInInt8()) {
            if (floatLayers->contains(layer))
                continue;
            if (const auto stop = limit())
                return stop;
            const double before = objectiveValue(trial(*floatLayers).record, m_options.objective);
            QStringList more = *floatLayers;
            more << layer;
            const SearchTrial &t = trial(more);
            if (t.record.status == ExperimentStatus::Cancelled)
                return SearchStop::Cancelled;
            if (t.withinBudget && objectiveValue(t.record, m_options.objective) < before)
                *floatLayers = more;
        }
        return std::nullopt;
    }

    /// Picks the best trial and records the search's row, whatever the search got to.
    SearchResult finish(SearchStop reason)
    {
        SearchResult &result = m_result;
        result.stopReason = reason;
        if (m_baseline && m_options.objective == SearchObjective::Latency && !result.trials.isEmpty()
            && reason != SearchStop::Cancelled) {
            // Once more at the end: how far the machine drifted while the trials ran.
            QString ignored;
            if (const auto again = SharedBaseline::measure(m_options.spec, m_baseline->group, &ignored,
                                                             SharedBaseline::Parts::TimingOnly))
                result.baselineEndMs = again->baseline().medianMs;
        }
        result.cancelled = reason == SearchStop::Cancelled;
        for (int i = 0; i < result.trials.size(); ++i)
            if (result.best < 0 || betterTrial(result.trials.at(i), result.trials.at(result.best), m_options.objective))
                result.best = i;
        result.metBudget = result.best >= 0 && result.trials.at(result.best).withinBudget;
        result.ok = result.error.isEmpty();
        ExperimentDetails details;
        SearchDetails &summary = details.search.emplace();
        summary.budget = m_options.budget;
        summary.objective = m_options.objective;
        summary.maxTrials = m_options.maxTrials;
        summary.timeLimitSeconds = m_options.timeLimitSeconds;
        summary.ranking = result.ranking;
        for (const SearchTrial &t : std::as_const(result.trials))
            summary.trials << SearchDetails::Trial{t.id, t.floatLayers, t.withinBudget, t.shortfall, t.choice};
        summary.stopReason = reason;
        summary.metBudget = result.metBudget;
        if (m_baseline) {
            LatencyDetails &latency = details.latency.emplace();
            latency.floatAsLoaded = m_baseline->asLoaded;
            latency.floatOptimized = m_baseline->optimized;
            latency.baselineGroup = m_baseline->group;
        }
        ExperimentRecord &parent = m_parent;
        if (result.best >= 0) {
            const SearchTrial &b = result.trials.at(result.best);
            summary.bestId = b.id;
            summary.bestFloatLayers = b.floatLayers;
            summary.bestShortfall = b.shortfall;
            summary.bestChoice = b.choice;
            // The search's row reads as its best trial.
            const ExperimentRecord &r = b.record;
            std::tie(parent.sizeBytes, parent.latencyMedianMs, parent.latencyP90Ms, parent.speedup, parent.accuracy,
                     parent.accuracyDelta, parent.agreement, parent.sqnrDb) =
                std::tie(r.sizeBytes, r.latencyMedianMs, r.latencyP90Ms, r.speedup, r.accuracy, r.accuracyDelta, r.agreement, r.sqnrDb);
            parent.mode = r.mode;
            if (!std::isnan(result.baselineEndMs))
                details.notes << tr("The float model, timed again at the end: %1 ms against %2 ms at the start. Trial "
                                    "latencies taken minutes apart carry noise of this size.")
                                     .arg(result.baselineEndMs, 0, 'f', 3).arg(result.baselineMs, 0, 'f', 3);
            if (m_baseline && m_options.objective == SearchObjective::Latency && !std::isnan(r.speedup) && r.speedup < 1)
                details.notes << tr("No quantized config the search tried ran faster than the float model: the best took "
                                    "%1 ms against the float model's %2 ms.")
                                     .arg(r.latencyMedianMs, 0, 'f', 3).arg(r.latencyMedianMs * r.speedup, 0, 'f', 3);
        }
        parent.details = details.toJson();
        parent.status = result.cancelled ? ExperimentStatus::Cancelled
                                         : (result.error.isEmpty() ? ExperimentStatus::Finished : ExperimentStatus::Failed);
        parent.error = result.error;
        parent.finishedAt = logTimestamp();
        QString error;
        if (m_store && !m_store->updateExperiment(parent, &error) && result.error.isEmpty())
            result.error = error;
        return result;
    }

    const SearchOptions &m_options;
    ExperimentStore *m_store;
    const QString m_artifactDir;
    const ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    SearchResult m_result;
    ExperimentRecord m_parent;
    Choice m_base;                      ///< the config trials start from
    std::optional<SharedBaseline> m_baseline;
    bool m_ranked = false;
    QStringList m_keptForSpeed;         ///< float layers the whole-model phase chose for speed
    QMap<QString, int> m_convolutionInputs; ///< convolution -> input channels per group
    QHash<QString, int> m_tried;        ///< choice|sorted float set -> index in trials
    QElapsedTimer m_clock;
};

} // namespace

SearchResult runSearch(const SearchOptions &options, ExperimentStore *store, const QString &artifactDir,
                       const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    return SearchRun(options, store, artifactDir, progress, cancel).run();
}

} // namespace qb
