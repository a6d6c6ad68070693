#pragma once

#include <QFlags>
#include <QString>

namespace qb {

/// What QuantBench can do with a layer of a given PyTorch type, decided from its type name the way
/// LibTorch's graph-mode passes decide it (they match demangled class names).
enum class LayerKind {
    Container,     ///< Sequential, ModuleList, the model root: nothing of its own to quantize
    Linear,        ///< static, dynamic or QAT
    Convolution,   ///< Conv1d/2d/3d: static or QAT
    Recurrent,     ///< LSTM, GRU: dynamic
    Embedding,     ///< Embedding, EmbeddingBag: weight-only
    BatchNorm,     ///< folded into the preceding convolution
    Activation,    ///< ReLU & co: fused with or quantized alongside its neighbour
    Passthrough,   ///< pooling, dropout, flatten: run on quantized tensors as they are
    Custom,        ///< a user-defined module with its own code: stays float unless its children can be quantized
};

/// What a layer type can become, or what happens to it instead.
enum class LayerCapability {
    Static = 0x01,      ///< static post-training quantization
    Dynamic = 0x02,     ///< dynamic quantization (weights int8, activations per call)
    Qat = 0x04,         ///< quantization-aware training
    WeightOnly = 0x08,  ///< int8/int4 weights, float compute (embeddings)
    Folded = 0x10,      ///< folded into the layer before it (BatchNorm after a convolution)
    Fused = 0x20,       ///< fused with or quantized alongside its neighbour (activations)
    KeptFloat = 0x40,   ///< no quantized kernel: runs in float
    Passthrough = 0x80, ///< runs on quantized tensors as it is (pooling, dropout)
};
Q_DECLARE_FLAGS(LayerCapabilities, LayerCapability)

struct LayerKindInfo {
    LayerKind kind = LayerKind::Custom;
    bool quantizable = false;       ///< has weights a quantization mode rewrites
    LayerCapabilities capabilities;
    QString note;                   ///< why or how, in English; kindNoteText() translates it

    bool can(LayerCapability c) const { return capabilities.testFlag(c); }
};

/// The codes of a set of capabilities as the JSON and the CLI spell them: "static, dynamic, QAT",
/// "folded". Empty for none.
QString capabilityCodes(LayerCapabilities capabilities);

/// Classifies a demangled qualified type name such as "torch.nn.modules.conv.Conv2d".
LayerKindInfo classifyLayerType(const QString &qualifiedType);

/// Removes TorchScript's "__torch__." prefix and "___torch_mangle_N" components.
QString demangleTypeName(const QString &qualifiedName);

/// The last component of a qualified name: "Conv2d".
QString shortTypeName(const QString &qualifiedType);

QString layerKindName(LayerKind kind);

/// LayerKindInfo::capabilities in the user's language.
QString capabilityText(const LayerKindInfo &info);
/// LayerKindInfo::note in the user's language.
QString kindNoteText(const LayerKindInfo &info);

} // namespace qb

// At global scope, as Qt's own are: declared inside qb, they would hide the global operator| that
// other libraries (QCustomPlot's QCP::Interactions) declare for their flags.
Q_DECLARE_OPERATORS_FOR_FLAGS(qb::LayerCapabilities)
