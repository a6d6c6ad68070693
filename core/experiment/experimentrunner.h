#pragma once

#include "experiment/experimentspec.h"
#include "quant/quantizer.h"
#include "store/experimentstore.h"

#include <atomic>

namespace qb {

class ModelDocument;

struct ExperimentOutcome {
    qint64 id = 0;                        ///< row id in the log, 0 when not stored
    ExperimentRecord record;              ///< finished, failed or cancelled
    QVector<LayerMetricRecord> layers;
    QString artifactPath;                 ///< the saved quantized model, when one was made
    QString storeError;                   ///< the log could not be written (the run itself may be fine)
};

/// Where a run sits in the log: a trial of a search or sweep points at it.
struct RunContext {
    qint64 parentId = 0;
    ExperimentKind kind = ExperimentKind::Experiment;
    bool perLayer = true; ///< measure per-layer SQNR and weight error (a simulation; costs one more calibration)
    TrainingStepCallback onTrainingStep; ///< QAT steps as they happen (on the running thread)
};

/// Runs an experiment spec end to end: open the model, quantize (unless it is a float baseline),
/// evaluate against the float model, measure per-layer errors on a simulation of the same config,
/// time both, save the quantized model under `artifactDir` (a temporary file when empty, to measure
/// its size), and record the result in `store` when given, with its log and artifacts: failed and
/// cancelled runs are recorded too, with their error. Blocking; never throws.
ExperimentOutcome runExperiment(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                                const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr,
                                const RunContext &context = {});

/// Opens a spec's model, with the spec's input shape when it gives one. Returns nullptr and sets
/// *error (a bad shape, a file that cannot be opened) on failure.
std::shared_ptr<ModelDocument> openSpecModel(const ExperimentSpec &spec, QString *error);

/// What a spec's config does overall.
ExperimentMode experimentMode(const ExperimentSpec &spec);

} // namespace qb
