#include "quant/embeddingrewrite_p.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/frontend/ir_emitter.h>
#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/csrc/jit/passes/inliner.h>
#include <torch/torch.h>

#include "util/translation.h"

// The reasons are the quantizer's: it reports them.
QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)

namespace qb::detail {

namespace {

const c10::Symbol kEmbedding = c10::Symbol::fromQualString("aten::embedding");
const c10::Symbol kEmbeddingBag = c10::Symbol::fromQualString("aten::embedding_bag");

std::optional<c10::IValue> constantOf(torch::jit::Value *v)
{
    return torch::jit::toIValue(v);
}

// The index arithmetic the kernels need around them, in TorchScript: graph code without torch.ops
// (which the C++ compiler does not resolve), dtypes as ScalarType numbers (4 = int64, 6 = float32).
constexpr const char *kHelpers = R"TS(
def qb_lookup_offsets(indices: Tensor) -> Tensor:
    return torch.arange(indices.numel(), dtype=4)

def qb_lookup_flat(indices: Tensor) -> Tensor:
    return indices.reshape([-1])

def qb_lookup_shape(indices: Tensor, rows: Tensor) -> Tensor:
    return rows.reshape(indices.size() + [rows.size(1)])

def qb_bag_weights(indices: Tensor, offsets: Tensor, given: Optional[Tensor], mean: bool, padding: int) -> Tensor:
    keep = torch.ones([indices.numel()], dtype=6)
    if padding >= 0:
        keep = (indices != padding).float()
    weights = keep
    if given is not None:
        weights = keep * given
    if mean:
        positions = torch.arange(indices.numel(), dtype=offsets.dtype)
        bags = torch.bucketize(positions, offsets, right=True) - 1
        counts = torch.zeros([offsets.numel()], dtype=6).index_add_(0, bags, keep)
        weights = weights / counts.clamp(min=1.0).index_select(0, bags)
    return weights
)TS";

class Rewriter
{
public:
    explicit Rewriter(torch::jit::Module &frozen)
        : m_graph(frozen.get_method("forward").graph()), m_helpers(torch::jit::compile(kHelpers))
    {
    }

    /// Every embedding lookup whose weight is a constant of the graph.
    std::vector<torch::jit::Node *> lookups() const
    {
        std::vector<torch::jit::Node *> found;
        std::function<void(torch::jit::Block *)> collect = [&](torch::jit::Block *block) {
            for (torch::jit::Node *n : block->nodes()) {
                if ((n->kind() == kEmbedding || n->kind() == kEmbeddingBag) && constantOf(n->input(0)))
                    found.push_back(n);
                for (torch::jit::Block *sub : n->blocks())
                    collect(sub);
            }
        };
        collect(m_graph->block());
        return found;
    }

    static at::Tensor weightOf(torch::jit::Node *n) { return constantOf(n->input(0))->toTensor(); }

    /// Why a lookup cannot be rewritten; empty when it can. aten::embedding always can.
    static QString refusal(torch::jit::Node *n)
    {
        if (n->kind() == kEmbedding)
            return {};
        for (size_t i = 1; i < n->outputs().size(); ++i)
            if (n->output(i)->hasUses())
                return tr("the model uses the bag's offsets or sizes, which the quantized kernel does not return");
        const auto mode = constantOf(n->input(4));
        if (!mode || !mode->isInt())
            return tr("its mode is not a constant");
        if (mode->toInt() == 2)
            return tr("LibTorch has no quantized kernel for mode \"max\" bags");
        if (n->inputs().size() > 8 && !constantOf(n->input(8)))
            return tr("its padding_idx is not a constant");
        return {};
    }

    /// Rewrites one lookup that refusal() accepts.
    void rewrite(torch::jit::Node *n, int bits)
    {
        torch::jit::WithInsertPoint guard(n);
        torch::jit::Value *packed = pack(n->input(0), bits);
        if (n->kind() == kEmbedding)
            rewriteLookup(n, packed, bits);
        else
            rewriteBag(n, packed, bits);
    }

    /// Folds the packing of the constant weights, so forward does not repack every call.
    void finish()
    {
        torch::jit::Inline(*m_graph);
        torch::jit::ConstantPropagation(m_graph);
        torch::jit::EliminateDeadCode(m_graph);
    }

private:
    using Value = torch::jit::Value;

    torch::jit::Value *pack(Value *weight, int bits)
    {
        if (bits == 4)
            return m_graph->insert(c10::Symbol::fromQualString("quantized::embedding_bag_4bit_prepack"), {weight});
        return m_graph->insert(c10::Symbol::fromQualString("quantized::embedding_bag_byte_prepack"), {weight});
    }

