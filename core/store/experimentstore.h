#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace qb {

/// One row of the experiment log as the browser and reports read it.
struct ExperimentRecord {
    qint64 id = 0;
    QString modelPath;
    QString modelSha256;
    QString label;
    QString mode;      ///< float, dynamic, static, hybrid, qat
    QString engine;
    QString status;    ///< finished, failed, cancelled, running
    QString startedAt; ///< ISO 8601, UTC
    QString finishedAt;
    QString error;
    QJsonObject spec;        ///< the experiment spec, so the row can be re-run exactly
    QJsonObject environment; ///< LibTorch version, engine, ISA, BLAS, threads, host
    // Metrics; NaN when not measured.
    double sizeBytes = qQNaN();
    double latencyMedianMs = qQNaN();
    double latencyP90Ms = qQNaN();
    double speedup = qQNaN();
    double accuracy = qQNaN();
    double accuracyDelta = qQNaN();
    double agreement = qQNaN();
    double sqnrDb = qQNaN();
};

struct LayerMetricRecord {
    QString layer;
    QString mode;
    double sqnrDb = qQNaN();
    double weightError = qQNaN();
};

/// The SQLite experiment log (Qt SQL, QSQLITE): versioned schema with forward migrations, WAL,
/// foreign keys, a busy timeout so several processes can write. One connection per thread: an
/// ExperimentStore belongs to the thread that opened it. Every write is one transaction, so a
/// killed process loses at most the experiment it was writing.
class ExperimentStore final
{
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 1;

    ~ExperimentStore();
    ExperimentStore(ExperimentStore &&other) noexcept;
    ExperimentStore &operator=(ExperimentStore &&) = delete;
    Q_DISABLE_COPY(ExperimentStore)

    /// Opens (creating if needed) and migrates the log at `path`. On failure returns nullopt and sets
    /// *error to what is wrong and what to do (unreadable file, not a database, a newer schema).
    static std::optional<ExperimentStore> open(const QString &path, QString *error);

    /// The default log in the user's data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const;

    /// Adds an experiment with its metrics and per-layer rows in one transaction; returns its id, or
    /// 0 and sets *error.
    qint64 addExperiment(const ExperimentRecord &record, const QVector<LayerMetricRecord> &layers, QString *error);

    /// Sort keys for listExperiments.
    enum class SortKey { Id, StartedAt, Label, Mode, Engine, Accuracy, LatencyMedian, Size, SqnrDb };

    /// A page of experiments, sorted; filters match a substring of label/model and exact mode/engine.
    struct Query {
        SortKey sort = SortKey::Id;
        bool descending = false;
        QString text;   ///< in label or model path
        QString mode;
        QString engine;
        int offset = 0;
        int limit = 100;
    };
    QVector<ExperimentRecord> listExperiments(const Query &query, QString *error = nullptr) const;
    int countExperiments(QString *error = nullptr) const;
    std::optional<ExperimentRecord> experiment(qint64 id) const;
    QVector<LayerMetricRecord> layerMetrics(qint64 experimentId) const;

    /// Deletes an experiment and everything that belongs to it.
    bool removeExperiment(qint64 id, QString *error);

    /// PRAGMA integrity_check says "ok".
    bool checkIntegrity(QString *details = nullptr) const;

private:
    ExperimentStore(QString path, QString connection);
    bool migrate(QString *error);

    QString m_path;
    QString m_connection; ///< the Qt SQL connection name, unique per store and thread
};

} // namespace qb
