#pragma once

#include "quant/engine.h"
#include "quant/quantconfig.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

// The experiment log's vocabulary: what one stored row is. Typed inside QuantBench; the names below
// are the only spellings used at the boundaries (the database, specs, JSON, CSV and the CLI), and the
// *Text() functions the only ones shown to a user.

namespace qb {

enum class ExperimentStatus {
    Running,     ///< started and not yet ended (or its process died: see Interrupted)
    Finished,
    Failed,      ///< ended with an error, which the row keeps
    Cancelled,   ///< the user stopped it
    Interrupted, ///< its process ended without recording an end (killed, crashed, powered off)
};
QString statusName(ExperimentStatus status);              ///< "finished", ...
std::optional<ExperimentStatus> statusFromName(const QString &name);
QString statusText(ExperimentStatus status);              ///< in the user's language

/// What a row is: one experiment, a sensitivity sweep, or the parent row of a search.
enum class ExperimentKind { Experiment, Sensitivity, Search };
QString kindName(ExperimentKind kind);                    ///< "experiment", "sensitivity", "search"
std::optional<ExperimentKind> kindFromName(const QString &name);
QString kindText(ExperimentKind kind);

/// What a config does to the model overall (a layer's own mode is a QuantMode).
enum class ExperimentMode { Float, Dynamic, Static, Hybrid, Qat };
QString experimentModeName(ExperimentMode mode);          ///< "float", "dynamic", "static", "hybrid", "qat"
std::optional<ExperimentMode> experimentModeFromName(const QString &name);
QString experimentModeText(ExperimentMode mode);

enum class LogLevel { Info, Warning, Error };
QString logLevelName(LogLevel level);                     ///< "info", "warning", "error"
std::optional<LogLevel> logLevelFromName(const QString &name);

/// A file an experiment produced (the saved quantized model), with its hash.
struct ArtifactRecord {
    QString path;
    QString sha256;
};

/// One line of a job's log, kept with the experiment so a failed run explains itself.
struct LogRecord {
    QString at;      ///< ISO 8601, UTC
    LogLevel level = LogLevel::Info;
    QString message;
};

/// The hash that identifies what a spec asks for: SHA-256 of its compact JSON (keys sorted), as
/// stored in the log. Two runs of one spec share it; a sweep skips an item whose hash is finished.
QString specHash(const QJsonObject &spec);

/// Now, as the log stores times: ISO 8601, UTC, with milliseconds. Any thread.
QString logTimestamp();

/// One row of the experiment log as the browser and reports read it.
struct ExperimentRecord {
    qint64 id = 0;        ///< this log's row id
    QString uid;          ///< the run's id in every log (a merge keeps it); made when first stored
    QString specSha256;   ///< specHash(spec); set when stored
    ExperimentKind kind = ExperimentKind::Experiment;
    qint64 parentId = 0;  ///< the search or sweep this trial belongs to; 0 for none
    QString modelPath;
    QString modelSha256;
    qint64 modelSizeBytes = 0;  ///< the float model's file, for size ratios
    int modelLayerCount = 0;
    QString label;
    ExperimentMode mode = ExperimentMode::Float;
    QuantEngine engine = QuantEngine::None;
    ExperimentStatus status = ExperimentStatus::Running;
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
    /// Everything else measured, as stored: ExperimentDetails (experiment/experimentdetails.h) reads
    /// and writes it.
    QJsonObject details;
    QVector<ArtifactRecord> artifacts;
    QVector<LogRecord> log;

    double sizeRatio() const { return modelSizeBytes > 0 ? sizeBytes / double(modelSizeBytes) : qQNaN(); }
    bool isFinished() const { return status == ExperimentStatus::Finished; }
};

/// What one layer measured in an experiment: its quantization error, and for sensitivity sweeps the
/// score of the variant that switched it.
struct LayerMetricRecord {
    QString layer;
    QuantMode mode = QuantMode::Float;
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

} // namespace qb
