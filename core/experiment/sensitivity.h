#pragma once

#include "experiment/experimentspec.h"
#include "quant/quantsim.h"
#include "store/experimentstore.h"

#include <atomic>

namespace qb {

/// One-layer-on: quantize each layer alone. One-layer-off: quantize everything but that layer.
enum class SweepMode { OneOn, OneOff };
QString sweepModeName(SweepMode mode); ///< "one-on", "one-off"
std::optional<SweepMode> sweepModeFromName(const QString &name);

struct LayerSensitivity {
    QString layer;
    QString type;
    SimulationScore score; ///< the variant that switched this layer
    /// What the layer costs: one-on, the drop from float when it alone is int8; one-off, the gain over
    /// the fully quantized model when it alone stays float. In points of accuracy (labelled data) or of
    /// agreement (unlabelled); larger is more sensitive.
    double impact = 0;
    int rank = 0; ///< 1 = most sensitive
};

struct SensitivityResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    SweepMode mode = SweepMode::OneOn;
    QString metric;           ///< "accuracy" or "agreement"
    SimulationScore floatScore;
    SimulationScore allQuantized;
    QVector<LayerSensitivity> layers; ///< most sensitive first
    double calibrationSeconds = 0;
    double sweepSeconds = 0;  ///< the L evaluations
    QStringList notes;
    qint64 id = 0;            ///< the stored sweep, 0 when not stored
    QString storeError;
};

/// Sweeps a spec's quantizable layers on a simulation calibrated once (see QuantSimulation), ranks
/// them, and stores the sweep as an experiment of kind "sensitivity" whose per-layer rows carry each
/// layer's score and rank. The float layers of the spec's config stay float in every variant.
/// Blocking; never throws; `cancel` is checked between variants.
SensitivityResult runSensitivity(const ExperimentSpec &spec, SweepMode mode, ExperimentStore *store,
                                 const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr,
                                 qint64 parentId = 0);

} // namespace qb
