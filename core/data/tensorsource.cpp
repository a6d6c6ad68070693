// Tensor files written by torch.save, and folders of them: a tensor, a tuple or list of tensors, or a
// dict of tensors by input name, each with or without labels. Pickles cannot be read in parts, so
// the tensors are held whole and each batch is gathered from them.

#include "data/samplesource_p.h"
#include "util/fileutil.h"
#include "util/picklecheck.h"
#include "util/recordingreader_p.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/import_read.h>
#include <torch/csrc/jit/serialization/storage_context.h>

#include <torch/torch.h>

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::detail {

namespace {

/// Keys a dict of tensors may use for its labels.
const QStringList kLabelKeys{QStringLiteral("labels"), QStringLiteral("label"), QStringLiteral("targets"),
                             QStringLiteral("target"), QStringLiteral("y")};

/// A tensor file holds at most this much: beyond it, a "data file" is not one (and would not fit).
constexpr qint64 kMaxTensorFileBytes = 8LL * 1024 * 1024 * 1024;

struct Loaded {
    std::vector<at::Tensor> inputs;
    std::vector<QString> names; ///< from a dict; empty otherwise
    at::Tensor labels;
};

/// Reads one torch.save'd value into inputs (and labels), by the model's input names where it is a dict.
bool readValue(const c10::IValue &value, const QString &name, const InputSpec &input, Loaded *out, QString *error)
{
    const int wanted = input.count();
    if (value.isTensor()) {
        out->inputs.push_back(value.toTensor());
        return true;
    }
    if (value.isTuple() || value.isList()) {
        std::vector<c10::IValue> items;
        if (value.isTuple())
            items = value.toTupleRef().elements().vec();
        else
            for (const c10::IValue &v : value.toListRef())
                items.push_back(v);
        for (const c10::IValue &v : items)
            if (!v.isTensor()) {
                *error = tr("%1 holds a tuple with something other than tensors: save tensors only, e.g. "
                            "torch.save((inputs, labels)).").arg(name);
                return false;
            }
        // (inputs..., labels): one more than the model takes means the last one is the labels.
        const int n = int(items.size());
        const bool withLabels = n == wanted + 1 || (wanted <= 1 && n == 2);
        const int inputs = withLabels ? n - 1 : n;
        for (int i = 0; i < inputs; ++i)
            out->inputs.push_back(items[size_t(i)].toTensor());
        if (withLabels)
            out->labels = items.back().toTensor();
        return true;
    }
    if (value.isGenericDict()) {
        std::map<QString, at::Tensor> byName;
        for (const auto &entry : value.toGenericDict()) {
            if (!entry.key().isString() || !entry.value().isTensor()) {
                *error = tr("%1 holds a dict that is not of names to tensors: save {\"input_ids\": tensor, ..., "
                            "\"labels\": tensor}.").arg(name);
                return false;
            }
            byName[QString::fromStdString(entry.key().toStringRef())] = entry.value().toTensor();
        }
        for (const QString &key : kLabelKeys)
            if (byName.count(key)) {
                out->labels = byName[key];
                byName.erase(key);
                break;
            }
        for (const InputTensor &t : input.tensors) {
            const auto it = byName.find(t.name);
            if (t.name.isEmpty() || it == byName.end()) {
                QStringList keys;
                for (const auto &[k, v] : byName)
                    keys << k;
                *error = tr("%1 has no tensor for the input %2 (it holds %3): name each entry after forward()'s "
                            "argument.").arg(name, t.name.isEmpty() ? tr("#1") : t.name, keys.join(QLatin1String(", ")));
                return false;
            }
            out->inputs.push_back(it->second);
            out->names.push_back(t.name);
        }
        return true;
    }
    *error = tr("%1 holds neither a tensor, nor a tuple or dict of tensors: save the data with torch.save(tensor), "
                "torch.save((inputs, labels)) or torch.save({\"input_ids\": ..., \"labels\": ...}).").arg(name);
    return false;
}

/// Every tensor record of the file, as a storage of the size the record really has. LibTorch would
/// otherwise size each storage from the element count the pickle declares, and read a record once
/// per tensor naming it: a record shorter than its count (or shared by two tensors of different
/// counts) then yields a storage that claims bytes nobody allocated, and reading it ran past the
/// buffer (found by tests/fuzz/fuzz_data). With true sizes, RecordingReader::checkTensor catches
/// the short record, and tensors sharing a record share its storage, as torch.load does in Python.
std::shared_ptr<torch::jit::DeserializationStorageContext> storagesAsStored(caffe2::serialize::PyTorchStreamReader &reader)
{
    auto storages = std::make_shared<torch::jit::DeserializationStorageContext>();
    const std::string folder = "data/";
    for (const std::string &record : reader.getAllRecords()) {
        if (record.size() <= folder.size() || record.compare(0, folder.size(), folder) != 0)
            continue;
        const std::string key = record.substr(folder.size());
        if (storages->hasStorage(key))
            continue;
        auto [bytes, size] = reader.getRecord(record);
        storages->addStorage(key, c10::Storage(c10::Storage::use_byte_size_t(), size, std::move(bytes), nullptr, false));
    }
    return storages;
}

bool loadFile(const QString &path, const InputSpec &input, Loaded *out, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = info.exists() ? tr("%1 is not a regular file (a folder, device or pipe): name a torch.save'd tensor file.").arg(path)
                               : tr("There is no data file at %1: check the path.").arg(path);
        return false;
    }
    if (info.size() > kMaxTensorFileBytes) {
        *error = tr("%1 is %2, more than a tensor file QuantBench reads whole (%3): split it into a folder of smaller "
                    "files.").arg(path, formatBytes(info.size()), formatBytes(kMaxTensorFileBytes));
        return false;
    }
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2).").arg(path, file.errorString());
        return false;
    }
    try {
        // What torch::pickle_load does, but reading the file through LibTorch's bounds-checked file
        // adapter: pickle_load's in-memory reader copies whatever range the zip's directory names, and
        // a damaged directory made it read freed memory (found by tests/fuzz/fuzz_data).
        // The recording reader also lets each tensor be checked against the bytes its record held.
        const auto recorder = std::make_shared<RecordingReader>(QFile::encodeName(path).toStdString());
        caffe2::serialize::PyTorchStreamReader reader(recorder);
        if (reader.hasRecord("data.pkl")) {
            const auto [pickle, pickleSize] = reader.getRecord("data.pkl");
            if (const QString damage = checkPickle(static_cast<const char *>(pickle.get()), pickleSize); !damage.isEmpty()) {
                *error = tr("%1 is damaged (%2): save the data again with torch.save.").arg(name, damage);
                return false;
            }
        }
        const c10::IValue value = torch::jit::readArchiveAndTensors("data", "", "", c10::nullopt, c10::nullopt,
                                                                    c10::Device(c10::kCPU), reader,
                                                                    torch::jit::Unpickler::defaultTypeParser,
                                                                    storagesAsStored(reader));
        if (const QString shortRecord = recorder->checkValue(value, QStringLiteral("data")); !shortRecord.isEmpty()) {
            *error = tr("%1 is damaged: %2. Save the data again with torch.save.").arg(name, shortRecord);
            return false;
        }
        return readValue(value, name, input, out, error);
    } catch (const std::exception &e) {
        *error = tr("%1 is not a tensor file written by torch.save (%2).").arg(name, describeException(e));
        return false;
    }
}

