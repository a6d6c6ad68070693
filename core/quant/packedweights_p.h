#pragma once
// Core-internal: int8 weights for the graph rewrites that stand in where LibTorch's passes stop
// (recurrent layers, the attention projections): quantized as the layer's config asks, then packed
// for LibTorch's dynamic kernels.

#include "quant/quantconfig.h"

#include <torch/script.h>

namespace qb::detail {

/// int8 weights, per output row or per tensor, symmetric or affine as the config asks.
at::Tensor quantizeWeight(const at::Tensor &weight, const LayerQuantConfig &config);

/// Inserts, at the graph's insertion point, quantized::linear_prepack over the quantized constant
/// weight and the constant bias (undefined: none). Constant propagation folds it afterwards.
torch::jit::Value *insertPackedLinear(torch::jit::Graph &graph, const at::Tensor &weight, const at::Tensor &bias,
                                      const LayerQuantConfig &config);

} // namespace qb::detail
