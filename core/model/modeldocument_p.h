#pragma once
// Core-internal: the LibTorch half of ModelDocument. Include only from core/ .cpp files.

#include "model/modeldocument.h"

#include <torch/script.h>

#include <QMutex>
#include <QHash>

#include <optional>

namespace qb {

namespace detail {
/// Casts a module's float16 and bfloat16 parameters and buffers to float32 in place (LibTorch's CPU
/// kernels have no half-precision convolution); true when any was.
bool upcastHalfPrecision(torch::jit::Module &module);
} // namespace detail

struct ModelDocument::Private {
    torch::jit::Module module;
    mutable QMutex mutex; ///< guards the caches below
    mutable QHash<int, QVector<TensorInfo>> statsCache;
    mutable QString sha256;
    /// Weights and biases unpacked from quantized packed-parameter objects (they are not module
    /// tensors), by "layerIndex/tensorName", for statistics.
    QHash<QString, at::Tensor> packedTensors;
    bool halfPrecision = false;               ///< float16 or bfloat16 parameters
    mutable std::optional<torch::jit::Module> float32; ///< their float32 copy, made on first use (guarded)

    /// The module to run: the model itself, or for a half-precision model a float32 copy of it (this
    /// CPU has no float16 convolution). Any thread.
    torch::jit::Module runnable() const;
};

/// "float32", "qint8", ...: PyTorch's Python spelling of a dtype.
QString dtypeName(c10::ScalarType type);

/// Statistics of one tensor; per-channel ranges along dimension 0 for rank >= 2.
void fillTensorStatistics(const at::Tensor &tensor, TensorInfo *info);

} // namespace qb
