#include "data/batches_p.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include "data/datasummary.h"
#include "data/idxfile.h"
#include "data/samplesource_p.h"
#include "util/limits.h"
#include "util/torcherror.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::detail {

namespace {

/// Seeded batches that respect each input's dtype: standard-normal floats, token ids drawn from the
/// input's vocabulary (ids 1 and up: 0 is usually padding), and masks of ones with a padded tail. The
/// values depend only on the seed and on how many samples were drawn before, so batch k is the same
/// whichever way the batches are read.
class SyntheticSource final : public SampleSource
{
public:
    SyntheticSource(const DataSpec &spec, const InputSpec &input)
        : m_input(input)
        , m_size(int64_t(spec.batchSize) * spec.maxBatches)
        , m_generator(at::detail::createCPUGenerator(spec.seed))
    {
    }
    int64_t size() const override { return m_size; }
    bool labelled() const override { return false; }
    bool read(const at::Tensor &indices, Batch *batch, QString *) override
    {
        const int64_t n = indices.numel();
        for (const InputTensor &t : m_input.tensors) {
            const std::vector<int64_t> shape = shapeWithBatch(t, n);
            if (t.isFloat()) {
                batch->inputs.push_back(torch::randn(shape, m_generator).to(scalarTypeOf(t.dtype)));
            } else if (t.isMask()) {
                // Real tokens first, then padding: at least one real position per sample.
                const int64_t length = shape.size() > 1 ? shape.back() : 1;
                at::Tensor mask = torch::ones(shape, torch::kLong);
                if (shape.size() > 1 && length > 1) {
                    const at::Tensor real = torch::randint(length / 2, length + 1, {n}, m_generator, torch::kLong);
                    const at::Tensor position = torch::arange(length, torch::kLong).expand(shape);
                    std::vector<int64_t> view(shape.size(), 1);
                    view[0] = n;
                    mask = (position < real.view(view)).to(torch::kLong);
                }
                batch->inputs.push_back(mask.to(scalarTypeOf(t.dtype)));
            } else {
                const int64_t low = t.vocab > 1 ? 1 : 0, high = t.vocab > 1 ? t.vocab : 2;
                batch->inputs.push_back(torch::randint(low, high, shape, m_generator, torch::kLong).to(scalarTypeOf(t.dtype)));
            }
        }
        return true;
    }

private:
    InputSpec m_input;
    int64_t m_size;
    at::Generator m_generator;
};

/// IDX images (and labels) kept as the file's bytes (one byte per pixel, a quarter of the floats);
/// each batch is gathered and converted on its own.
class IdxSource final : public SampleSource
{
public:
    static std::unique_ptr<SampleSource> open(const DataSpec &spec, const InputSpec &input, QString *error);
    int64_t size() const override { return m_images.count(); }
    bool labelled() const override { return !m_labels.dims.isEmpty(); }
    bool read(const at::Tensor &indices, Batch *batch, QString *) override
    {
        // from_blob borrows the bytes; index_select copies the chosen rows out before any conversion.
        const at::Tensor all = torch::from_blob(const_cast<char *>(m_images.data.constData()),
                                                {m_images.count(), m_images.itemSize()}, torch::kUInt8);
        batch->inputs = {all.index_select(0, indices)
                             .to(torch::kFloat)
                             .div_(kPixelScale)
                             .reshape(shapeWithBatch(m_input, indices.numel()))
                             .sub_(m_mean)
                             .div_(m_std)};
        if (labelled())
            batch->labels = torch::from_blob(const_cast<char *>(m_labels.data.constData()), {m_labels.count()}, torch::kUInt8)
                                .index_select(0, indices)
                                .to(torch::kLong);
        return true;
    }

private:
    static constexpr double kPixelScale = 255.0; ///< IDX pixels are bytes; the models take [0, 1]
    IdxFile m_images;
    IdxFile m_labels;
    InputTensor m_input;
    at::Tensor m_mean, m_std;
};

std::unique_ptr<SampleSource> IdxSource::open(const DataSpec &spec, const InputSpec &input, QString *error)
{
    QString imagesPath = spec.path, labelsPath;
    if (QFileInfo(spec.path).isDir()) {
        std::tie(imagesPath, labelsPath) = findIdxSplit(spec.path, spec.split);
        if (imagesPath.isEmpty()) {
            *error = tr("No %1 images (%2-images-idx3-ubyte[.gz]) in %3: point to an MNIST-style folder, or to an "
                        "image folder with one subfolder of images per class.")
                         .arg(spec.split, spec.split == QLatin1String("test") ? QStringLiteral("t10k") : QStringLiteral("train"),
                              spec.path);
            return nullptr;
        }
    } else {
        labelsPath = QString(spec.path).replace(QLatin1String("images-idx3"), QLatin1String("labels-idx1"));
        if (labelsPath == spec.path || !QFileInfo::exists(labelsPath))
            labelsPath.clear();
    }
    auto source = std::make_unique<IdxSource>();
    source->m_input = input.first();
    if (!normalizationFor(spec, input.first(), &source->m_mean, &source->m_std, error))
        return nullptr;
    source->m_images = readIdxFile(imagesPath, error);
    const IdxFile &images = source->m_images;
    if (images.dims.isEmpty())
        return nullptr;
    if (valuesPerSample(input.first()) != images.itemSize()) {
        QStringList dims;
        for (int i = 1; i < images.dims.size(); ++i)
            dims << QString::number(images.dims.at(i));
        *error = tr("The images are %1 (%2 values each) but the model takes %3: pick data that fits the model "
                    "or give its input shape with --input-shape.")
                     .arg(dims.join(QLatin1Char('x'))).arg(images.itemSize()).arg(input.first().shapeText());
        return nullptr;
    }
    if (!labelsPath.isEmpty()) {
        source->m_labels = readIdxFile(labelsPath, error);
        if (source->m_labels.dims.isEmpty())
            return nullptr;
        if (source->m_labels.count() != images.count()) {
            *error = tr("%1 has %2 images but %3 has %4 labels: they must match one to one.")
                         .arg(QFileInfo(imagesPath).fileName()).arg(images.count())
                         .arg(QFileInfo(labelsPath).fileName()).arg(source->m_labels.count());
            return nullptr;
        }
    }
    return source;
}

} // namespace

