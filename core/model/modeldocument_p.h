#pragma once
// Core-internal: the LibTorch half of ModelDocument. Include only from core/ .cpp files.

#include "model/modeldocument.h"

#include <torch/script.h>

#include <QMutex>
#include <QHash>

namespace qb {

struct ModelDocument::Private {
    torch::jit::Module module;
    mutable QMutex mutex; ///< guards the caches below
    mutable QHash<int, QVector<TensorInfo>> statsCache;
    mutable QString sha256;
    /// Weights and biases unpacked from quantized packed-parameter objects (they are not module
    /// tensors), by "layerIndex/tensorName", for statistics.
    QHash<QString, at::Tensor> packedTensors;
};

/// "float32", "qint8", ...: PyTorch's Python spelling of a dtype.
QString dtypeName(c10::ScalarType type);

/// Statistics of one tensor; per-channel ranges along dimension 0 for rank >= 2.
void fillTensorStatistics(const at::Tensor &tensor, TensorInfo *info);

} // namespace qb
