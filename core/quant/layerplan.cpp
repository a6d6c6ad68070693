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
    if (requested == QuantMode::WeightOnly && layer.kind.kind != LayerKind::Embedding) {
        keepFloat(tr("weight-only quantization is for embeddings; choose dynamic or static for a %1").arg(layer.type));
        return o;
    }
    switch (layer.kind.kind) {
    case LayerKind::Linear:
        // The attention's input projection is a bare parameter, not a Linear module: only the dynamic
        // rewrite (linearrewrite.cpp) reaches it.
        if (layer.type == QLatin1String("MultiheadAttention") && requested != QuantMode::Dynamic)
            keepFloat(tr("the static pass does not reach the attention's input projection (a bare weight, not a "
                         "Linear module); choose dynamic for it"));
        break;
    case LayerKind::Convolution:
        if (requested == QuantMode::Dynamic)
            keepFloat(tr("dynamic quantization covers Linear and recurrent layers; use static for convolutions"));
        else if (layer.type.startsWith(QLatin1String("ConvTranspose")))
            keepFloat(tr("LibTorch's graph passes do not quantize transposed convolutions"));
        break;
    case LayerKind::Recurrent:
        // LSTMs and GRUs are rewritten to LibTorch's dynamic int8 kernels (recurrentrewrite.cpp); the
        // quantizer confirms or corrects the result once the rewrite has run.
        if (requested != QuantMode::Dynamic)
            keepFloat(tr("there is no static quantized kernel for recurrent layers; use dynamic"));
        else if (layer.type != QLatin1String("LSTM") && layer.type != QLatin1String("GRU"))
            keepFloat(tr("only LSTM and GRU layers have a dynamic int8 kernel; %1 stays float").arg(layer.type));
        break;
    case LayerKind::Embedding:
        // Row-wise int8 (or int4) weights with float lookups (embeddingrewrite.cpp), whatever the mode
        // asked: the graph passes would put an observer on the token ids.
        o.result = QuantMode::WeightOnly;
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

namespace {

/// Recurrent layers are rewritten to the dynamic kernels after conversion, when Finalize has inlined
/// every submodule: one choice then applies to every layer of a type, with the config of the last
/// dynamic one. Marks the layers that stay float for it; returns, per type, the layer whose settings
/// every layer of that type takes.
QMap<QString, QString> tieRecurrentLayers(QuantPlan *plan)
{
    QMap<QString, QString> recurrentConfigLayer;
    for (const QString &type : {QStringLiteral("LSTM"), QStringLiteral("GRU")}) {
        bool floatOne = false;
        for (const LayerOutcome &o : std::as_const(plan->layers)) {
            if (o.type != type)
                continue;
            if (o.requested == QuantMode::Dynamic)
                recurrentConfigLayer[type] = o.layer;
            else
                floatOne = true;
        }
        for (LayerOutcome &o : plan->layers) {
            if (o.type == type && o.requested == QuantMode::Dynamic && floatOne) {
                o.result = QuantMode::Float;
                o.reason = tr("the %1 could not be rewritten to the dynamic int8 kernel: %2")
                               .arg(type, tr("layers of one type are rewritten together after conversion, and another %1 "
                                             "of this model is kept in float").arg(type));
            }
        }
    }
    return recurrentConfigLayer;
}

/// Every Conv+BatchNorm pair is folded: a BatchNorm kept float stays float only with its convolution.
/// Says so for each BatchNorm asked to stay float whose convolution is quantized.
void noteFoldedBatchNorms(const ModelInfo &info, const QuantConfig &config, QuantPlan *plan)
{
    const LayerInfo *previous = nullptr;
    for (const LayerInfo &layer : info.layers) {
        if (layer.kind.kind == LayerKind::BatchNorm && layer.kind.can(LayerCapability::Folded) && previous
            && previous->kind.kind == LayerKind::Convolution && config.forLayer(layer.name).mode == QuantMode::Float) {
            const LayerOutcome *conv = plan->find(previous->name);
            if (conv && conv->result != QuantMode::Float)
                plan->notes << tr("%1 is folded into %2, which is quantized, so its arithmetic is quantized with it; keep "
                                 "%2 float as well to keep %1 in float.").arg(layer.name, previous->name);
        }
        previous = &layer;
    }
}

} // namespace

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
                                           "quantized as configured"),
                                        /*ownCode=*/true};
            continue;
        }
        if (!layer.kind.quantizable)
            continue;
        plan.layers << plannedOutcome(layer, mode);
        floatLinear |= plan.layers.constLast().result == QuantMode::Float && layer.kind.kind == LayerKind::Linear;
    }

    const QMap<QString, QString> recurrentConfigLayer = tieRecurrentLayers(&plan);

    for (const LayerOutcome &o : std::as_const(plan.layers)) {
        plan.anyStatic |= o.result == QuantMode::Static || o.result == QuantMode::Qat;
        plan.anyQat |= o.result == QuantMode::Qat;
        plan.anyDynamic |= o.result == QuantMode::Dynamic;
        plan.anyWeightOnly |= o.result == QuantMode::WeightOnly;
    }
    noteFoldedBatchNorms(info, config, &plan);

    if (plan.anyStatic && plan.anyDynamic && floatLinear)
        plan.problem = tr("This config mixes static and dynamic layers and keeps a Linear layer in float. After the "
                          "static pass LibTorch can only apply dynamic quantization to every remaining Linear layer: "
                          "make the float Linear layers dynamic, or drop the dynamic ones.");
    else if (!plan.anyStatic && !plan.anyDynamic && !plan.anyWeightOnly)
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
        if (o.result == QuantMode::Float || o.result == QuantMode::WeightOnly)
            continue;
        const WeightScheme own = config.forLayer(o.layer).weightScheme;
        WeightScheme used = own;
        const bool recurrent = recurrentConfigLayer.contains(o.type) && o.result == QuantMode::Dynamic;
        if (recurrent)
            used = config.forLayer(recurrentConfigLayer.value(o.type)).weightScheme;
        else if (o.result == QuantMode::Dynamic && mixedDynamic)
            used = *mixedDynamic;
        plan.weights.insert(o.layer, used);
        if (used != own)
            plan.weightsNotes.insert(o.layer, recurrent
                                                  ? tr("all %1 layers are rewritten together, with the settings of %2")
                                                        .arg(o.type, recurrentConfigLayer.value(o.type))
                                                  : tr("with static and dynamic layers mixed, every dynamic layer gets one weight scheme"));
    }
    return plan;
}

} // namespace qb
