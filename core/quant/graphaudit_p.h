#pragma once
// Core-internal: what the converted graph really runs. Counts the quantized kernels, the float compute
// that LibTorch's passes left (heavy ops with weights, and the "float islands": every op that takes a
// dequantized tensor and computes on it in float), and attributes each float op to the module whose
// code it comes from, through the call stack TorchScript's inliner records on each node.

#include "quant/quantizer.h"

#include <torch/script.h>

namespace qb::detail {

/// Operators of the forward graph, counted. coverage.floatOps maps a module path ("" for the root,
/// "block.act1") to the float op kinds attributed to it.
QuantCoverage countOperators(const torch::jit::Module &module);

/// Corrects the planned outcomes from the converted graph: a layer whose weight still feeds a float
/// op becomes float with LibTorch's reason; a custom module is float when float ops of its own (or of
/// children the plan does not list) remain, and quantized otherwise.
void auditOutcomes(const QuantCoverage &coverage, QVector<LayerOutcome> &layers);

} // namespace qb::detail
