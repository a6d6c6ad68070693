#pragma once
// Core-internal: LibTorch's dynamic pass quantizes Linear modules it sees called. Inside
// MultiheadAttention the input projection is a bare parameter and the output projection's weight is
// handed to a functional call, so both stay aten::linear in float (PyTorch's quantize_dynamic_jit
// leaves them too). This rewrites those calls, found by their constant weights in the frozen graph, to
// quantized::linear_dynamic over int8 packed weights.

#include "quant/quantconfig.h"

#include <QString>
#include <QVector>

#include <torch/script.h>

namespace qb::detail {

struct LinearTarget {
    QString layer;
    std::vector<at::Tensor> weights; ///< every weight of the layer; a call on a block of rows of one counts
    LayerQuantConfig config;
};

/// Rewrites every aten::linear of a frozen module whose weight is a target's (or a block of its rows,
/// as the attention's packed q/k/v projection is split). Returns, per target, how many calls it rewrote.
QVector<int> rewriteFrozenLinears(torch::jit::Module &frozen, const QVector<LinearTarget> &targets);

} // namespace qb::detail
