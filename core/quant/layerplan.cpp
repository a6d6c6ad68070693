// What each layer kind can become, decided before any LibTorch pass runs: shared by the quantizer
// (which records it) and the layer tree (which shows it before a run). No LibTorch here.

#include "model/modelinfo.h"
#include "quant/quantizer.h"
#include "util/translation.h"

// The sentences belong to the quantizer's context: the quantizer is what reports them.
QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)

namespace qb {

LayerOutcome plannedOutcome(const LayerInfo &layer, QuantMode requested)
{
    LayerOutcome o{layer.name, layer.type, requested, requested, {}};
    auto keepFloat = [&o](const QString &reason) {
        o.result = QuantMode::Float;
        o.reason = reason;
    };
    if (requested == QuantMode::Float)
        return o;
    switch (layer.kind.kind) {
    case LayerKind::Linear:
        if (requested == QuantMode::Dynamic && layer.type == QLatin1String("NonDynamicallyQuantizableLinear"))
            keepFloat(tr("PyTorch excludes attention output projections from dynamic quantization"));
        break;
    case LayerKind::Convolution:
        if (requested == QuantMode::Dynamic)
            keepFloat(tr("dynamic quantization covers Linear and recurrent layers; use static for convolutions"));
        else if (layer.type.startsWith(QLatin1String("ConvTranspose")))
            keepFloat(tr("LibTorch's graph passes do not quantize transposed convolutions"));
        break;
    case LayerKind::Recurrent:
        // LSTMs are rewritten to the dynamic int8 kernel (lstmrewrite.cpp); the quantizer confirms or
        // corrects the result once the rewrite has run.
        if (requested != QuantMode::Dynamic)
            keepFloat(tr("there is no static quantized kernel for recurrent layers; use dynamic"));
        else if (layer.type != QLatin1String("LSTM"))
            keepFloat(tr("only LSTM layers are rewritten to a dynamic int8 kernel; LibTorch's pass leaves %1 in float")
                          .arg(layer.type));
        break;
    case LayerKind::Embedding:
        keepFloat(tr("weight-only embedding quantization is not available through the graph passes"));
        break;
    default:
        break;
    }
    return o;
}

} // namespace qb
