#pragma once
// Core-internal: observer modules for LibTorch's graph-mode quantization passes, built in C++ as
// TorchScript modules. Include only from core/ .cpp files.
//
// The passes' contract (see ARCHITECTURE.md): forward(x) -> Tensor; calculate_qparams() ->
// (scale, zero_point); int attributes `dtype` (a ScalarType) and `qscheme` (a QScheme); `ch_axis`
// for per-channel. A dynamic activation "observer" is a type whose name contains
// PlaceholderObserver and which carries `compute_dtype`.

#include "quant/quantconfig.h"

#include <torch/script.h>

namespace qb::detail {

/// Number of histogram bins the percentile and MSE observers keep (PyTorch's HistogramObserver uses 2048).
constexpr int64_t kHistogramBins = 2048;

/// The activation observer for a static layer config.
torch::jit::Module makeActivationObserver(const LayerQuantConfig &config,
                                          const std::shared_ptr<torch::jit::CompilationUnit> &cu);

/// The weight observer: min/max per tensor or per output channel, symmetric or affine, qint8.
torch::jit::Module makeWeightObserver(const LayerQuantConfig &config,
                                      const std::shared_ptr<torch::jit::CompilationUnit> &cu);

/// Quantization-aware training: a module that observes like the observers above and returns the
/// fake-quantized tensor (straight-through gradient), so training sees the int8 rounding. It keeps
/// the observer contract, so the passes convert it like an observer. `weight` picks qint8 symmetric
/// (per-channel when configured) tracking the current weights; otherwise quint8 activations with a
/// moving average. Set the bool attribute `observe` to false to freeze its range.
torch::jit::Module makeFakeQuantize(const LayerQuantConfig &config, bool weight,
                                    const std::shared_ptr<torch::jit::CompilationUnit> &cu);

/// The activation side of dynamic quantization: quantization parameters are chosen at run time.
/// `reduceRange` only matters to simulation (quint8 0..127 instead of 0..255).
torch::jit::Module makeDynamicPlaceholder(const std::shared_ptr<torch::jit::CompilationUnit> &cu,
                                          bool reduceRange = false);

/// Simulation states of the (non-QAT) observers and the dynamic placeholder; see quantsim.cpp.
enum class SimState : int64_t { Observe = 0, FakeQuantize = 1, PassThrough = 2, Record = 3 };

/// True for the observer modules this file makes (by their type name).
bool isQuantBenchObserver(const torch::jit::Module &module);

/// For histogram observers (percentile, MSE): replaces the observed min/max with the clip range the
/// config asks for, computed from the histogram. No-op for other observers.
void applyHistogramClipping(torch::jit::Module &observer, const LayerQuantConfig &config);

} // namespace qb::detail
