#pragma once
// Core-internal: building the deployment form of a model (eval/deployment.h).

#include <torch/script.h>

#include <QString>

namespace qb::detail {

struct DeployedModule {
    torch::jit::Module module;
    QString form;  ///< "float (frozen, optimized)", "int8 onednn (loaded, frozen, optimized)", ...
    QString note;  ///< why a step was skipped (the module is then the form before it); empty when all ran
};

/// A copy of a float module in eval mode, frozen and optimized for inference. Throws what LibTorch
/// throws when the model cannot be frozen at all.
DeployedModule deployFloat(const torch::jit::Module &module);

/// A converted module as a user runs it: serialized, loaded back, frozen and optimized. When freezing
/// or optimizing fails, the loaded (or frozen) form with a note. Throws when it cannot be serialized
/// or loaded back.
DeployedModule deployQuantized(const torch::jit::Module &converted, const QString &engine);

} // namespace qb::detail
