#include "model/layerkind.h"

#include <QRegularExpression>
#include <QStringList>

namespace qb {

QString demangleTypeName(const QString &qualifiedName)
{
    QStringList parts = qualifiedName.split(QLatin1Char('.'));
    if (!parts.isEmpty() && parts.first() == QLatin1String("__torch__"))
        parts.removeFirst();
    static const QRegularExpression mangle(QStringLiteral("^___torch_mangle_\\d+$"));
    parts.removeIf([](const QString &p) { return mangle.match(p).hasMatch(); });
    return parts.join(QLatin1Char('.'));
}

QString shortTypeName(const QString &qualifiedType)
{
    const int dot = qualifiedType.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? qualifiedType : qualifiedType.mid(dot + 1);
}

LayerKindInfo classifyLayerType(const QString &qualifiedType)
{
    const QString name = shortTypeName(qualifiedType);
    // Only PyTorch's own classes are recognised by the passes; a user class that happens to be
    // called "Linear" is custom code.
    const bool fromTorch = qualifiedType.startsWith(QLatin1String("torch.nn."));
    auto in = [&name](std::initializer_list<const char *> names) {
        for (const char *n : names)
            if (name == QLatin1String(n))
                return true;
        return false;
    };

    if (!fromTorch)
        return {LayerKind::Custom, false, {},
                QStringLiteral("Custom module: runs as float unless its children can be quantized")};
    if (name == QLatin1String("NonDynamicallyQuantizableLinear"))
        return {LayerKind::Linear, true, QStringLiteral("static, QAT"),
                QStringLiteral("Attention output projection: PyTorch excludes it from dynamic quantization")};
    if (in({"Linear", "Bilinear"}))
        return {LayerKind::Linear, true, QStringLiteral("static, dynamic, QAT"), {}};
    if (in({"Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d"}))
        return {LayerKind::Convolution, true, QStringLiteral("static, QAT"), {}};
    if (in({"LSTM", "GRU", "LSTMCell", "GRUCell", "RNNCell"}))
        return {LayerKind::Recurrent, true, QStringLiteral("dynamic"), {}};
    if (in({"Embedding", "EmbeddingBag"}))
        return {LayerKind::Embedding, true, QStringLiteral("weight-only"), {}};
    if (in({"BatchNorm2d", "BatchNorm3d"}))
        return {LayerKind::BatchNorm, false, QStringLiteral("folded"),
                QStringLiteral("Folded into the convolution before it")};
    if (in({"BatchNorm1d", "LayerNorm", "GroupNorm", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d"}))
        return {LayerKind::BatchNorm, false, QStringLiteral("float"),
                QStringLiteral("Normalisation that LibTorch's passes keep in float")};
    if (in({"ReLU", "ReLU6", "LeakyReLU", "Hardswish", "Hardsigmoid", "Sigmoid", "Tanh", "GELU", "ELU",
            "SiLU", "Softmax", "LogSoftmax", "Hardtanh", "PReLU"}))
        return {LayerKind::Activation, false, QStringLiteral("fused"),
                QStringLiteral("Fused with or quantized alongside the layer before it")};
    if (in({"MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d",
            "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveAvgPool3d", "AdaptiveMaxPool2d",
            "Dropout", "Dropout2d", "Flatten", "Unflatten", "Identity", "Upsample"}))
        return {LayerKind::Passthrough, false, QStringLiteral("passthrough"),
                QStringLiteral("Works on quantized tensors as it is")};
    if (in({"Sequential", "ModuleList", "ModuleDict", "TransformerEncoder", "TransformerDecoder",
            "TransformerEncoderLayer", "TransformerDecoderLayer", "Transformer", "MultiheadAttention"}))
        return {LayerKind::Container, false, {}, QStringLiteral("Quantized through its children")};
    return {LayerKind::Custom, false, {},
            QStringLiteral("No quantized kernel for this PyTorch layer type: it stays float")};
}

QString layerKindName(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Container: return QStringLiteral("container");
    case LayerKind::Linear: return QStringLiteral("linear");
    case LayerKind::Convolution: return QStringLiteral("convolution");
    case LayerKind::Recurrent: return QStringLiteral("recurrent");
    case LayerKind::Embedding: return QStringLiteral("embedding");
    case LayerKind::BatchNorm: return QStringLiteral("normalization");
    case LayerKind::Activation: return QStringLiteral("activation");
    case LayerKind::Passthrough: return QStringLiteral("passthrough");
    case LayerKind::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

} // namespace qb