std::vector<int64_t> shapeWithBatch(const InputTensor &input, int64_t batch)
{
    std::vector<int64_t> shape(input.shape.cbegin(), input.shape.cend());
    shape[0] = batch;
    return shape;
}

int64_t valuesPerSample(const InputTensor &input)
{
    int64_t values = 1;
    for (int i = 1; i < input.shape.size(); ++i)
        values *= input.shape.at(i);
    return values;
}

c10::ScalarType scalarTypeOf(const QString &dtype)
{
    static const std::map<QString, c10::ScalarType> types{
        {QStringLiteral("float32"), torch::kFloat}, {QStringLiteral("float64"), torch::kDouble},
        {QStringLiteral("float16"), torch::kHalf},  {QStringLiteral("bfloat16"), torch::kBFloat16},
        {QStringLiteral("int64"), torch::kLong},    {QStringLiteral("int32"), torch::kInt},
        {QStringLiteral("int16"), torch::kShort},   {QStringLiteral("int8"), torch::kChar},
        {QStringLiteral("uint8"), torch::kByte},    {QStringLiteral("bool"), torch::kBool}};
    const auto it = types.find(dtype);
    return it == types.end() ? torch::kFloat : it->second;
}

bool normalizationFor(const DataSpec &spec, const InputTensor &input, at::Tensor *mean, at::Tensor *std, QString *error)
{
    const int64_t channels = input.shape.size() >= 2 ? input.shape.at(1) : 1;
    auto make = [&](const char *key, const QVector<double> &values, at::Tensor *out) {
        if (values.size() == 1) {
            *out = torch::full({1}, values.front(), torch::kFloat);
            return true;
        }
        if (values.size() != channels || input.shape.size() < 2) {
            *error = tr("\"%1\" gives %2 values, but the model's input (%3) has %4 channels: give one value for all "
                        "channels, or one per channel.")
                         .arg(QLatin1String(key)).arg(values.size()).arg(input.shapeText()).arg(channels);
            return false;
        }
        std::vector<int64_t> shape(input.shape.size(), 1);
        shape[1] = channels;
        *out = torch::tensor(at::ArrayRef<double>(values.constData(), values.size()), torch::kDouble)
                   .to(torch::kFloat)
                   .reshape(shape);
        return true;
    };
    const QVector<double> stds = spec.channelStd.isEmpty() ? QVector<double>{spec.std} : spec.channelStd;
    if (std::any_of(stds.cbegin(), stds.cend(), [](double s) { return !(s > 0); })) {
        *error = tr("\"std\" must be above 0.");
        return false;
    }
    return make("mean", spec.channelMean.isEmpty() ? QVector<double>{spec.mean} : spec.channelMean, mean)
           && make("std", stds, std);
}

