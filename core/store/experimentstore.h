#pragma once

#include "store/records.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace qb {

/// The experiment log: an SQLite file (Qt SQL, QSQLITE: versioned schema with forward migrations,
/// WAL, foreign keys, a busy timeout so several processes can write), or a database on a PostgreSQL
/// server shared by a team (QPSQL; a postgresql://USER@HOST:PORT/DATABASE URL, see serverstore.cpp)
/// with the same tables. One connection per thread: an ExperimentStore belongs to the thread that
/// opened it. Every write is one transaction, so a killed process loses at most the experiment it
/// was writing.
class ExperimentStore final
{
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 4;
    /// The oldest schema this build can read without migrating it (a read-only log is not migrated).
    static constexpr int kReadableSchemaVersion = 2;

    enum class Access {
        ReadWrite, ///< created if missing, migrated, stale "running" rows marked interrupted
        ReadOnly,  ///< for reading and reports: never written, works on read-only storage
    };

    ~ExperimentStore();
    ExperimentStore(ExperimentStore &&other) noexcept;
    ExperimentStore &operator=(ExperimentStore &&) = delete;
    Q_DISABLE_COPY(ExperimentStore)

    /// Opens (creating if needed) and migrates the log at `path`, a file or a postgresql:// URL. On
    /// failure returns nullopt and sets *error to what is wrong and what to do (unreadable file, not
    /// a database, a newer schema, a server that cannot be reached or refuses the user).
    static std::optional<ExperimentStore> open(const QString &path, QString *error, Access access = Access::ReadWrite);

    /// True for postgresql:// and postgres:// URLs.
    static bool isServerUrl(const QString &location);

    /// Opens the log migrated only up to `version` (<= kSchemaVersion), as an older QuantBench left
    /// it: for migration tests.
    static std::optional<ExperimentStore> openAtVersion(const QString &path, int version, QString *error);

    /// The default log in the user's data folder.
    static QString defaultPath();
    /// Where quantized models of runs recorded into the log at `location` go unless told otherwise:
    /// an "artifacts" folder beside the log file; for a log on a server, which has no folder beside
    /// it, the one beside the default log in the user's data folder.
    static QString defaultArtifactFolder(const QString &location);

    /// The file's absolute path, or the server log's URL (without a password).
    QString path() const { return m_path; }
    /// The log lives on a PostgreSQL server.
    bool isServer() const { return m_server; }
    int schemaVersion() const;

    /// Adds an experiment with its metrics and per-layer rows in one transaction; returns its id, or
    /// 0 and sets *error.
    qint64 addExperiment(const ExperimentRecord &record, const QVector<LayerMetricRecord> &layers, QString *error);

    /// Rewrites an experiment's status, end time, error, label, metrics and details (a search's row,
    /// added as "running" when it starts, is finished this way). Per-layer rows are left alone.
    bool updateExperiment(const ExperimentRecord &record, QString *error);

    /// Sort keys for listExperiments.
    enum class SortKey {
        Id, StartedAt, Label, Mode, Engine, Accuracy, LatencyMedian, Size, SqnrDb,
        Model, Kind, Status, SizeRatio, LatencyP90, Speedup, AccuracyDelta, Agreement
    };

    /// A page of experiments, sorted; filters match a substring of label/model and exact mode/engine.
    struct Query {
        SortKey sort = SortKey::Id;
        bool descending = false;
        QString text;   ///< in label or model path
        std::optional<ExperimentMode> mode;
        std::optional<QuantEngine> engine;
        std::optional<ExperimentKind> kind; ///< unset for all
        QString startedAfter; ///< ISO 8601; empty for no bound
        QString startedBefore;
        int offset = 0;
        int limit = 100;
    };
    QVector<ExperimentRecord> listExperiments(const Query &query, QString *error = nullptr) const;
    int countExperiments(QString *error = nullptr) const;
    /// How many experiments match a query's filters (its sort, offset and limit are ignored).
    int countExperiments(const Query &query, QString *error = nullptr) const;
    std::optional<ExperimentRecord> experiment(qint64 id) const;
    QVector<LayerMetricRecord> layerMetrics(qint64 experimentId) const;
    /// The experiments of a search or sweep (parent_id = id), oldest first.
    QVector<ExperimentRecord> children(qint64 parentId) const;

    /// Every run of these specs (by specHash, see records.h), oldest first: what a sweep has done.
    QVector<ExperimentRecord> runsOfSpecs(const QStringList &specHashes, QString *error = nullptr) const;

    /// What merge() did.
    struct MergeCount {
        int added = 0;        ///< experiments new to this log
        int present = 0;      ///< already here (by run id): left alone
        int running = 0;      ///< not ended in the source: left for a later merge
        int copiedArtifacts = 0;
    };
    /// Adds every ended experiment of `source` that this log does not hold yet (by run id), with its
    /// per-layer rows, job log and artifacts, and links trials to their search or sweep rows when
    /// both are here. Idempotent: merging again adds nothing. Artifacts are referenced where they are,
    /// or copied into `copyArtifactsTo` when it is given. Each experiment is its own transaction, so
    /// an interrupted merge loses nothing and a second one finishes it. nullopt and *error on failure.
    std::optional<MergeCount> merge(const ExperimentStore &source, const QString &copyArtifactsTo, QString *error);

    /// Deletes an experiment and everything that belongs to it.
    bool removeExperiment(qint64 id, QString *error);

    /// PRAGMA integrity_check says "ok".
    bool checkIntegrity(QString *details = nullptr) const;

private:
    ExperimentStore(QString path, QString connection);
    static std::optional<ExperimentStore> openReadOnly(const QString &path, QString *error);
    static std::optional<ExperimentStore> openServer(const QString &url, QString *error, Access access);
    bool createServerSchema(QString *error);
    bool migrate(int targetVersion, QString *error);
    bool checkTables(QString *error) const;
    int markInterrupted();

    QString m_path;
    QString m_connection; ///< the Qt SQL connection name, unique per store and thread
    bool m_runIds = true; ///< the log has run ids and spec hashes (schema 4)
    bool m_server = false; ///< PostgreSQL (QPSQL), not an SQLite file
};

} // namespace qb
