#pragma once

#include "experiment/experimentrunner.h"
#include "experiment/sensitivity.h"

#include <atomic>

namespace qb {

/// What a config must keep: at most this much top-1 accuracy below float (a fraction: 0.005 is half
/// a point) and/or at least this share of equal predictions. NaN leaves a bound out.
struct AccuracyBudget {
    double maxAccuracyDrop = qQNaN();
    double minAgreement = qQNaN();

    bool isSet() const { return !std::isnan(maxAccuracyDrop) || !std::isnan(minAgreement); }
    /// How far a finished experiment misses the budget (0 when within it; NaN when it cannot tell,
    /// e.g. an accuracy bound on unlabelled data).
    double shortfall(const ExperimentRecord &r) const;
    QString describe() const; ///< "accuracy drop <= 0.50 points, agreement >= 99.0%"
};

enum class SearchObjective { Latency, Size };
QString searchObjectiveName(SearchObjective objective); ///< "latency", "size"
std::optional<SearchObjective> searchObjectiveFromName(const QString &name);

struct SearchOptions {
    ExperimentSpec spec;          ///< the fully quantized starting point
    AccuracyBudget budget;
    SearchObjective objective = SearchObjective::Latency;
    int maxTrials = 20;           ///< real experiments, not counting the sensitivity sweep
    double timeLimitSeconds = 0;  ///< 0 = none; checked between trials
    SweepMode ranking = SweepMode::OneOn;
    /// With the latency objective: first compare the whole-model choices (the spec as given, dynamic,
    /// static, hybrid) and search from the fastest within budget, and at the end try in float the
    /// layers int8 tends to slow down (convolutions with few input channels).
    bool wholeModelChoices = true;
};

/// Why a search stopped.
enum class SearchStop { Found, TrialLimit, TimeLimit, Cancelled, Exhausted, Failed };
QString searchStopName(SearchStop stop); ///< "found", "trial limit", "time limit", "cancelled", "exhausted", "failed"
std::optional<SearchStop> searchStopFromName(const QString &name);

struct SearchTrial {
    qint64 id = 0;
    QString choice;         ///< the whole-model choice it starts from ("as given", "dynamic", ...)
    QStringList floatLayers;
    ExperimentRecord record;
    bool withinBudget = false;
    double shortfall = qQNaN();
};

/// True when a is a better trial than b: within budget beats outside it; within budget, the better
/// objective (then fewer float layers); outside it, the smaller shortfall.
bool betterTrial(const SearchTrial &a, const SearchTrial &b, SearchObjective objective);

struct SearchResult {
    bool ok = false;        ///< the search ran (whether or not a config met the budget)
    bool cancelled = false;
    QString error;
    qint64 id = 0;          ///< the search's own row (kind "search"); its trials point at it
    QStringList ranking;    ///< most sensitive first
    QVector<SearchTrial> trials;
    int best = -1;          ///< index in trials: the best within budget, else the closest to it
    bool metBudget = false;
    SearchStop stopReason = SearchStop::Failed;
    double baselineMs = qQNaN(); ///< the float model's latency every trial's speedup divides
    double baselineEndMs = qQNaN(); ///< the same, timed again after the last trial (latency objective)
};

/// Finds the set of layers to keep in float so the config meets the budget, fastest (or smallest)
/// first (for latency, after picking the fastest whole-model choice within budget; see SearchOptions): starting from everything quantized, it falls back the most sensitive layers one at a time
/// until the budget holds, then tries to put each fallen-back layer back (in reverse order) while the
/// budget still holds. Every trial is a real experiment stored in the log as a child of the search's
/// row, so a cancelled or cut-off search keeps its trials; the best found is reported even when none
/// meets the budget. Blocking; never throws.
SearchResult runSearch(const SearchOptions &options, ExperimentStore *store, const QString &artifactDir,
                       const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace qb
