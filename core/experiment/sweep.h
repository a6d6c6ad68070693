#pragma once

#include "experiment/experimentspec.h"
#include "experiment/search.h"
#include "store/records.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace qb {

class ExperimentStore;

/// One experiment of a sweep: a spec, and the grid values that made it.
struct SweepItem {
    int index = 0;        ///< position in the sweep's plan, from 0
    QString id;           ///< the first 12 hex digits of the spec's hash: stable while the spec is
    QString specSha256;   ///< specHash(spec.toJson()), as the log stores it
    QJsonObject axes;     ///< {"model": ..., "mode": ..., "engine": ..., ...}: what this item varies
    ExperimentSpec spec;
};

/// A search run as a sweep: the trials of the search's fall-back phase all at once. Item k keeps the
/// k layers the sensitivity ranking names most sensitive in float (item 0 is the base spec fully
/// quantized), for k up to maxTrials - 1 or all ranked layers but one; the budget and objective
/// then pick the best finished item (bestSearchItem).
struct SweepSearch {
    AccuracyBudget budget;
    SearchObjective objective = SearchObjective::Latency;
    SweepMode ranking = SweepMode::OneOn;
    int maxTrials = 20;
};

/// A search sweep's ranking, as its file holds it: computed once, by whichever process needs it
/// first, so that every shard (on any machine) plans the same items.
struct SweepRanking {
    QString specSha256;     ///< the base spec it ranks
    SweepMode mode = SweepMode::OneOn;
    QStringList layers;     ///< most sensitive first
    QString metric;         ///< "accuracy" or "agreement"
    QVector<double> impact; ///< per layer, as LayerSensitivity::impact (a share of samples: 0.01 is one point)
    QString experimentUid;  ///< the stored sensitivity sweep it came from

    QJsonObject toJson() const;
    /// nullopt and *error (naming what is wrong) when the file's object is not a ranking.
    static std::optional<SweepRanking> fromJson(const QJsonObject &json, QString *error);
};

/// A grid of experiments from a sweep file (README, "Running on a cluster"): a base spec, and lists
/// of models, modes, engines, weight schemes, observers and layers kept float to vary it by. Every
/// combination is one item; combinations that come out as the same spec are one item. Items are
/// numbered in a fixed order, so every process reading the file plans the same list. A sweep file
/// with "search" instead of "grid" plans a search's trials from a sensitivity ranking (SweepSearch).
struct Sweep {
    QString path;  ///< the sweep file
    QString name;
    QVector<SweepItem> items;
    ExperimentSpec base;               ///< the spec every item starts from (model path absolute)
    std::optional<SweepSearch> search; ///< set for a search sweep
    QString rankingPath;               ///< a search sweep's ranking file, beside the sweep file

    /// A search sweep whose ranking is not computed yet has no items: they depend on it.
    bool awaitsRanking() const { return search && items.isEmpty(); }
    /// Plans a search sweep's items from its ranking (replacing any).
    void planSearch(const SweepRanking &ranking);
    /// Reads the ranking file and plans from it; false (and *error empty) when there is none yet.
    bool planFromRankingFile(QString *error);

    /// Reads and expands a sweep file. Relative paths (models, data, and a base spec given as a
    /// file) are relative to the sweep file. "float_layers": "each" opens each model to list its layers.
    /// nullopt and *error (naming the key) when the file is not a valid sweep.
    static std::optional<Sweep> read(const QString &path, QString *error);
    static std::optional<Sweep> fromJson(const QJsonObject &json, const QString &folder, QString *error);

    /// The items of shard `index` of `count`: every count-th item from the index-th. Shards never
    /// share an item, and together they hold them all.
    QVector<SweepItem> shard(int index, int count) const;
};

/// "I/N" of `--shard`: index I of N shards, 0 <= I < N.
struct ShardChoice {
    int index = 0;
    int count = 1;
    /// nullopt and *error for a malformed text, N of zero, or I out of range.
    static std::optional<ShardChoice> parse(const QString &text, QString *error);
};

/// Where an item stands in a log.
enum class ItemState { Done, Running, Failed, Missing };
QString itemStateName(ItemState state); ///< "done", "running", "failed", "missing"

struct ItemStatus {
    ItemState state = ItemState::Missing;
    qint64 experimentId = 0; ///< the row that decided the state (the finished one, else the latest)
    QString error;           ///< a failed item's error
};

/// The grid values of an item as one phrase for tables: "static onednn mse float conv1".
QString describeAxes(const SweepItem &item);

/// Every run of these items' specs in a log (ExperimentStore::runsOfSpecs by their hashes).
QVector<ExperimentRecord> sweepRuns(const QVector<SweepItem> &items, const ExperimentStore &store, QString *error);

/// Each item's state from the runs of its spec (ExperimentStore::runsOfSpecs): done when any run
/// finished, else running when one still runs, else failed (failed, cancelled or interrupted),
/// else missing. In the order of `items`.
QVector<ItemStatus> sweepStatus(const QVector<SweepItem> &items, const QVector<ExperimentRecord> &runs);

/// The best finished item of a search sweep: within budget beats outside it, then the objective,
/// then fewer float layers (as runSearch picks). -1 when no item has finished.
struct SearchPick {
    int item = -1;           ///< index into the sweep's items
    qint64 experimentId = 0;
    bool withinBudget = false;
    double shortfall = qQNaN();
};
SearchPick bestSearchItem(const Sweep &sweep, const QVector<ItemStatus> &states, const QVector<ExperimentRecord> &runs);

/// Makes sure a search sweep has its ranking: reads the ranking file, or, when there is none, takes
/// a lock beside it, runs the sensitivity sweep of the base spec (stored in `store`), writes the file
/// and plans. Another process computing it meanwhile is waited for (`waiting` is told once, with
/// what it waits for). false and *error when the ranking cannot be had; *rankedHere says whether
/// this call computed it.
bool ensureSweepRanking(Sweep &sweep, ExperimentStore *store, const ProgressCallback &progress,
                        const std::function<void(const QString &)> &waiting, const std::atomic_bool *cancel,
                        QString *error, bool *rankedHere = nullptr);

/// What an emitted Slurm script runs.
struct SlurmScriptOptions {
    QString program;      ///< quantbench-cli, absolute
    QString sweepFile;    ///< absolute
    QString db;           ///< the log each task writes; "{shard}" becomes the task's index
    QString artifacts;    ///< folder for quantized models; empty for the default beside the log
    int shards = 1;
    int threads = 1;      ///< intra-op threads per task (and the CPUs it asks Slurm for)
    QString logFolder;    ///< where Slurm writes each task's output
    QString partition;    ///< empty for the cluster's default
    QString timeLimit;    ///< Slurm's --time, empty for the default
};

/// An sbatch script running the sweep as a job array of `shards` tasks, each calling
/// `quantbench-cli --threads T sweep FILE --shard $SLURM_ARRAY_TASK_ID/N --db DB`.
QString slurmScript(const Sweep &sweep, const SlurmScriptOptions &options);

} // namespace qb
