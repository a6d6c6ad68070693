#pragma once
// Core-internal: the LibTorch side of QuantizedModel.

#include "quant/quantizer.h"

#include <torch/script.h>

namespace qb {

struct QuantizedModel::Private {
    torch::jit::Module module;
};

namespace detail {
/// Counts the operators of a (finalized) module's forward graph.
QuantCoverage countOperators(const torch::jit::Module &module);
} // namespace detail

} // namespace qb
