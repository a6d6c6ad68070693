#include "quant/recurrentrewrite_p.h"

#include "quant/packedweights_p.h"
#include "util/torcherror.h"

#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/torch.h>

namespace qb::detail {

namespace {

/// Every call of `floatOp` (aten::lstm or aten::gru) in its .input overload: (input, hx, params,
/// has_biases, num_layers, dropout, train, bidirectional, batch_first), in nested blocks too. The
/// packed-sequence overload (.data) is left as it is.
std::vector<torch::jit::Node *> recurrentNodes(torch::jit::Block *top, torch::jit::Symbol floatOp)
{
    std::vector<torch::jit::Node *> found;
    std::function<void(torch::jit::Block *)> collect = [&](torch::jit::Block *block) {
        for (torch::jit::Node *n : block->nodes()) {
            if (n->kind() == floatOp && n->inputs().size() == 9 && n->maybeSchema()
                && n->maybeSchema()->overload_name() == "input")
                found.push_back(n);
            for (torch::jit::Block *sub : n->blocks())
                collect(sub);
        }
    };
    collect(top);
    return found;
}

/// The layer's weights: freezing leaves them as one constant tensor list, or a list built from
/// constants. False when they are neither.
bool constantWeights(torch::jit::Node *n, std::vector<at::Tensor> *weights)
{
    using namespace torch::jit;
    if (const auto whole = toIValue(n->input(2)); whole && whole->isTensorList()) {
        for (const at::Tensor &t : whole->toTensorVector())
            weights->push_back(t);
        return true;
    }
    if (n->input(2)->node()->kind() != prim::ListConstruct)
        return false;
    for (Value *v : n->input(2)->node()->inputs()) {
        const auto constant = toIValue(v);
        if (!constant || !constant->isTensor())
            return false;
        weights->push_back(constant->toTensor());
    }
    return true;
}

} // namespace

int rewriteFrozenRecurrent(torch::jit::Module &frozen, RecurrentKind kind, const LayerQuantConfig &config, QString *error)
{
    using namespace torch::jit;
    auto graph = frozen.get_method("forward").graph();
    const bool lstm = kind == RecurrentKind::Lstm;
    const Symbol floatOp = Symbol::fromQualString(lstm ? "aten::lstm" : "aten::gru");
    const std::vector<Node *> lstms = recurrentNodes(graph->block(), floatOp);
    int rewritten = 0;
    for (Node *n : lstms) {
        std::vector<at::Tensor> weights;
        if (!constantWeights(n, &weights)) {
            *error = QStringLiteral("its weights are not constants of the frozen graph");
            return -1;
        }
        const auto hasBiases = toIValue(n->input(3));
        const auto layers = toIValue(n->input(4));
        const auto bidirectional = toIValue(n->input(7));
        if (!hasBiases || !layers || !bidirectional) {
            *error = QStringLiteral("its configuration is not constant");
            return -1;
        }
        const size_t perCell = hasBiases->toBool() ? 4 : 2;
        const size_t cellsExpected = size_t(layers->toInt()) * (bidirectional->toBool() ? 2 : 1);
        if (weights.size() != perCell * cellsExpected) {
            *error = QStringLiteral("it has %1 weight tensors where %2 were expected").arg(weights.size()).arg(perCell * cellsExpected);
            return -1;
        }
        WithInsertPoint guard(n);
        std::vector<Value *> cells;
        for (size_t c = 0; c < cellsExpected; ++c) {
            const at::Tensor &wih = weights[c * perCell];
            const at::Tensor &whh = weights[c * perCell + 1];
            const int64_t gates = wih.size(0);
            const at::Tensor bih = perCell == 4 ? weights[c * perCell + 2] : torch::zeros({gates});
            const at::Tensor bhh = perCell == 4 ? weights[c * perCell + 3] : torch::zeros({gates});
            // The kernel adds the biases packed with the weights (as PyTorch's quantized LSTM packs them).
            Value *biasIh = graph->insertConstant(bih);
            Value *biasHh = graph->insertConstant(bhh);
            Value *packedIh = insertPackedLinear(*graph, wih, bih, config);
            Value *packedHh = insertPackedLinear(*graph, whh, bhh, config);
            cells.push_back(graph->insert(Symbol::fromQualString("quantized::make_quantized_cell_params_dynamic"),
                                          {packedIh, packedHh, biasIh, biasHh, false}));
        }
        Value *cellList = graph->insertNode(graph->createList(cells.front()->type(), cells))->output();
        const std::vector<NamedValue> args{n->input(0), n->input(1), cellList, n->input(3), n->input(4), n->input(5),
                                           n->input(6), n->input(7), n->input(8)};
        // The dynamic GRU kernel is chosen by its cell parameters alone; the LSTM's takes the dtype too.
        Value *result = lstm ? graph->insert(Symbol::fromQualString("aten::quantized_lstm"), args,
                                             {NamedValue("dtype", c10::IValue(static_cast<int64_t>(c10::ScalarType::QInt8))),
                                              NamedValue("use_dynamic", c10::IValue(true))})
                             : graph->insert(Symbol::fromQualString("aten::quantized_gru"), args);
        Node *unpack = graph->insertNode(graph->createTupleUnpack(result));
        n->replaceAllUsesWith(unpack);
        n->destroy();
        ++rewritten;
    }
    if (rewritten > 0) {
        // Packing constant weights is itself constant: fold it so forward does not repack every call.
        ConstantPropagation(graph);
        EliminateDeadCode(graph);
    }
    return rewritten;
}

} // namespace qb::detail
