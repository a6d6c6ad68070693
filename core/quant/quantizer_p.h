#pragma once
// Core-internal: the LibTorch side of QuantizedModel.

#include "eval/deployment_p.h"
#include "quant/quantizer.h"

#include <torch/script.h>
#include <torch/csrc/jit/passes/quantization/insert_observers.h>

#include <QMutex>

#include <mutex>
#include <optional>

namespace qb {

struct QuantizedModel::Private {
    torch::jit::Module module;              ///< as converted: what save() writes
    std::mutex deploymentMutex;
    std::optional<detail::DeployedModule> deployment; ///< built on first use (detail::deploymentOf)
};

namespace detail {
/// LibTorch keeps the quantized engine process-wide, and packing weights (Finalize, or loading an
/// archive) packs them for the current one: whoever packs holds this lock and sets the engine.
QMutex &engineMutex();

/// The model as it ships (eval/deployment_p.h), built under the engine it was quantized for: a fresh
/// one each call, or the one kept for the model. Both throw what deployQuantized throws.
DeployedModule freshDeploymentOf(const QuantizedModel &model);
const DeployedModule &deploymentOf(const QuantizedModel &model);

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