namespace {

/// Data kinds that fill one input (images, features): a model with several inputs needs other data.
bool feedsOneInput(DataSpec::Kind kind)
{
    return kind == DataSpec::Kind::Idx || kind == DataSpec::Kind::ImageFolder;
}

QString dimsText(const at::Tensor &t, int64_t from)
{
    QStringList dims;
    for (int64_t d = from; d < t.dim(); ++d)
        dims << QString::number(t.size(d));
    return dims.isEmpty() ? QStringLiteral("a scalar") : dims.join(QLatin1Char('x'));
}

QString dtypeText(c10::ScalarType type)
{
    return QString::fromLatin1(c10::toString(type)).toLower();
}

/// Checks one input tensor of a batch against what the model takes, converting what converts
/// without loss (float64 to float32, int32 to int64, integer data for a float input). The message
/// names the input, what it got and what it expected.
bool checkInput(at::Tensor &t, const InputTensor &want, const QString &data, QString *error)
{
    const QString name = want.name.isEmpty() ? tr("the input") : want.name;
    const bool isFloatData = t.is_floating_point();
    if (want.isInteger() && isFloatData) {
        *error = tr("%1 gives %2 floating-point values (%3), but %4 takes %5 values (token ids or a mask): save "
                    "the ids as integers, e.g. torch.long.")
                     .arg(data, name, dtypeText(t.scalar_type()), name, want.dtype);
        return false;
    }
    if (want.dtype == QLatin1String("bool") && isFloatData) {
        *error = tr("%1 gives %2 floating-point values, but %3 takes a bool mask.").arg(data, name, name);
        return false;
    }
    if (t.dim() != want.shape.size()) {
        *error = tr("%1 gives %2 samples shaped %3, but the model's %2 takes samples shaped %4 (%5 with the batch "
                    "first): reshape the data, or give the input shape with --input-shape.")
                     .arg(data, name, dimsText(t, 1), want.shapeText().section(QLatin1Char('x'), 1), want.shapeText());
        return false;
    }
    for (int64_t d = 1; d < t.dim(); ++d) {
        if (t.size(d) != want.shape.at(int(d))) {
            *error = tr("%1 gives %2 samples shaped %3, but the model's %2 takes %4 per sample: %5")
                         .arg(data, name, dimsText(t, 1), want.shapeText().section(QLatin1Char('x'), 1),
                              want.isMask() ? tr("a mask must be as long as the tokens it masks.")
                                            : tr("reshape or pad the data, or give the input shape with --input-shape."));
            return false;
        }
    }
    if (want.isInteger() && !want.isMask() && want.vocab > 0 && t.numel() > 0) {
        const int64_t lo = t.min().item<int64_t>(), hi = t.max().item<int64_t>();
        if (lo < 0 || hi >= want.vocab) {
            *error = tr("%1 gives %2 the id %3, but the model's vocabulary has %4 ids (0-%5): tokenize with the "
                        "model's own tokenizer.")
                         .arg(data, name).arg(lo < 0 ? lo : hi).arg(want.vocab).arg(want.vocab - 1);
            return false;
        }
    }
    const c10::ScalarType type = scalarTypeOf(want.dtype);
    if (t.scalar_type() != type)
        t = t.to(type);
    return true;
}

/// Checks a batch against the model's inputs: their count, then each tensor.
bool checkBatch(Batch &batch, const InputSpec &input, const QString &data, QString *error)
{
    if (int(batch.inputs.size()) != input.count()) {
        QStringList names;
        for (const InputTensor &t : input.tensors)
            names << (t.name.isEmpty() ? t.shapeText() : t.name);
        *error = tr("%1 gives %2 input tensor(s), but the model takes %3 (%4): give one tensor per input, e.g. a "
                    "torch.save'd dict by name.")
                     .arg(data).arg(batch.inputs.size()).arg(input.count()).arg(names.join(QLatin1String(", ")));
        return false;
    }
    for (size_t i = 0; i < batch.inputs.size(); ++i)
        if (!checkInput(batch.inputs[i], input.tensors.at(int(i)), data, error))
            return false;
    if (batch.labels.defined()) {
        if (batch.labels.is_floating_point() || batch.labels.dim() != 1 || batch.labels.size(0) != batch.size()) {
            *error = tr("%1 has labels that are not one whole number per sample.").arg(data);
            return false;
        }
        batch.labels = batch.labels.to(torch::kLong);
    }
    return true;
}

} // namespace

