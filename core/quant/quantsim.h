#pragma once

#include "data/dataspec.h"
#include "quant/quantconfig.h"
#include "quant/quantizer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace qb {

class ModelDocument;

/// The quantization error of one layer, measured on a simulation of the config (what PyTorch's
/// Numeric Suite reports in Python).
struct LayerError {
    QString layer;
    QString type;
    QuantMode mode = QuantMode::Static; ///< static or dynamic
    /// Signal-to-quantization-noise ratio of the layer's activation against the float model's on the
    /// same inputs: its output for static layers (after a fused ReLU), its input for dynamic ones.
    /// Earlier layers are quantized too, so the error accumulates as it does in the converted model.
    double activationSqnrDb = qQNaN();
    double weightSqnrDb = qQNaN();      ///< the whole weight after quantize-dequantize
    double weightRelativeError = qQNaN(); ///< ||w - q(w)|| / ||w||
    double weightMaxAbsError = qQNaN();
    QVector<double> channelSqnrDb;      ///< per output channel, whatever the scheme
};

/// A layer's output activations as calibration saw them, and the clip range each observer kind would
/// choose from them.
struct ActivationHistogram {
    QString layer;
    double min = 0;            ///< observed range, which the bins cover
    double max = 0;
    QVector<double> counts;    ///< equal-width bins over [min, max]
    double percentileLo = 0;   ///< the 99.99th-percentile observer's range
    double percentileHi = 0;
    double mseLo = 0;          ///< the MSE observer's range (PyTorch's HistogramObserver)
    double mseHi = 0;
};

/// How the model compares with the float model when some layers are simulated in int8.
struct SimulationScore {
    bool valid = false;
    QString error;
    int samples = 0;
    double agreement = qQNaN(); ///< share of equal top-1 predictions (classifiers)
    double sqnrDb = qQNaN();    ///< of the model's output
    double accuracy = qQNaN();  ///< top-1, when the data is labelled

    QJsonObject toJson() const;
    static SimulationScore fromJson(const QJsonObject &json);
};

/// Quantization simulated in float: the model prepared as quantize() prepares it (Conv+BN folded,
/// observers inserted), calibrated once, then each observer stands in for the quantize/dequantize
/// pair the conversion would put there. Switching layers on and off costs nothing, so a sweep over L
/// layers costs L evaluations and no further calibration.
///
/// Static and QAT layers are simulated as static post-training quantization; when the config has
/// none, its dynamic layers are simulated with per-batch input ranges. Rounding follows the int8
/// kernels' arithmetic (fake quantization), not their exact accumulation order, so scores can differ
/// from a converted model's by a little. Blocking; one thread at a time.
class QuantSimulation final
{
public:
    ~QuantSimulation();
    Q_DISABLE_COPY_MOVE(QuantSimulation)

    /// Prepares and calibrates the simulation and runs the float model once over `evaluation` (kept in
    /// memory with its outputs, so keep it small). Returns nullptr and sets *error on failure;
    /// nullptr with an empty *error when cancelled.
    static std::unique_ptr<QuantSimulation> create(const ModelDocument &model, const QuantConfig &config,
                                                   const DataSpec &calibration, const DataSpec &evaluation,
                                                   const ProgressCallback &progress, const std::atomic_bool *cancel,
                                                   QString *error, int output = 0);

    /// The layers the simulation can switch, in model order.
    QStringList layers() const;
    QString layerType(const QString &layer) const;
    QuantMode mode() const; ///< static or dynamic
    bool labelled() const;
    double calibrationSeconds() const;
    QStringList notes() const;

    /// The float model on the evaluation data (accuracy only; agreement is 1 by definition).
    SimulationScore floatScore() const;

    /// Scores the model with exactly `quantizedLayers` simulated in int8. Never throws.
    SimulationScore evaluate(const QStringList &quantizedLayers, const std::atomic_bool *cancel = nullptr);

    /// Per-layer errors with `quantizedLayers` simulated, on the first `maxBatches` evaluation batches.
    QVector<LayerError> layerErrors(const QStringList &quantizedLayers, int maxBatches = 4);

    /// The histogram of a layer's output activation from calibration; nullopt unless the config's
    /// activation observer keeps a histogram (percentile or MSE) and the layer's output is observed.
    std::optional<ActivationHistogram> activationHistogram(const QString &layer) const;

    /// The observers that switch with a layer ("conv1._observer_0", "_observer_5"), for diagnostics.
    QStringList observersOf(const QString &layer) const;

    struct Private;

private:
    QuantSimulation();
    std::unique_ptr<Private> d;
};

} // namespace qb
