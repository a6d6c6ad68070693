#pragma once
// Core-internal: building blocks for TorchScript modules made in C++. Each carries the qualified
// class name PyTorch gives the layer (torch.nn.modules....), which LibTorch's quantization passes
// match on, and a forward() in PyTorch's own terms. Parameters are leaves that require grad.

#include <torch/script.h>

namespace qb::detail {

using CompilationUnitPtr = std::shared_ptr<torch::jit::CompilationUnit>;

/// An empty module of the given class with the `training` flag every nn.Module has.
torch::jit::Module makeModule(const CompilationUnitPtr &cu, const std::string &qualifiedName);

torch::jit::Module makeLinear(const CompilationUnitPtr &cu, int in, int out);
torch::jit::Module makeConv2d(const CompilationUnitPtr &cu, int in, int out, int kernel, int padding, int stride = 1,
                              bool bias = true);
torch::jit::Module makeBatchNorm2d(const CompilationUnitPtr &cu, int channels);
torch::jit::Module makeLayerNorm(const CompilationUnitPtr &cu, int features);
torch::jit::Module makeReLU(const CompilationUnitPtr &cu);
/// A lookup table of `count` rows of `width`, initialised N(0, 1) as nn.Embedding is.
torch::jit::Module makeEmbedding(const CompilationUnitPtr &cu, int count, int width);
torch::jit::Module makeMaxPool2d(const CompilationUnitPtr &cu, int kernel);
/// A single-layer, batch-first LSTM whose forward returns the output sequence.
torch::jit::Module makeLstm(const CompilationUnitPtr &cu, int inputSize, int hiddenSize);

/// `text` with every `token` replaced by `value`: fills sizes into TorchScript source templates.
std::string replaceAll(std::string text, const std::string &token, const std::string &value);

/// Saves with quantbench.json (when metadata is not empty).
void saveModule(torch::jit::Module &module, const QString &path, const QJsonObject &metadata);

} // namespace qb::detail
