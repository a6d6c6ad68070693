#pragma once
// Core-internal: LibTorch's dynamic quantization pass rewrites Linear layers only and leaves aten::lstm
// and aten::gru in float (so does PyTorch's quantize_dynamic_jit). This rewrites them to LibTorch's
// dynamically quantized kernels (aten::quantized_lstm, aten::quantized_gru over int8 packed cell
// parameters: the kernels PyTorch's eager quantized dynamic LSTM and GRU use).

#include "quant/quantconfig.h"

#include <torch/script.h>

#include <QString>

namespace qb::detail {

enum class RecurrentKind { Lstm, Gru };

/// Rewrites a finalized (frozen, inlined) module in place: replaces every aten::lstm (or aten::gru)
/// node whose weights are constants with its dynamic int8 kernel. Returns how many were rewritten, or
/// -1 and *error when the graph does not have the expected form.
int rewriteFrozenRecurrent(torch::jit::Module &frozen, RecurrentKind kind, const LayerQuantConfig &config, QString *error);

} // namespace qb::detail
