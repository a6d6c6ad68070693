#pragma once

#include "eval/latency.h"
#include "eval/memoryprobe.h"
#include "experiment/experimentspec.h"
#include "quant/quantizer.h"
#include "store/experimentstore.h"

#include <atomic>
#include <optional>

namespace qb {

class ModelDocument;

/// What a run ended with: the row as stored (or as it would have been), its per-layer rows, and the
/// quantizer's report for callers that print it.
struct ExperimentOutcome {
    qint64 id = 0;                        ///< row id in the log, 0 when not stored
    ExperimentRecord record;              ///< finished, failed or cancelled
    QVector<LayerMetricRecord> layers;
    QString artifactPath;                 ///< the saved quantized model, when one was kept
    QString storeError;                   ///< the log could not be written (the run itself may be fine)
    std::optional<QuantizeReport> quantization; ///< what the quantizer did, when it ran and succeeded
};

/// The float model's timing that a group of runs (a demo, a search) shares: every run in the group
/// divides by these figures instead of timing the float model again, so that no speedup divides
/// latencies taken in different runs by each other.
struct SharedBaseline {
    LatencyStats asLoaded;
    LatencyStats optimized;
    std::optional<MemoryProbe> floatMemory;  ///< the float model's memory, when the run measured it
    std::optional<ScalingCurve> floatScaling; ///< its scaling curve, when the run measured one
    qint64 experimentId = 0; ///< the stored run that timed them; 0 when they were timed outside one
    QString group;           ///< "demo", "search 12": shown beside the figures

    /// The figure the group's speedups divide (fasterFloatForm).
    const LatencyStats &baseline() const { return fasterFloatForm(asLoaded, optimized); }

    /// The float timing of a finished run, shared under `group`; nullopt when it timed nothing.
    static std::optional<SharedBaseline> fromOutcome(const ExperimentOutcome &outcome, const QString &group);
    enum class Parts { TimingAndMemory, TimingOnly };
    /// Times a spec's float model once (both forms, at the spec's benchmark batch and threads) and,
    /// unless `parts` says otherwise, measures its memory in a process of its own, so that the
    /// group's runs start no float probe of their own. nullopt and *error set when the model cannot
    /// be opened or timed; a failed memory probe only leaves floatMemory empty.
    static std::optional<SharedBaseline> measure(const ExperimentSpec &spec, const QString &group, QString *error,
                                                 Parts parts = Parts::TimingAndMemory);
};

/// Where a run sits in the log and what it measures beyond the spec.
struct RunContext {
    qint64 parentId = 0;   ///< a trial of a search or sweep points at it
    ExperimentKind kind = ExperimentKind::Experiment;
    bool perLayer = true;  ///< measure per-layer SQNR and weight error (a simulation; costs one more calibration)
    QString artifactPath;  ///< save the quantized model exactly here (else a generated name in the artifact folder)
    TrainingStepCallback onTrainingStep; ///< QAT steps as they happen (on the running thread)
    /// The group's float timing. Used when it was timed at the spec's batch and threads; the run
    /// then does not time the float model itself.
    std::optional<SharedBaseline> baseline;
};

/// The named stages of a run, in order. The job log records each as it starts.
enum class RunStage { Open, Quantize, PerLayer, Evaluate, Time, Scaling, Profile, Save, Memory, Store };
QString runStageText(RunStage stage); ///< in the user's language

/// Runs an experiment spec end to end: open the model; quantize it (plan, calibrate or train,
/// convert) unless it is a float baseline; measure per-layer errors on a simulation of the same
/// config; evaluate against the float model; time both in their deployment forms; profile their
/// operators; save the quantized model under `artifactDir` (a temporary file when empty, to measure
/// its size); measure each form's peak memory in a process of its own; and store the result
/// in `store` when given, with its log and artifacts. Failed and cancelled runs are stored too, with
/// their error. Blocking; never throws.
ExperimentOutcome runExperiment(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                                const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr,
                                const RunContext &context = {});

/// When the model's input spec is only a guess (or unknown), the shapes and dtypes of the first of
/// `data` that carries its own (tensor files, named CSV columns) replace it: data wins over a guess.
void adoptDataInputs(ModelDocument &document, const QVector<DataSpec> &data);

/// Opens a spec's model, with the spec's input shape when it gives one, else the shapes of its data
/// when the model's are only guessed. Returns nullptr and sets *error (a bad shape, a file that
/// cannot be opened) on failure.
std::shared_ptr<ModelDocument> openSpecModel(const ExperimentSpec &spec, QString *error);

} // namespace qb
