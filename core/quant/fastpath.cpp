#include "quant/fastpath_p.h"

#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>

#include <map>
#include <set>

namespace qb::detail {

namespace {

bool isFastPathOp(const torch::jit::Node *n)
{
    static const std::set<std::string> ops{"aten::_transformer_encoder_layer_fwd", "aten::_native_multi_head_attention",
                                           "aten::_nested_tensor_from_mask", "aten::to_padded_tensor"};
    return ops.count(n->kind().toQualString()) > 0;
}

/// Sets to false the condition of every prim::If whose then-branch runs a fast-path op; true when any.
bool disableIn(torch::jit::Block *block, torch::jit::Graph &graph)
{
    bool changed = false;
    for (torch::jit::Node *n : block->nodes()) {
        if (n->kind() == c10::prim::If) {
            const auto thenNodes = n->blocks().at(0)->nodes();
            if (std::any_of(thenNodes.begin(), thenNodes.end(), isFastPathOp)) {
                torch::jit::WithInsertPoint guard(n);
                n->replaceInput(0, graph.insertConstant(false));
                changed = true;
            }
        }
        for (torch::jit::Block *sub : n->blocks())
            changed |= disableIn(sub, graph);
    }
    return changed;
}

} // namespace

QStringList disableTransformerFastPaths(torch::jit::Module &module)
{
    QStringList changed;
    std::map<const c10::ClassType *, bool> typeChanged; // instances of one type share its graphs
    for (const auto &named : module.named_modules()) {
        const torch::jit::Module &sub = named.value;
        auto method = sub.find_method("forward");
        if (!method)
            continue;
        auto [it, first] = typeChanged.emplace(sub.type().get(), false);
        if (first) {
            auto graph = method->graph();
            it->second = disableIn(graph->block(), *graph);
            if (it->second) {
                torch::jit::ConstantPropagation(graph);
                torch::jit::EliminateDeadCode(graph);
            }
        }
        if (it->second)
            changed << QString::fromStdString(named.name);
    }
    return changed;
}

} // namespace qb::detail
