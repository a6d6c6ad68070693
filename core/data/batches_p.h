#pragma once
// Core-internal: turns a DataSpec into input batches (LibTorch tensors), one batch at a time.

#include "data/dataspec.h"
#include "model/inputspec.h"

#include <torch/script.h>

#include <memory>
#include <optional>
#include <vector>

namespace qb::detail {

/// One batch: a tensor per model input (in forward()'s order) and, when the data has them, labels.
struct Batch {
    std::vector<at::Tensor> inputs;
    at::Tensor labels; ///< undefined when the data has none

    int64_t size() const { return inputs.empty() ? 0 : inputs.front().size(0); }
    /// The inputs as forward()'s arguments.
    std::vector<c10::IValue> args() const { return {inputs.cbegin(), inputs.cend()}; }
};

/// The tensor a model's output stands for: the output itself, or element `index` of a tuple or list
/// output (nested tuples are walked depth-first). Sets *error when there is none.
at::Tensor outputTensor(const c10::IValue &output, int index, QString *error);

class SampleSource;

/// Reads a data set lazily: construction lists the samples (file names, line offsets, the IDX bytes)
/// and picks the subset (the first batchSize x maxBatches samples, or a seeded random choice of them
/// when spec.shuffle is set); each next() reads and decodes only the samples of one batch, so an
/// image folder of any size is never held in memory at once. Every batch is checked against the
/// model's inputs (count, dtype, shape, token ids within the vocabulary) before it is handed out, and
/// the message names the input and what it expected. One thread at a time; never throws.
class BatchReader final
{
public:
    BatchReader(const DataSpec &spec, const InputSpec &input);
    ~BatchReader();
    BatchReader(const BatchReader &) = delete;
    BatchReader &operator=(const BatchReader &) = delete;

    /// False when the data cannot be opened, does not fit the model, or a batch failed; error() says why.
    bool isValid() const { return m_source != nullptr && m_error.isEmpty(); }
    /// What went wrong and what to do, naming the file (and line) at fault; empty while all is well.
    QString error() const { return m_error; }

    bool labelled() const { return m_labelled; }
    int64_t sampleCount() const { return m_count; } ///< samples this reader yields in all
    int batchCount() const;
    int64_t samplesRead() const { return m_next; }  ///< samples read (decoded) so far

    /// The next batch, or nothing at the end or on an error (then error() is set and the reader stops).
    std::optional<Batch> next();

private:
    std::unique_ptr<SampleSource> m_source;
    InputSpec m_input;
    QString m_description;
    QString m_error;
    at::Tensor m_order; ///< the chosen sample indices in reading order; undefined: 0, 1, 2, ...
    int64_t m_count = 0;
    int64_t m_batchSize = 1;
    int64_t m_next = 0;
    bool m_labelled = false;
};

/// Reads all batches of a reader into memory (up to spec.maxBatches), for callers that loop over the
/// same small subset more than once (calibration, QAT). Returns an empty list and sets *error (what is
/// wrong, what to do) on failure. Prefer BatchReader for a pass over a whole data set.
std::vector<Batch> loadBatches(const DataSpec &spec, const InputSpec &input, QString *error);

/// The inputs a data set holds, read off its first samples (names, per-sample shapes with a batch
/// dimension of 1, dtypes), for data whose samples carry their own shape: tensor files and folders, and
/// CSV files with a column header naming the inputs. nullopt for data that takes its shape from the
/// model (images, IDX, synthetic) or that cannot be read (then *error says why). `model` lends its
/// input names and vocabularies where the data has none.
std::optional<InputSpec> inputsFromData(const DataSpec &spec, const InputSpec &model, QString *error);

} // namespace qb::detail
