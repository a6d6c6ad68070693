#pragma once

#include "data/dataspec.h"
#include "model/inputspec.h"
#include "quant/quantconfig.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace qb {

class ModelDocument;
struct LayerInfo;
struct ModelInfo;

/// What happened to one quantizable layer, and why when it stayed float.
struct LayerOutcome {
    QString layer;
    QString type;
    QuantMode requested = QuantMode::Float;
    QuantMode result = QuantMode::Float;
    QString reason; ///< non-empty when result differs from requested
    bool ownCode = false; ///< a user's own module: its code runs as written; only PyTorch layers inside are rewritten
};

/// What a layer becomes when `requested` is asked of it, judged from its kind alone. Any thread.
LayerOutcome plannedOutcome(const LayerInfo &layer, QuantMode requested);

/// What quantize() will make of a whole model under a config, decided before any LibTorch pass:
/// each layer's outcome (its kind, and the rules that tie layers together), the weight scheme each
/// quantized layer really gets, and the refusal quantize() will give. The quantizer starts from
/// this plan and the layer tree shows it before a run, so the two cannot disagree. Any thread.
struct QuantPlan {
    QVector<LayerOutcome> layers;          ///< quantizable layers and custom modules, in model order
    QMap<QString, WeightScheme> weights;   ///< the scheme each quantized layer gets, by layer
    QMap<QString, QString> weightsNotes;   ///< why a layer's scheme is not its own setting
    bool anyStatic = false;                ///< static or QAT
    bool anyQat = false;
    bool anyDynamic = false;
    bool anyWeightOnly = false;            ///< embeddings with int8/int4 row-wise weights
    QString problem;                       ///< non-empty: quantize() refuses the config, and why
    QStringList notes;                     ///< what the report should tell besides the layer outcomes

    const LayerOutcome *find(const QString &layer) const;
};
QuantPlan planQuantization(const ModelInfo &info, const QuantConfig &config);

/// What an observer watches.
enum class ObservedValue { Activation, Weight };

/// The scale and zero point an observer chose, per observed value (activation or weight).
struct ObservedQParams {
    QString layer;     ///< module path that owns the observer ("" = the model)
    QString observer;  ///< observer attribute name given by the pass
    ObservedValue kind = ObservedValue::Activation;
    double scale = 0;  ///< first channel's for per-channel
    qint64 zeroPoint = 0;
    int channels = 1;
    double min = 0;    ///< observed (or clipped) range
    double max = 0;
};

/// Operators of the converted graph, counted.
struct QuantCoverage {
    int quantizedOps = 0;      ///< quantized:: kernels
    int floatComputeOps = 0;   ///< aten linear/conv/matmul/lstm/... still in float
    int quantizeOps = 0;       ///< quantize_per_tensor/channel, dynamic quantization entry points
    int dequantizeOps = 0;
    QStringList quantizedKinds; ///< distinct, sorted: "quantized::conv2d_relu", ...
    QStringList floatKinds;     ///< distinct, sorted: "aten::linear", ...
    int floatIslandOps = 0;    ///< ops computing in float on a dequantized tensor (gelu, add, mean...)
    QStringList islandKinds;   ///< distinct, sorted
    QMap<QString, QStringList> floatOps; ///< module path ("" the root) -> its float op kinds, heavy or island
    int count(const QString &kind) const;
    QMap<QString, int> kindCounts;

    QJsonObject toJson() const;
    static QuantCoverage fromJson(const QJsonObject &json);
};

struct QuantizeReport {
    QuantConfig config;
    QuantEngine engine = QuantEngine::None;
    QString sourcePath;
    QString sourceSha256;
    InputSpec input;      ///< the source model's, so the saved model opens with a known input
    DataSpec calibration;
    int calibrationBatches = 0;
    double calibrationSeconds = 0;
    double convertSeconds = 0;
    QVector<LayerOutcome> layers;
    QVector<ObservedQParams> qparams;
    QuantCoverage coverage;
    // Quantization-aware training, when any layer is QAT.
    int trainingEpochs = 0;
    int trainingSteps = 0;
    double trainingSeconds = 0;
    QVector<double> trainingLoss; ///< one value per step
    QStringList notes; ///< sentences for the user: synthetic calibration, upcast parameters, hybrid limits

    QJsonObject toJson() const;
};

/// A converted model. Owns the LibTorch module (pimpl); safe to run from one thread at a time.
class QuantizedModel final
{
public:
    ~QuantizedModel();
    Q_DISABLE_COPY_MOVE(QuantizedModel)

    const QuantizeReport &report() const { return m_report; }

    /// Saves a TorchScript archive that torch.jit.load (Python or C++) reads, with the report as the
    /// extra file quantbench.json. Returns false and sets *error when the file cannot be written.
    bool save(const QString &path, QString *error) const;

    struct Private;
    Private *d() const { return m_d.get(); }

private:
    friend struct QuantizerAccess;
    QuantizedModel();
    QuantizeReport m_report;
    std::unique_ptr<Private> m_d;
};

/// How QAT fine-tunes: on labelled data, with cross-entropy loss.
struct QatOptions {
    DataSpec training;        ///< must have labels; maxBatches is the number of steps per epoch
    int epochs = 1;
    QString optimizer = QStringLiteral("adam"); ///< "adam" or "sgd" (momentum 0.9)
    double learningRate = 1e-4;
    int freezeObserversAfterEpoch = -1; ///< ranges stop moving after this many epochs; -1 never
    quint64 seed = 0;
};

/// Called after every training step with the step number (from 1), epoch (from 1), the loss and the
/// share of the step's batch the model classified right (from the logits it trained on).
using TrainingStepCallback = std::function<void(int step, int epoch, double loss, double batchAccuracy)>;

struct QuantizeOptions {
    QuantConfig config;
    DataSpec calibration; ///< used when a layer is static and none is QAT
    QatOptions qat;       ///< used when a layer is QAT
    int output = 0;       ///< QAT: which output of a tuple or list output holds the logits
    TrainingStepCallback onTrainingStep;
};

struct QuantizeResult {
    std::shared_ptr<QuantizedModel> model;
    QString error;      ///< what went wrong, in words; empty on success or cancel
    bool cancelled = false;
    explicit operator bool() const { return model != nullptr; }
};

/// Per-batch cost of calibration: a forward of the model with observers against a plain forward of the
/// float model on the same batch (medians over alternating runs).
struct CalibrationProfile {
    bool valid = false;
    QString error;
    int runs = 0;
    double floatForwardMs = 0;
    double observedForwardMs = 0;
};

/// Prepares the model as quantize() does for a static config and times both forwards. Blocking.
CalibrationProfile profileCalibration(const ModelDocument &model, const QuantConfig &config, const DataSpec &data,
                                      int runs);

/// fraction in [0, 1], and a short stage name ("calibrating", "converting").
using ProgressCallback = std::function<void(double fraction, const QString &stage)>;

/// Quantizes a model: validates the config, prepares (folding Conv+BN), calibrates on the data (or,
/// with QAT layers, fine-tunes with fake quantization), converts, and counts the result's operators. Blocking: call from a worker thread. `cancel` is
/// checked between calibration batches. Never throws. Sets the process's quantized engine to
/// config.engine (LibTorch keeps it process-wide).
QuantizeResult quantize(const ModelDocument &model, const QuantizeOptions &options,
                        const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace qb
