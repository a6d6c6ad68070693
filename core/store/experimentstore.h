#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace qb {

/// A file an experiment produced (the saved quantized model), with its hash.
struct ArtifactRecord {
    QString path;
    QString sha256;
};

/// One line of a job's log, kept with the experiment so a failed run explains itself.
struct LogRecord {
    QString at;      ///< ISO 8601, UTC
    QString level;   ///< "info", "warning", "error"
    QString message;
};

/// Now, as the log stores times: ISO 8601, UTC, with milliseconds. Any thread.
QString logTimestamp();

/// One row of the experiment log as the browser and reports read it.
struct ExperimentRecord {
    qint64 id = 0;
    QString kind = QStringLiteral("experiment"); ///< "experiment", "sensitivity", "search"
    qint64 parentId = 0;  ///< the search or sweep this trial belongs to; 0 for none
    QString modelPath;
    QString modelSha256;
    qint64 modelSizeBytes = 0;  ///< the float model's file, for size ratios
    int modelLayerCount = 0;
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
    /// Everything else measured: latency distributions, float baselines, top-5, per-class accuracy,
    /// confusion matrices, flipped samples, peak memory, notes.
    QJsonObject details;
    QVector<ArtifactRecord> artifacts;
    QVector<LogRecord> log;

    double sizeRatio() const { return modelSizeBytes > 0 ? sizeBytes / double(modelSizeBytes) : qQNaN(); }
};

/// What one layer measured in an experiment: its quantization error, and for sensitivity sweeps the
/// score of the variant that switched it.
struct LayerMetricRecord {
    QString layer;
    QString mode;
    double sqnrDb = qQNaN();        ///< activation SQNR (see LayerError)
    double weightError = qQNaN();   ///< ||w - q(w)|| / ||w||
    double weightSqnrDb = qQNaN();
    double weightMaxAbs = qQNaN();
    QVector<double> channelSqnrDb;
    double sensitivity = qQNaN();     ///< the sweep's score for this layer (accuracy, or agreement unlabelled)
    double sensitivitySqnrDb = qQNaN();
    int rank = 0;                     ///< 1 = most sensitive; 0 = not ranked
    QString note;                     ///< why the layer stayed float, for example
};

/// The SQLite experiment log (Qt SQL, QSQLITE): versioned schema with forward migrations, WAL,
/// foreign keys, a busy timeout so several processes can write. One connection per thread: an
/// ExperimentStore belongs to the thread that opened it. Every write is one transaction, so a
/// killed process loses at most the experiment it was writing.
class ExperimentStore final
{
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 2;

    ~ExperimentStore();
    ExperimentStore(ExperimentStore &&other) noexcept;
    ExperimentStore &operator=(ExperimentStore &&) = delete;
    Q_DISABLE_COPY(ExperimentStore)

    /// Opens (creating if needed) and migrates the log at `path`. On failure returns nullopt and sets
    /// *error to what is wrong and what to do (unreadable file, not a database, a newer schema).
    static std::optional<ExperimentStore> open(const QString &path, QString *error);

    /// Opens the log migrated only up to `version` (<= kSchemaVersion), as an older QuantBench left
    /// it: for migration tests.
    static std::optional<ExperimentStore> openAtVersion(const QString &path, int version, QString *error);

    /// The default log in the user's data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
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
        QString mode;
        QString engine;
        QString kind;   ///< "experiment", "sensitivity", "search"; empty for all
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

    /// Deletes an experiment and everything that belongs to it.
    bool removeExperiment(qint64 id, QString *error);

    /// PRAGMA integrity_check says "ok".
    bool checkIntegrity(QString *details = nullptr) const;

private:
    ExperimentStore(QString path, QString connection);
    bool migrate(int targetVersion, QString *error);

    QString m_path;
    QString m_connection; ///< the Qt SQL connection name, unique per store and thread
};

} // namespace qb
