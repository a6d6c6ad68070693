#include "quant/graphaudit_p.h"

#include "util/translation.h"

#include <torch/csrc/jit/passes/inliner.h>

#include <QSet>

#include <set>

QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)

namespace qb::detail {

namespace {

/// Float ops with a weight: when one of these is left, its layer is not quantized.
const QSet<QString> &weightedFloatKinds()
{
    static const QSet<QString> kinds{
        QStringLiteral("aten::linear"), QStringLiteral("aten::conv1d"), QStringLiteral("aten::conv2d"),
        QStringLiteral("aten::conv3d"), QStringLiteral("aten::_convolution"), QStringLiteral("aten::conv_transpose1d"),
        QStringLiteral("aten::conv_transpose2d"), QStringLiteral("aten::conv_transpose3d"), QStringLiteral("aten::addmm"),
        QStringLiteral("aten::lstm"), QStringLiteral("aten::gru"), QStringLiteral("aten::embedding"),
        QStringLiteral("aten::embedding_bag")};
    return kinds;
}

/// Heavy float compute, counted wherever it runs: the weighted kinds, the activation products and the
/// fused Transformer kernels.
bool isHeavyFloat(const QString &kind)
{
    static const QSet<QString> more{QStringLiteral("aten::matmul"), QStringLiteral("aten::mm"), QStringLiteral("aten::bmm"),
                                    QStringLiteral("aten::_native_multi_head_attention"),
                                    QStringLiteral("aten::_transformer_encoder_layer_fwd")};
    return weightedFloatKinds().contains(kind) || more.contains(kind);
}

/// Ops that move, view or describe a tensor without computing on it: a dequantized tensor passes
/// through them and they are not counted.
bool movesData(const QString &kind)
{
    static const QSet<QString> moves{
        QStringLiteral("aten::reshape"), QStringLiteral("aten::view"), QStringLiteral("aten::flatten"),
        QStringLiteral("aten::unflatten"), QStringLiteral("aten::contiguous"), QStringLiteral("aten::transpose"),
        QStringLiteral("aten::permute"), QStringLiteral("aten::t"), QStringLiteral("aten::unsqueeze"),
        QStringLiteral("aten::squeeze"), QStringLiteral("aten::expand"), QStringLiteral("aten::expand_as"),
        QStringLiteral("aten::select"), QStringLiteral("aten::slice"), QStringLiteral("aten::narrow"),
        QStringLiteral("aten::chunk"), QStringLiteral("aten::split"), QStringLiteral("aten::unbind"),
        QStringLiteral("aten::detach"), QStringLiteral("aten::clone"), QStringLiteral("aten::to"),
        QStringLiteral("aten::type_as"), QStringLiteral("aten::dropout"), QStringLiteral("aten::__getitem__"),
        QStringLiteral("aten::size"), QStringLiteral("aten::numel"), QStringLiteral("aten::dim"),
        QStringLiteral("aten::len"), QStringLiteral("aten::format"), QStringLiteral("aten::warn")};
    return moves.contains(kind);
}

bool isQuantized(const QString &kind)
{
    return kind.startsWith(QLatin1String("quantized::")) || kind == QLatin1String("aten::quantized_lstm")
           || kind == QLatin1String("aten::quantized_gru");
}

bool hasTensorOutput(const torch::jit::Node *node)
{
    for (const torch::jit::Value *v : node->outputs())
        if (v->type()->kind() == c10::TypeKind::TensorType)
            return true;
    return false;
}

/// The module whose code a node comes from: the instance names along its inlined call stack.
QString modulePathOf(torch::jit::Node *node)
{
    QStringList parts;
    if (auto stack = node->callstack()) {
        for (const auto &entry : (*stack)->vec())
            if (const auto &instance = std::get<2>(entry))
                parts << QString::fromStdString(instance->instance_name());
    }
    return parts.join(QLatin1Char('.'));
}

class Counter
{
public:
    explicit Counter(QuantCoverage &c) : m_c(c) {}

