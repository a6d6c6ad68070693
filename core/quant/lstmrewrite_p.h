#pragma once
// Core-internal: LibTorch's dynamic quantization pass rewrites Linear layers only and leaves
// aten::lstm in float. This rewrites LSTM modules to LibTorch's dynamically quantized LSTM kernel
// (torch.quantized_lstm with int8 packed weights, the kernel PyTorch's quantized dynamic LSTM uses).

#include "quant/quantconfig.h"

#include <torch/script.h>

#include <QString>

namespace qb::detail {

/// Rewrites a finalized (frozen, inlined) module in place: replaces every aten::lstm node whose weights are
/// constants with torch.quantized_lstm over int8 packed cell parameters. Returns how many were
/// rewritten, or -1 and *error when the graph does not have the expected form.
int rewriteFrozenLstms(torch::jit::Module &frozen, const LayerQuantConfig &config, QString *error);

} // namespace qb::detail
