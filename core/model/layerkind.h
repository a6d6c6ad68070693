#pragma once

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

struct LayerKindInfo {
    LayerKind kind = LayerKind::Custom;
    bool quantizable = false; ///< has weights a quantization mode rewrites
    QString modes;            ///< "static, dynamic, QAT" (untranslated codes, as the JSON reports them)
    QString note;             ///< why or how, in English; kindNoteText() translates it
};

/// Classifies a demangled qualified type name such as "torch.nn.modules.conv.Conv2d".
LayerKindInfo classifyLayerType(const QString &qualifiedType);

/// Removes TorchScript's "__torch__." prefix and "___torch_mangle_N" components.
QString demangleTypeName(const QString &qualifiedName);

/// The last component of a qualified name: "Conv2d".
QString shortTypeName(const QString &qualifiedType);

QString layerKindName(LayerKind kind);

/// The codes of LayerKindInfo::modes ("static, QAT", "folded"), in the user's language.
QString capabilityText(const LayerKindInfo &info);
/// LayerKindInfo::note in the user's language.
QString kindNoteText(const LayerKindInfo &info);

} // namespace qb
