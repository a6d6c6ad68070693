#pragma once
// Core-internal: the inputs that latency timing and the operator profile both run a model on.

#include "model/inputspec.h"

#include <ATen/core/ivalue.h>
#include <QString>

#include <optional>
#include <vector>

namespace qb::detail {

/// A batch of `batch` samples of the model's inputs, made as synthetic data is made from a fixed
/// seed (normal noise, token ids from the vocabulary, masks), so that timings of two forms of a model
/// run on the same values. nullopt and *error set when the inputs are unknown.
std::optional<std::vector<c10::IValue>> benchmarkInput(const InputSpec &input, int batch, QString *error);

} // namespace qb::detail