    Value *kernel(int bits, Value *packed, Value *indices, Value *offsets, const c10::IValue &weights, Value *givenWeights,
                  Value *includeLast)
    {
        const char *op = bits == 4 ? "quantized::embedding_bag_4bit_rowwise_offsets" : "quantized::embedding_bag_byte_rowwise_offsets";
        // (weight, indices, offsets, scale_grad_by_freq, mode = sum, pruned_weights, per_sample_weights,
        // compressed_indices_mapping, include_last_offset): the kernels always sum, whatever mode says.
        return m_graph->insert(c10::Symbol::fromQualString(op),
                               {packed, indices, offsets, false, int64_t(0), false,
                                givenWeights ? torch::jit::NamedValue(givenWeights) : torch::jit::NamedValue(weights),
                                c10::IValue(), includeLast ? torch::jit::NamedValue(includeLast) : torch::jit::NamedValue(false)});
    }

    Value *call(const char *helper, const std::vector<Value *> &inputs)
    {
        auto &fn = torch::jit::toGraphFunction(m_helpers->get_function(helper));
        return torch::jit::insertGraph(*m_graph, *fn.graph(), inputs).at(0);
    }

    /// aten::embedding(weight, indices, padding_idx, scale_grad_by_freq, sparse): one bag per index.
    /// padding_idx only shapes gradients, and a zero row stays zero when packed.
    void rewriteLookup(torch::jit::Node *n, Value *packed, int bits)
    {
        Value *indices = n->input(1);
        Value *flat = call("qb_lookup_flat", {indices});
        Value *rows = kernel(bits, packed, flat, call("qb_lookup_offsets", {flat}), c10::IValue(), nullptr, nullptr);
        n->output()->replaceAllUsesWith(call("qb_lookup_shape", {indices, rows}));
        n->destroy();
    }

    /// aten::embedding_bag(weight, indices, offsets, scale_grad_by_freq, mode, sparse, per_sample_weights,
    /// include_last_offset[, padding_idx]) -> (output, offset2bag, bag_size, max_indices). A 2-D input has
    /// already been flattened, with offsets, by the code that calls it.
    void rewriteBag(torch::jit::Node *n, Value *packed, int bits)
    {
        std::optional<int64_t> padding;
        if (n->inputs().size() > 8) {
            const auto p = constantOf(n->input(8));
            if (p->isInt() && p->toInt() >= 0)
                padding = p->toInt();
        }
        const bool mean = constantOf(n->input(4))->toInt() == 1;
        Value *indices = n->input(1), *offsets = n->input(2);
        Value *given = n->input(6)->type()->kind() == c10::TypeKind::NoneType ? nullptr : n->input(6);
        Value *weights = given;
        if (mean || padding) {
            Value *givenOrNone = given ? given : m_graph->insertConstant(c10::IValue());
            weights = call("qb_bag_weights", {indices, offsets, givenOrNone, m_graph->insertConstant(mean),
                                              m_graph->insertConstant(padding.value_or(-1))});
        }
        Value *out = kernel(bits, packed, indices, offsets, c10::IValue(), weights, n->input(7));
        n->output(0)->replaceAllUsesWith(out);
        n->destroy();
    }

    std::shared_ptr<torch::jit::Graph> m_graph;
    std::shared_ptr<torch::jit::CompilationUnit> m_helpers;
};

} // namespace

QVector<EmbeddingRewriteResult> rewriteFrozenEmbeddings(torch::jit::Module &frozen, const QVector<EmbeddingTarget> &targets)
{
    QVector<EmbeddingRewriteResult> results;
    Rewriter rewriter(frozen);
    const std::vector<torch::jit::Node *> lookups = rewriter.lookups();
    std::vector<bool> taken(lookups.size(), false);
    for (const EmbeddingTarget &target : targets) {
        EmbeddingRewriteResult r{target.layer, false, target.bits, {}, {}};
        const at::Tensor weight = target.weight.detach().to(torch::kFloat);
        if (r.bits == 4 && weight.size(1) % 2 != 0) {
            r.bits = 8;
            r.notes << tr("%1: 4-bit rows need an even width and this one is %2 wide; packed to 8 bits instead.")
                           .arg(target.layer)
                           .arg(weight.size(1));
        }
        std::vector<torch::jit::Node *> mine;
        for (size_t i = 0; i < lookups.size(); ++i) {
            if (taken[i]) // rewritten lookups are gone from the graph
                continue;
            const at::Tensor constant = Rewriter::weightOf(lookups[i]);
            if (constant.sizes() != weight.sizes() || !at::equal(constant.to(torch::kFloat), weight))
                continue;
            taken[i] = true;
            mine.push_back(lookups[i]);
            if (r.reason.isEmpty())
                r.reason = Rewriter::refusal(lookups[i]);
        }
        // All of a layer's lookups or none: the report says one thing per layer.
        if (mine.empty())
            r.reason = tr("no lookup of its weight was found in the converted graph");
        r.rewritten = r.reason.isEmpty();
        if (r.rewritten)
            for (torch::jit::Node *n : mine)
                rewriter.rewrite(n, r.bits);
        results << r;
    }
    rewriter.finish();
    return results;
}

} // namespace qb::detail
