#pragma once

// Internal to qb_core (LibTorch types): reading archives so that every tensor can be checked
// against the bytes its record really delivered.

#include <caffe2/serialize/file_adapter.h>
#include <caffe2/serialize/read_adapter_interface.h>

#include <ATen/core/ivalue.h>

#include <QString>

#include <optional>
#include <unordered_map>

namespace qb {

/// Reads a file for LibTorch (torch::jit::load, PyTorchStreamReader) and remembers, for every read,
/// the buffer it filled and how many bytes went in. LibTorch reads each stored tensor record
/// straight into the buffer that becomes the tensor's storage, but sizes that storage from the shape
/// the pickle declares: a record cut shorter than its shape loads without complaint, and anything
/// reading the tensor then reads past the end of the buffer. checkTensor() catches that first.
class RecordingReader final : public caffe2::serialize::ReadAdapterInterface
{
public:
    explicit RecordingReader(const std::string &path);
    size_t size() const override;
    size_t read(uint64_t pos, void *buf, size_t n, const char *what = "") const override;

    /// Empty when the tensor's storage holds every byte its shape, strides and dtype reach;
    /// otherwise a phrase naming `name` and the two sizes. A storage no read filled directly (a
    /// compressed record, inflated from a temporary buffer) is judged by its own size, which is the
    /// record's when the storage was made from the record (see tensorsource.cpp, storagesAsStored).
    QString checkTensor(const at::Tensor &tensor, const QString &name) const;
    /// checkTensor for every tensor inside a value (tuples, lists, dicts), named by `name` and position.
    QString checkValue(const c10::IValue &value, const QString &name) const;

private:
    caffe2::serialize::FileAdapter m_file;
    mutable std::unordered_map<const void *, size_t> m_filled;
};

} // namespace qb
