#pragma once

#include "model/inputspec.h"
#include "model/layerkind.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace qb {

/// Summary statistics of one tensor (floats dequantized first).
struct TensorStats {
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0;
};

struct ChannelRange {
    double min = 0;
    double max = 0;
};

/// One parameter or buffer of a layer, with its statistics once computed.
struct TensorInfo {
    QString name;          ///< local name: "weight", "running_mean"
    QVector<qint64> shape;
    QString dtype;         ///< "float32", "qint8", ...
    qint64 numel = 0;
    qint64 bytes = 0;
    bool isParameter = true; ///< false for buffers
    bool hasStats = false;
    TensorStats stats;
    QVector<ChannelRange> channels; ///< per output channel (dimension 0), for tensors of rank >= 2
    static constexpr int kHistogramBins = 64;
    QVector<double> histogram;      ///< value counts in kHistogramBins equal bins over [stats.min, stats.max]
};

/// One node of the layer tree: a TorchScript submodule.
struct LayerInfo {
    int index = 0;           ///< position in ModelInfo::layers; 0 is the model itself
    int parent = -1;         ///< -1 for the root
    QVector<int> children;
    int depth = 0;
    QString name;            ///< qualified module path, "" for the root, "features.0" below
    QString qualifiedType;   ///< demangled: "torch.nn.modules.conv.Conv2d"
    QString type;            ///< "Conv2d"
    LayerKindInfo kind;
    QVector<TensorInfo> tensors;  ///< own parameters and buffers (not the children's)
    qint64 ownParams = 0;         ///< parameter elements of this layer alone
    qint64 totalParams = 0;       ///< including every descendant
    qint64 totalBytes = 0;        ///< parameter and buffer bytes, including descendants
    QMap<QString, qint64> bytesByDtype; ///< own parameter and buffer bytes, by dtype

    bool isLeaf() const { return children.isEmpty(); }
    QString displayName() const { return name.isEmpty() ? type : name.section(QLatin1Char('.'), -1); }
};

/// Everything QuantBench knows about an opened model, torch-free so views and reports can use it.
struct ModelInfo {
    QString path;
    qint64 fileSize = 0;
    QStringList extraFiles;       ///< names of the archive's extra files, e.g. "quantbench.json"
    QJsonObject quantbenchJson;   ///< parsed quantbench.json, empty when absent
    InputSpec input;
    QStringList forwardArguments; ///< forward()'s arguments after self, "x: Tensor"
    QString unsupportedReason;    ///< non-empty when the model opened but cannot be quantized/evaluated yet
    QStringList warnings;
    QVector<LayerInfo> layers;    ///< depth-first, parents before children; layers[0] is the model

    qint64 totalParams() const { return layers.isEmpty() ? 0 : layers.first().totalParams; }
    qint64 totalBytes() const { return layers.isEmpty() ? 0 : layers.first().totalBytes; }
    QMap<QString, qint64> bytesByDtype() const;
    int quantizableLayerCount() const;
    int indexOf(const QString &qualifiedName) const;

    /// The whole tree and totals, as `quantbench-cli inspect --json` prints it.
    QJsonObject toJson() const;
};

QJsonObject toJson(const TensorInfo &tensor);
QJsonObject toJson(const LayerInfo &layer);

} // namespace qb