BatchReader::BatchReader(const DataSpec &spec, const InputSpec &input)
    : m_input(input)
    , m_description(spec.describe())
{
    if (spec.batchSize < 1 || spec.maxBatches < 1) {
        m_error = tr("The batch size and the number of batches must be at least 1.");
        return;
    }
    if (!input.isValid()) {
        m_error = tr("The model's input shape is unknown: give it with --input-shape (e.g. 1x1x28x28).");
        return;
    }
    if (feedsOneInput(spec.kind) && input.count() != 1) {
        m_error = tr("%1 feeds one input, but the model takes %2 (%3): use a torch.save'd tuple or dict of tensors, "
                     "a folder of them, or a CSV file with a column header naming the inputs.")
                      .arg(m_description).arg(input.count()).arg(input.shapeText());
        return;
    }
    try {
        std::unique_ptr<SampleSource> source;
        switch (spec.kind) {
        case DataSpec::Kind::Synthetic: source = std::make_unique<SyntheticSource>(spec, input); break;
        case DataSpec::Kind::Idx: source = IdxSource::open(spec, input, &m_error); break;
        case DataSpec::Kind::TensorFile:
        case DataSpec::Kind::TensorFolder: source = openTensorFiles(spec, input, &m_error); break;
        case DataSpec::Kind::ImageFolder: source = openImageFolder(spec, input, &m_error); break;
        case DataSpec::Kind::Csv: source = openCsv(spec, input, &m_error); break;
        }
        if (!source)
            return;
        if (source->size() == 0) {
            m_error = tr("%1 holds no samples.").arg(m_description);
            return;
        }
        m_count = std::min<int64_t>(source->size(), int64_t(spec.batchSize) * spec.maxBatches);
        m_batchSize = spec.batchSize;
        // Before the first batch is allocated: the largest batch that will really be read.
        if (const QString tooLarge = limits::checkBatchMemory(input, std::min<int64_t>(m_batchSize, m_count));
            !tooLarge.isEmpty()) {
            m_error = tooLarge;
            return;
        }
        // A random subset is a choice of indices (file names, rows), made before anything is decoded.
        if (spec.shuffle && spec.kind != DataSpec::Kind::Synthetic)
            m_order = torch::randperm(source->size(), at::detail::createCPUGenerator(spec.seed), torch::kLong)
                          .slice(0, 0, m_count);
        m_labelled = source->labelled();
        m_source = std::move(source);
    } catch (const std::exception &e) {
        m_error = withCause(tr("The data could not be read: %1").arg(describeException(e)), e);
    }
}

BatchReader::~BatchReader() = default;

int BatchReader::batchCount() const
{
    return static_cast<int>((m_count + m_batchSize - 1) / m_batchSize);
}

std::optional<Batch> BatchReader::next()
{
    if (!isValid() || m_next >= m_count)
        return std::nullopt;
    const int64_t end = std::min(m_next + m_batchSize, m_count);
    Batch batch;
    try {
        const at::Tensor indices = m_order.defined() ? m_order.slice(0, m_next, end) : torch::arange(m_next, end, torch::kLong);
        QString error;
        if (!m_source->read(indices, &batch, &error) || !checkBatch(batch, m_input, m_description, &error)) {
            m_error = error;
            return std::nullopt;
        }
    } catch (const std::exception &e) {
        m_error = withCause(tr("The data could not be read: %1").arg(describeException(e)), e);
        return std::nullopt;
    }
    m_next = end;
    return batch;
}