    void walk(torch::jit::Block *block)
    {
        for (torch::jit::Node *node : block->nodes())
            visit(node);
    }

private:
    void visit(torch::jit::Node *node)
    {
        const QString kind = QString::fromStdString(node->kind().toQualString());
        m_c.kindCounts[kind] += 1;
        const bool takesDequantized = std::any_of(node->inputs().begin(), node->inputs().end(),
                                                  [this](torch::jit::Value *v) { return m_dequantized.count(v) > 0; });
        if (isQuantized(kind)) {
            ++m_c.quantizedOps;
            addUnique(m_c.quantizedKinds, kind);
        } else if (kind.startsWith(QLatin1String("aten::quantize_per"))) {
            ++m_c.quantizeOps;
        } else if (kind == QLatin1String("aten::dequantize")) {
            ++m_c.dequantizeOps;
            markOutputs(node);
        } else if (isHeavyFloat(kind)) {
            ++m_c.floatComputeOps;
            addUnique(m_c.floatKinds, kind);
            attribute(node, kind);
            if (takesDequantized)
                markOutputs(node);
        } else if (kind.startsWith(QLatin1String("aten::")) && takesDequantized) {
            markOutputs(node);
            if (!movesData(kind) && hasTensorOutput(node)) {
                ++m_c.floatIslandOps;
                addUnique(m_c.islandKinds, kind);
                attribute(node, kind);
            }
        } else if (takesDequantized) {
            markOutputs(node); // lists, tuples, branches
        }
        // A branch's result is dequantized when either side returns a dequantized value.
        for (torch::jit::Block *sub : node->blocks()) {
            walk(sub);
            for (size_t i = 0; i < sub->outputs().size() && i < node->outputs().size(); ++i)
                if (m_dequantized.count(sub->outputs()[i]))
                    m_dequantized.insert(node->outputs()[i]);
        }
    }

    void markOutputs(torch::jit::Node *node)
    {
        for (torch::jit::Value *v : node->outputs())
            m_dequantized.insert(v);
    }

    void attribute(torch::jit::Node *node, const QString &kind)
    {
        addUnique(m_c.floatOps[modulePathOf(node)], kind);
    }

    static void addUnique(QStringList &list, const QString &kind)
    {
        if (!list.contains(kind))
            list << kind;
    }

    QuantCoverage &m_c;
    std::set<const torch::jit::Value *> m_dequantized; ///< float values computed from a dequantized tensor
};

QString shortKind(const QString &kind)
{
    return kind.mid(kind.indexOf(QLatin1String("::")) + 2);
}

} // namespace

QuantCoverage countOperators(const torch::jit::Module &module)
{
    QuantCoverage c;
    auto graph = module.get_method("forward").graph()->copy();
    torch::jit::Inline(*graph);
    Counter(c).walk(graph->block());
    c.quantizedKinds.sort();
    c.floatKinds.sort();
    c.islandKinds.sort();
    return c;
}

void auditOutcomes(const QuantCoverage &coverage, QVector<LayerOutcome> &layers)
{
    QSet<QString> planned;
    for (const LayerOutcome &o : std::as_const(layers))
        planned << o.layer;
    // Each float op belongs to the closest listed layer that contains its module.
    auto ownerOf = [&planned](QString path) {
        while (!path.isEmpty() && !planned.contains(path))
            path = path.contains(QLatin1Char('.')) ? path.left(path.lastIndexOf(QLatin1Char('.'))) : QString();
        return path;
    };
    QMap<QString, QStringList> owned; // layer -> "gelu (act1)", "add"
    QMap<QString, QStringList> weighted; // layer -> float ops with weights
    for (auto it = coverage.floatOps.cbegin(); it != coverage.floatOps.cend(); ++it) {
        const QString owner = ownerOf(it.key());
        if (owner.isEmpty())
            continue;
        const QString where = it.key() == owner ? QString() : it.key().mid(owner.size() + 1);
        for (const QString &kind : it.value()) {
            owned[owner] << (where.isEmpty() ? shortKind(kind) : QStringLiteral("%1 (%2)").arg(shortKind(kind), where));
            if (weightedFloatKinds().contains(kind))
                weighted[owner] << kind;
        }
    }
    for (LayerOutcome &o : layers) {
        if (o.result != QuantMode::Float && weighted.contains(o.layer)) {
            o.result = QuantMode::Float;
            o.reason = tr("LibTorch's pass left its %1 in float").arg(weighted.value(o.layer).join(QLatin1String(", ")));
            continue;
        }
        if (!o.ownCode)
            continue;
        if (owned.contains(o.layer)) {
            o.reason = tr("custom module: its own %1 run in float").arg(owned.value(o.layer).join(QLatin1String(", ")));
        } else if (o.requested == QuantMode::Static || o.requested == QuantMode::Qat) {
            o.result = o.requested;
            o.reason = tr("custom module: every operation of its own runs on quantized tensors");
        } else if (o.requested == QuantMode::Dynamic) {
            o.reason = tr("custom module: dynamic quantization runs activations in float; only the weighted layers "
                          "inside it are quantized");
        }
    }
}

} // namespace qb::detail
