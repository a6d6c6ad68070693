#include "quant/linearrewrite_p.h"

#include "quant/packedweights_p.h"

#include <torch/csrc/jit/passes/common_subexpression_elimination.h>
#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/torch.h>

namespace qb::detail {

namespace {

/// Whether w is t, or rows [o, o + w.rows) of t at an offset a split or chunk would give.
bool isRowBlockOf(const at::Tensor &w, const at::Tensor &t)
{
    if (w.dim() != 2 || t.dim() != 2 || w.size(1) != t.size(1) || w.size(0) > t.size(0))
        return false;
    const int64_t rows = w.size(0), total = t.size(0);
    for (int64_t o = 0; o + rows <= total; o += rows)
        if (at::equal(t.narrow(0, o, rows), w))
            return true;
    return at::equal(t.narrow(0, total - rows, rows), w);
}

std::vector<torch::jit::Node *> floatLinears(torch::jit::Block *block)
{
    std::vector<torch::jit::Node *> found;
    for (torch::jit::Node *n : block->nodes()) {
        if (n->kind() == c10::Symbol::fromQualString("aten::linear") && n->inputs().size() == 3)
            found.push_back(n);
        for (torch::jit::Block *sub : n->blocks()) {
            const auto inner = floatLinears(sub);
            found.insert(found.end(), inner.begin(), inner.end());
        }
    }
    return found;
}

/// `x is x` is true: makes every aten::__is__ (and __isnot__) of a value with itself a constant. After
/// inlining, the attention a Transformer layer calls as self_attn(x, x, x) asks exactly that, and the
/// branches for distinct query, key and value (with their own slices of the weights) then fold away.
bool foldSelfIdentity(torch::jit::Block *block, torch::jit::Graph &graph)
{
    static const c10::Symbol is = c10::Symbol::fromQualString("aten::__is__");
    static const c10::Symbol isNot = c10::Symbol::fromQualString("aten::__isnot__");
    bool changed = false;
    for (torch::jit::Node *n : block->nodes()) {
        if ((n->kind() == is || n->kind() == isNot) && n->inputs().size() == 2 && n->input(0) == n->input(1)
            && n->output()->hasUses()) {
            torch::jit::WithInsertPoint guard(n);
            n->output()->replaceAllUsesWith(graph.insertConstant(n->kind() == is));
            changed = true;
        }
        // A branch whose every side returns one value as two of its results returns it twice.
        if (n->kind() == c10::prim::If) {
            for (size_t i = 0; i < n->outputs().size(); ++i) {
                for (size_t j = i + 1; j < n->outputs().size(); ++j) {
                    const auto blocks = n->blocks();
                    const bool same = std::all_of(blocks.begin(), blocks.end(), [i, j](torch::jit::Block *b) {
                        return b->outputs()[i] == b->outputs()[j];
                    });
                    if (same && n->output(j)->hasUses()) {
                        n->output(j)->replaceAllUsesWith(n->output(i));
                        changed = true;
                    }
                }
            }
        }
        for (torch::jit::Block *sub : n->blocks())
            changed |= foldSelfIdentity(sub, graph);
    }
    return changed;
}

} // namespace

QVector<int> rewriteFrozenLinears(torch::jit::Module &frozen, const QVector<LinearTarget> &targets)
{
    QVector<int> rewritten(targets.size(), 0);
    auto graph = frozen.get_method("forward").graph();
    // Each round of folding can make more values identical (query = key = value = query.transpose(...)).
    // Common subexpressions first: the unbatched-input branch unsqueezes query, key and value apart.
    torch::jit::EliminateCommonSubexpression(graph);
    for (int round = 0; round < 8 && foldSelfIdentity(graph->block(), *graph); ++round) {
        torch::jit::EliminateCommonSubexpression(graph);
        torch::jit::ConstantPropagation(graph);
        torch::jit::EliminateDeadCode(graph);
    }
    for (torch::jit::Node *n : floatLinears(graph->block())) {
        const auto weight = torch::jit::toIValue(n->input(1));
        const auto bias = torch::jit::toIValue(n->input(2));
        if (!weight || !weight->isTensor() || !bias || !(bias->isTensor() || bias->isNone()))
            continue;
        const at::Tensor w = weight->toTensor();
        for (int t = 0; t < targets.size(); ++t) {
            const auto &mine = targets[t].weights;
            if (std::none_of(mine.begin(), mine.end(), [&w](const at::Tensor &own) { return isRowBlockOf(w, own); }))
                continue;
            torch::jit::WithInsertPoint guard(n);
            torch::jit::Value *packed = insertPackedLinear(*graph, w, bias->isTensor() ? bias->toTensor() : at::Tensor(),
                                                           targets[t].config);
            torch::jit::Value *out = graph->insert(c10::Symbol::fromQualString("quantized::linear_dynamic"),
                                                   {n->input(0), packed, targets[t].config.reduceRange});
            n->output()->replaceAllUsesWith(out);
            n->destroy();
            ++rewritten[t];
            break;
        }
    }
    if (std::any_of(rewritten.begin(), rewritten.end(), [](int r) { return r > 0; })) {
        torch::jit::ConstantPropagation(graph);
        torch::jit::EliminateDeadCode(graph);
    }
    return rewritten;
}

} // namespace qb::detail
