#pragma once

#include "quant/engine.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace qb {

struct LayerInfo;

/// What a layer becomes. WeightOnly: int8 or int4 weights with float compute (embeddings, row-wise);
/// an embedding asked to be dynamic or static becomes weight-only.
enum class QuantMode { Float, Dynamic, Static, Qat, WeightOnly };
/// How activation ranges are chosen from calibration data.
enum class ObserverKind {
    MinMax,        ///< running min and max
    MovingAverage, ///< exponential moving average of each batch's min and max
    Percentile,    ///< histogram, clip the tails beyond a percentile
    Mse,           ///< histogram, the clip range with the least squared error (PyTorch's HistogramObserver)
};
enum class WeightScheme { PerTensorAffine, PerTensorSymmetric, PerChannelSymmetric, PerChannelAffine };

/// How one layer (or the whole model, as the default) is quantized.
struct LayerQuantConfig {
    QuantMode mode = QuantMode::Static;
    ObserverKind observer = ObserverKind::MinMax;
    double percentile = 99.99;   ///< for ObserverKind::Percentile
    double averaging = 0.01;     ///< for ObserverKind::MovingAverage: weight of each new batch
    WeightScheme weightScheme = WeightScheme::PerChannelSymmetric;
    QString activationDtype = QStringLiteral("quint8");
    QString weightDtype = QStringLiteral("qint8");   ///< "qint8"; "quint4x2" (4-bit, embeddings); "float16" for dynamic fp16
    bool reduceRange = false;
    std::optional<int> quantMin;  ///< activation range override
    std::optional<int> quantMax;

    bool operator==(const LayerQuantConfig &o) const;
    bool operator!=(const LayerQuantConfig &o) const { return !(*this == o); }
    bool weightsSymmetric() const;
    bool perChannel() const;
};

/// The whole quantization recipe: an engine, a default, and per-layer overrides by qualified module
/// name, where an override for "features" covers "features.0", "features.1.conv" and so on (the
/// longest matching prefix wins). Plain data; any thread.
struct QuantConfig {
    QuantEngine engine = QuantEngine::OneDnn;
    LayerQuantConfig defaults;
    QMap<QString, LayerQuantConfig> layers;

    /// The config that applies to a layer path.
    LayerQuantConfig forLayer(const QString &qualifiedName) const;

    /// Sets `mode` on a copy of the layer's effective config and stores it as that layer's override.
    void setLayerMode(const QString &qualifiedName, QuantMode mode);

    /// PyTorch's default qconfig for an engine: onednn and qnnpack use a histogram (MSE) activation
    /// observer without reduce_range; fbgemm and x86 reduce the range; weights per-channel symmetric
    /// except qnnpack's per-tensor symmetric.
    static QuantConfig preset(QuantEngine engine, QuantMode mode = QuantMode::Static);

    QJsonObject toJson() const;
    /// Layer entries may name only the fields that differ from "default". Unknown keys and wrong types
    /// are errors naming the key.
    static QuantConfig fromJson(const QJsonObject &json, QString *error);

    bool operator==(const QuantConfig &o) const;
};

/// Checks a config before any job runs, against the engines this build has. Returns one sentence per
/// problem, saying what is wrong and what to do; empty when the config can run.
QStringList validateConfig(const QuantConfig &config, const QList<QuantEngine> &availableEngines);

QString modeName(QuantMode mode);
std::optional<QuantMode> modeFromName(const QString &name);
QString observerName(const LayerQuantConfig &config); ///< "minmax", "percentile:99.99", ...
/// Parses "minmax", "moving-average", "percentile", "percentile:99.9", "mse" into config.
bool parseObserver(const QString &text, LayerQuantConfig *config, QString *error);
QString weightSchemeName(WeightScheme scheme);
std::optional<WeightScheme> weightSchemeFromName(const QString &name);

} // namespace qb
