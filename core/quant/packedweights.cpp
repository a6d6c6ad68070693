#include "quant/packedweights_p.h"

#include "quant/qparams.h"

#include <torch/torch.h>

namespace qb::detail {

at::Tensor quantizeWeight(const at::Tensor &weight, const LayerQuantConfig &config)
{
    const at::Tensor w = weight.detach().to(torch::kFloat).contiguous();
    const bool symmetric = config.weightsSymmetric();
    const QuantRange range = quantRange(QuantDtype::QInt8, false);
    if (config.perChannel()) {
        const auto [lo, hi] = torch::aminmax(w.flatten(1), 1);
        std::vector<double> scales;
        std::vector<int64_t> zeros;
        for (int64_t r = 0; r < w.size(0); ++r) {
            const QParams p = computeQParams(lo[r].item<double>(), hi[r].item<double>(), QuantDtype::QInt8, symmetric, range);
            scales.push_back(p.scale);
            zeros.push_back(p.zeroPoint);
        }
        return at::quantize_per_channel(w, torch::tensor(scales, torch::kDouble), torch::tensor(zeros, torch::kLong), 0,
                                        torch::kQInt8);
    }
    const QParams p = computeQParams(w.min().item<double>(), w.max().item<double>(), QuantDtype::QInt8, symmetric, range);
    return at::quantize_per_tensor(w, p.scale, p.zeroPoint, torch::kQInt8);
}

torch::jit::Value *insertPackedLinear(torch::jit::Graph &graph, const at::Tensor &weight, const at::Tensor &bias,
                                      const LayerQuantConfig &config)
{
    torch::jit::Value *b = bias.defined() ? graph.insertConstant(bias.detach().to(torch::kFloat)) : graph.insertConstant(c10::IValue());
    return graph.insert(c10::Symbol::fromQualString("quantized::linear_prepack"),
                        {graph.insertConstant(quantizeWeight(weight, config)), b});
}

} // namespace qb::detail
