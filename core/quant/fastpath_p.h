#pragma once
// Core-internal: PyTorch's TransformerEncoderLayer and MultiheadAttention carry a fused inference fast
// path (aten::_transformer_encoder_layer_fwd, aten::_native_multi_head_attention, nested tensors in
// TransformerEncoder) that scripted models take in eval mode. It reads the float weights directly, so
// with it in place every Linear layer inside the block would be "quantized" yet never run quantized.
// This switches the fast path off in a module's own graphs, leaving the composite path that the graph
// passes quantize.

#include <QStringList>

#include <torch/script.h>

namespace qb::detail {

/// Makes every fast-path branch in the module's (and its submodules') forward graphs constant false,
/// then drops the dead code. The module must own its types (a clone does). Returns the qualified names
/// of the modules changed ("" for the root).
QStringList disableTransformerFastPaths(torch::jit::Module &module);

} // namespace qb::detail
