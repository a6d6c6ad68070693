#pragma once
// Core-internal: the LibTorch side of QuantizedModel.

#include "quant/quantizer.h"

#include <torch/script.h>
#include <torch/csrc/jit/passes/quantization/insert_observers.h>

namespace qb {

struct QuantizedModel::Private {
    torch::jit::Module module;
};

namespace detail {
/// Folds every Conv+BN pair and inserts observers (or fake-quantizers for QAT layers) per the config's
/// static and QAT layers: the model as calibration or QAT sees it.
torch::jit::Module prepareStaticPass(torch::jit::Module m, const QuantConfig &config,
                                     const std::shared_ptr<torch::jit::CompilationUnit> &cu);

/// Inserts dynamic-quantization observers (placeholder + weight observer) for the config's dynamic layers.
torch::jit::Module prepareDynamicPass(torch::jit::Module m, const QuantConfig &config,
                                      const std::shared_ptr<torch::jit::CompilationUnit> &cu);

torch::jit::QConfig dynamicQConfig(const LayerQuantConfig &c, const std::shared_ptr<torch::jit::CompilationUnit> &cu);

/// Every observer module a pass inserted, with its module path ("conv1._observer_0").
std::vector<std::pair<QString, torch::jit::Module>> observersOf(const torch::jit::Module &root);
} // namespace detail

} // namespace qb
