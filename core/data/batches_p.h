#pragma once
// Core-internal: turns a DataSpec into input batches (LibTorch tensors).

#include "data/dataspec.h"
#include "model/inputspec.h"

#include <torch/script.h>

#include <vector>

namespace qb::detail {

struct Batch {
    at::Tensor inputs;
    at::Tensor labels; ///< undefined when the data has none
};

/// Reads or makes up to spec.maxBatches batches shaped for `input` (its batch dimension replaced by
/// spec.batchSize). Returns an empty list and sets *error (what is wrong, what to do) on failure.
std::vector<Batch> loadBatches(const DataSpec &spec, const InputSpec &input, QString *error);

} // namespace qb::detail