at::Tensor outputTensor(const c10::IValue &output, int index, QString *error)
{
    if (output.isTensor()) {
        if (index == 0)
            return output.toTensor();
        // The context is spelled out: lupdate takes the qualified return type above for a class.
        *error = QCoreApplication::translate("qb::Data", "The model returns one tensor, so there is no output %1 to compare.")
                     .arg(index);
        return {};
    }
    // Tuples and lists, depth-first: (logits, (hidden, cell)) has outputs 0, 1 and 2.
    std::vector<at::Tensor> flat;
    std::function<void(const c10::IValue &)> collect = [&](const c10::IValue &v) {
        if (v.isTensor())
            flat.push_back(v.toTensor());
        else if (v.isTuple())
            for (const c10::IValue &e : v.toTupleRef().elements())
                collect(e);
        else if (v.isList())
            for (const c10::IValue &e : v.toListRef())
                collect(e);
        else if (v.isTensorList())
            for (const at::Tensor &t : v.toTensorVector())
                flat.push_back(t);
    };
    collect(output);
    if (index >= 0 && size_t(index) < flat.size())
        return flat[size_t(index)];
    *error = flat.empty() ? QCoreApplication::translate("qb::Data", "The model's output holds no tensor to compare (it returns %1).")
                                .arg(QString::fromStdString(output.tagKind()))
                          : QCoreApplication::translate("qb::Data", "The model returns %1 tensors; there is no output %2 "
                                                                    "(outputs are numbered from 0).")
                                .arg(flat.size()).arg(index);
    return {};
}

std::vector<Batch> loadBatches(const DataSpec &spec, const InputSpec &input, QString *error)
{
    BatchReader reader(spec, input);
    std::vector<Batch> batches;
    while (auto batch = reader.next())
        batches.push_back(std::move(*batch));
    if (!reader.error().isEmpty()) {
        if (error)
            *error = reader.error();
        return {};
    }
    return batches;
}

std::optional<InputSpec> inputsFromData(const DataSpec &spec, const InputSpec &model, QString *error)
{
    if (spec.kind != DataSpec::Kind::TensorFile && spec.kind != DataSpec::Kind::TensorFolder && spec.kind != DataSpec::Kind::Csv)
        return std::nullopt;
    // Names (and vocabularies) come from the model; the shapes and dtypes from the data.
    InputSpec named = model;
    if (named.tensors.isEmpty())
        named.tensors << InputTensor();
    if (spec.kind == DataSpec::Kind::Csv)
        for (InputTensor &t : named.tensors)
            t.shape.clear();
    try {
        std::unique_ptr<SampleSource> source = spec.kind == DataSpec::Kind::Csv ? openCsv(spec, named, error)
                                                                               : openTensorFiles(spec, named, error);
        if (!source || source->size() == 0)
            return std::nullopt;
        Batch first;
        if (!source->read(torch::zeros({1}, torch::kLong), &first, error) || first.inputs.empty())
            return std::nullopt;
        InputSpec found;
        found.source = InputSpec::Source::Data;
        for (size_t i = 0; i < first.inputs.size(); ++i) {
            InputTensor t = i < size_t(named.count()) ? named.tensors.at(int(i)) : InputTensor();
            t.shape.clear();
            for (int64_t d : first.inputs[i].sizes())
                t.shape << d;
            if (t.shape.isEmpty())
                return std::nullopt;
            t.shape[0] = 1;
            t.dtype = first.inputs[i].is_floating_point() ? QStringLiteral("float32")
                      : first.inputs[i].scalar_type() == torch::kBool ? QStringLiteral("bool") : QStringLiteral("int64");
            found.tensors << t;
        }
        return found;
    } catch (const std::exception &e) {
        *error = withCause(tr("The data could not be read: %1").arg(describeException(e)), e);
        return std::nullopt;
    }
}

} // namespace qb::detail

namespace qb {

DataSummary summarizeData(const DataSpec &spec, const InputSpec &input)
{
    DataSummary summary;
    // One batch in memory at a time: summarising a large folder costs time, not memory.
    detail::BatchReader reader(spec, input);
    try {
        while (auto b = reader.next()) {
            summary.samples += static_cast<int>(b->size());
            summary.batches += 1;
            if (b->labels.defined() && b->labels.numel() > 0) {
                summary.labelled = true;
                summary.classes = std::max<int>(summary.classes, static_cast<int>(b->labels.max().item<int64_t>()) + 1);
            }
            if (summary.sampleShape.isEmpty())
                for (int64_t i = 1; i < b->inputs.front().dim(); ++i)
                    summary.sampleShape << b->inputs.front().size(i);
        }
    } catch (const std::exception &e) {
        summary.error = withCause(describeException(e), e);
        return summary;
    }
    summary.error = reader.error();
    summary.ok = summary.error.isEmpty() && summary.batches > 0;
    return summary;
}

} // namespace qb
