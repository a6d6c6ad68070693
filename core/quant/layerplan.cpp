// What each layer becomes under a config, decided before any LibTorch pass runs: shared by the
// quantizer (which starts from it) and the layer tree (which shows it before a run). No LibTorch.

#include "model/modelinfo.h"
#include "quant/quantizer.h"
#include "util/translation.h"

#include <optional>

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

const LayerOutcome *QuantPlan::find(const QString &layer) const
{
    for (const LayerOutcome &o : layers)
        if (o.layer == layer)
            return &o;
    return nullptr;
}

QuantPlan planQuantization(const ModelInfo &info, const QuantConfig &config)
{
    QuantPlan plan;
    bool floatLinear = false; // LSTMs tied below are not Linear: this holds through that rule
    for (const LayerInfo &layer : info.layers) {
        const QuantMode mode = config.forLayer(layer.name).mode;
        if (layer.kind.kind == LayerKind::Custom && !layer.name.isEmpty() && !layer.qualifiedType.startsWith(QLatin1String("torch.nn."))) {
            // A user's own module: its code runs as written (float); only PyTorch layers inside it
            // are rewritten. Reported so nobody wonders why it is not quantized.
            plan.layers << LayerOutcome{layer.name, layer.type, mode, QuantMode::Float,
                                        tr("custom module: its own operations stay float; PyTorch layers inside it are "
                                           "quantized as configured")};
            continue;
        }
        if (!layer.kind.quantizable)
            continue;
        plan.layers << plannedOutcome(layer, mode);
        floatLinear |= plan.layers.constLast().result == QuantMode::Float && layer.kind.kind == LayerKind::Linear;
    }

    // LSTMs are rewritten to the dynamic kernel after conversion, when Finalize has inlined every
    // submodule: one choice then applies to all of them, with the config of the last dynamic one.
    bool floatLstm = false;
    QString lstmConfigLayer;
    for (const LayerOutcome &o : std::as_const(plan.layers)) {
        if (o.type != QLatin1String("LSTM"))
            continue;
        if (o.requested == QuantMode::Dynamic)
            lstmConfigLayer = o.layer;
        else
            floatLstm = true;
    }
    for (LayerOutcome &o : plan.layers) {
        if (o.type == QLatin1String("LSTM") && o.requested == QuantMode::Dynamic && floatLstm) {
            o.result = QuantMode::Float;
            o.reason = tr("the LSTM could not be rewritten to the dynamic int8 kernel: %1")
                           .arg(tr("LSTMs are rewritten together after conversion, and another LSTM of this model is kept in float"));
        }
    }

    for (const LayerOutcome &o : std::as_const(plan.layers)) {
        plan.anyStatic |= o.result == QuantMode::Static || o.result == QuantMode::Qat;
        plan.anyQat |= o.result == QuantMode::Qat;
        plan.anyDynamic |= o.result == QuantMode::Dynamic;
    }
    if (plan.anyStatic && plan.anyDynamic && floatLinear)
        plan.problem = tr("This config mixes static and dynamic layers and keeps a Linear layer in float. After the "
                          "static pass LibTorch can only apply dynamic quantization to every remaining Linear layer: "
                          "make the float Linear layers dynamic, or drop the dynamic ones.");
    else if (!plan.anyStatic && !plan.anyDynamic)
        plan.problem = tr("No layer would be quantized with this config: every quantizable layer is float or cannot "
                          "take the requested mode.");

    // The weight scheme each quantized layer gets. After a static pass, the dynamic pass sees one
    // inlined graph: every dynamic layer gets the last dynamic override's scheme (or the default).
    std::optional<WeightScheme> mixedDynamic;
    if (plan.anyStatic && plan.anyDynamic) {
        mixedDynamic = config.defaults.weightScheme;
        for (auto it = config.layers.cbegin(); it != config.layers.cend(); ++it)
            if (it->mode == QuantMode::Dynamic)
                mixedDynamic = it->weightScheme;
    }
    for (const LayerOutcome &o : std::as_const(plan.layers)) {
        if (o.result == QuantMode::Float)
            continue;
        const WeightScheme own = config.forLayer(o.layer).weightScheme;
        WeightScheme used = own;
        if (o.type == QLatin1String("LSTM") && o.result == QuantMode::Dynamic)
            used = config.forLayer(lstmConfigLayer).weightScheme;
        else if (o.result == QuantMode::Dynamic && mixedDynamic)
            used = *mixedDynamic;
        plan.weights.insert(o.layer, used);
        if (used != own)
            plan.weightsNotes.insert(o.layer, o.type == QLatin1String("LSTM")
                                                  ? tr("all LSTMs are rewritten together, with the settings of %1").arg(lstmConfigLayer)
                                                  : tr("with static and dynamic layers mixed, every dynamic layer gets one weight scheme"));
    }
    return plan;
}

} // namespace qb