class TensorSource final : public SampleSource
{
public:
    int64_t size() const override { return m_inputs.empty() ? 0 : m_inputs.front().size(0); }
    bool labelled() const override { return m_labels.defined(); }
    bool read(const at::Tensor &indices, Batch *batch, QString *) override
    {
        for (const at::Tensor &t : m_inputs)
            batch->inputs.push_back(t.index_select(0, indices));
        if (m_labels.defined())
            batch->labels = m_labels.index_select(0, indices);
        return true;
    }

    std::vector<at::Tensor> m_inputs;
    at::Tensor m_labels;
};

} // namespace

std::unique_ptr<SampleSource> openTensorFiles(const DataSpec &spec, const InputSpec &input, QString *error)
{
    QStringList files;
    if (spec.kind == DataSpec::Kind::TensorFolder) {
        const QDir dir(spec.path);
        for (const QString &f : dir.entryList({QStringLiteral("*.pt"), QStringLiteral("*.pth")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
        if (files.isEmpty()) {
            *error = tr("%1 holds no .pt files: a tensor folder holds torch.save'd files, read in name order.").arg(spec.path);
            return nullptr;
        }
    } else {
        files << spec.path;
    }
    auto source = std::make_unique<TensorSource>();
    std::vector<std::vector<at::Tensor>> parts;
    std::vector<at::Tensor> labelParts;
    for (const QString &path : std::as_const(files)) {
        Loaded loaded;
        if (!loadFile(path, input, &loaded, error))
            return nullptr;
        const QString name = QFileInfo(path).fileName();
        if (!parts.empty() && loaded.inputs.size() != parts.front().size()) {
            *error = tr("%1 holds %2 input tensors where %3 held %4: every file of a folder holds the same inputs.")
                         .arg(name).arg(loaded.inputs.size()).arg(QFileInfo(files.first()).fileName()).arg(parts.front().size());
            return nullptr;
        }
        const int64_t n = loaded.inputs.front().dim() > 0 ? loaded.inputs.front().size(0) : 1;
        for (const at::Tensor &t : loaded.inputs)
            if (t.dim() == 0 || t.size(0) != n) {
                *error = tr("%1 holds inputs with different sample counts: every input needs one row per sample.").arg(name);
                return nullptr;
            }
        if (loaded.labels.defined() && (loaded.labels.dim() != 1 || loaded.labels.size(0) != n)) {
            *error = tr("%1 has %2 inputs but %3 labels: they must match one to one.")
                         .arg(name).arg(n).arg(loaded.labels.dim() == 0 ? 1 : loaded.labels.size(0));
            return nullptr;
        }
        if (!labelParts.empty() && loaded.labels.defined() != labelParts.front().defined()) {
            *error = tr("%1 has labels where other files of the folder have none, or the other way round.").arg(name);
            return nullptr;
        }
        parts.push_back(loaded.inputs);
        labelParts.push_back(loaded.labels);
    }
    for (size_t i = 0; i < parts.front().size(); ++i) {
        std::vector<at::Tensor> pieces;
        for (const auto &p : parts)
            pieces.push_back(p[i]);
        source->m_inputs.push_back(pieces.size() == 1 ? pieces.front() : torch::cat(pieces, 0));
    }
    if (labelParts.front().defined())
        source->m_labels = (labelParts.size() == 1 ? labelParts.front() : torch::cat(labelParts, 0)).to(torch::kLong);
    return source;
}

} // namespace qb::detail
