#pragma once
// Core-internal: the input that latency timing and the operator profile both run a model on.

#include "model/inputspec.h"

#include <ATen/core/Tensor.h>
#include <QString>

#include <optional>

namespace qb::detail {

/// A batch of `batch` rows of the model's input shape, filled with normal noise from a fixed seed,
/// so that timings of two forms of a model run on the same values. nullopt and *error set when the
/// shape is unknown.
std::optional<at::Tensor> benchmarkInput(const InputSpec &input, int batch, QString *error);

} // namespace qb::detail
