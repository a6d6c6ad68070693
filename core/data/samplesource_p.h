#pragma once
// Core-internal: the kinds of data set behind BatchReader, each read sample by sample.

#include "data/batches_p.h"

#include <memory>

namespace qb::detail {

/// One opened data set. Opening lists what is there (and checks it fits the model) without reading
/// the samples themselves; read() decodes just the samples asked for.
class SampleSource
{
public:
    virtual ~SampleSource() = default;
    virtual int64_t size() const = 0;
    virtual bool labelled() const = 0;
    /// Reads the samples at `indices` (int64, each below size()) into one batch shaped for the model.
    /// Returns false and sets *error, naming the file (and line) at fault.
    virtual bool read(const at::Tensor &indices, Batch *batch, QString *error) = 0;
};

/// The spec's mean and std as tensors that broadcast over a batch shaped like `input`: one value for
/// all, or one per channel (dimension 1). Returns false and sets *error when the counts do not fit.
bool normalizationFor(const DataSpec &spec, const InputTensor &input, at::Tensor *mean, at::Tensor *std,
                      QString *error);

/// `input`'s shape with the batch dimension set to `batch`.
std::vector<int64_t> shapeWithBatch(const InputTensor &input, int64_t batch);

/// Values per sample: the product of `input`'s dimensions after the batch dimension.
int64_t valuesPerSample(const InputTensor &input);

/// LibTorch's scalar type for an input's dtype name ("int64" -> kLong).
c10::ScalarType scalarTypeOf(const QString &dtype);

/// Each returns nothing and sets *error (what is wrong, what to do) when the data cannot be used.
std::unique_ptr<SampleSource> openImageFolder(const DataSpec &spec, const InputSpec &input, QString *error);
std::unique_ptr<SampleSource> openCsv(const DataSpec &spec, const InputSpec &input, QString *error);
std::unique_ptr<SampleSource> openTensorFiles(const DataSpec &spec, const InputSpec &input, QString *error);

} // namespace qb::detail
