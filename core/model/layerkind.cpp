#include "model/layerkind.h"

#include "util/translation.h"

#include <QRegularExpression>
#include <QStringList>

QB_DECLARE_TR_FUNCTIONS(qb::LayerKind)

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

    using C = LayerCapability;
    if (!fromTorch)
        return {LayerKind::Custom, false, {},
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Custom module: runs as float unless its children can be quantized"))};
    if (name == QLatin1String("NonDynamicallyQuantizableLinear"))
        return {LayerKind::Linear, true, C::Static | C::Dynamic | C::Qat,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Attention output projection: PyTorch's dynamic quantization "
                                                                     "skips it; QuantBench quantizes it in the frozen graph"))};
    if (name == QLatin1String("MultiheadAttention"))
        return {LayerKind::Linear, true, C::Dynamic,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Attention: its input projection is a bare weight that "
                                                                     "QuantBench quantizes dynamically; the output projection "
                                                                     "is its child out_proj"))};
    if (in({"Linear", "Bilinear"}))
        return {LayerKind::Linear, true, C::Static | C::Dynamic | C::Qat, {}};
    if (in({"Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d", "ConvTranspose3d"}))
        return {LayerKind::Convolution, true, C::Static | C::Qat, {}};
    if (in({"LSTM", "GRU", "LSTMCell", "GRUCell", "RNNCell"}))
        return {LayerKind::Recurrent, true, C::Dynamic, {}};
    if (in({"Embedding", "EmbeddingBag"}))
        return {LayerKind::Embedding, true, C::WeightOnly, {}};
    if (in({"BatchNorm2d", "BatchNorm3d"}))
        return {LayerKind::BatchNorm, false, C::Folded,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Folded into the convolution before it"))};
    if (in({"BatchNorm1d", "LayerNorm", "GroupNorm", "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d"}))
        return {LayerKind::BatchNorm, false, C::Fused,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Quantized by the static pass (quantized::layer_norm, "
                                                                     "group_norm, instance_norm, batch_norm); float under dynamic"))};
    if (in({"ReLU", "ReLU6", "LeakyReLU", "Hardswish", "Hardsigmoid", "Sigmoid", "Tanh", "ELU", "Hardtanh"}))
        return {LayerKind::Activation, false, C::Fused,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Fused with or quantized alongside the layer before it"))};
    if (in({"GELU", "SiLU", "Softmax", "LogSoftmax", "PReLU", "Mish"}))
        return {LayerKind::Activation, false, C::KeptFloat,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "LibTorch's passes have no quantized kernel for it: it runs "
                                                                     "in float between a dequantize and a quantize"))};
    if (in({"MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d",
            "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveAvgPool3d", "AdaptiveMaxPool2d",
            "Dropout", "Dropout2d", "Flatten", "Unflatten", "Identity", "Upsample"}))
        return {LayerKind::Passthrough, false, C::Passthrough,
                QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Works on quantized tensors as it is"))};
    if (in({"Sequential", "ModuleList", "ModuleDict", "TransformerEncoder", "TransformerDecoder",
            "TransformerEncoderLayer", "TransformerDecoderLayer", "Transformer"}))
        return {LayerKind::Container, false, {}, QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "Quantized through its children"))};
    return {LayerKind::Custom, false, {},
            QString::fromUtf8(QT_TRANSLATE_NOOP("qb::LayerKind", "No quantized kernel for this PyTorch layer type: it stays float"))};
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

namespace {
struct CapabilityWord {
    LayerCapability capability;
    const char *code;
    const char *text;
};
// In the order they are listed; the codes are the JSON's, the texts the user's.
const CapabilityWord kCapabilityWords[] = {
    {LayerCapability::Static, "static", QT_TRANSLATE_NOOP("qb::LayerKind", "static")},
    {LayerCapability::Dynamic, "dynamic", QT_TRANSLATE_NOOP("qb::LayerKind", "dynamic")},
    {LayerCapability::Qat, "QAT", QT_TRANSLATE_NOOP("qb::LayerKind", "QAT")},
    {LayerCapability::WeightOnly, "weight-only", QT_TRANSLATE_NOOP("qb::LayerKind", "weight-only")},
    {LayerCapability::Folded, "folded", QT_TRANSLATE_NOOP("qb::LayerKind", "folded")},
    {LayerCapability::Fused, "fused", QT_TRANSLATE_NOOP("qb::LayerKind", "fused")},
    {LayerCapability::KeptFloat, "float", QT_TRANSLATE_NOOP("qb::LayerKind", "float")},
    {LayerCapability::Passthrough, "passthrough", QT_TRANSLATE_NOOP("qb::LayerKind", "passthrough")},
};
} // namespace

QString capabilityCodes(LayerCapabilities capabilities)
{
    QStringList codes;
    for (const CapabilityWord &w : kCapabilityWords)
        if (capabilities.testFlag(w.capability))
            codes << QString::fromLatin1(w.code);
    return codes.join(QLatin1String(", "));
}

QString capabilityText(const LayerKindInfo &info)
{
    QStringList words;
    for (const CapabilityWord &w : kCapabilityWords)
        if (info.capabilities.testFlag(w.capability))
            words << tr(w.text);
    return words.join(tr(", "));
}

QString kindNoteText(const LayerKindInfo &info)
{
    return info.note.isEmpty() ? QString() : QCoreApplication::translate("qb::LayerKind", info.note.toUtf8().constData());
}

} // namespace qb
