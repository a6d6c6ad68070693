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
#include "util/torcherror.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::detail {

namespace {

/// Seeded standard-normal batches. The values depend only on the seed and on how many samples were
/// drawn before, so batch k is the same whichever way the batches are read.
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
        batch->inputs = torch::randn(shapeWithBatch(m_input, indices.numel()), m_generator);
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
        batch->inputs = all.index_select(0, indices)
                            .to(torch::kFloat)
                            .div_(kPixelScale)
                            .reshape(shapeWithBatch(m_input, indices.numel()))
                            .sub_(m_mean)
                            .div_(m_std);
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
    InputSpec m_input;
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
    source->m_input = input;
    if (!normalizationFor(spec, input, &source->m_mean, &source->m_std, error))
        return nullptr;
    source->m_images = readIdxFile(imagesPath, error);
    const IdxFile &images = source->m_images;
    if (images.dims.isEmpty())
        return nullptr;
    if (valuesPerSample(input) != images.itemSize()) {
        QStringList dims;
        for (int i = 1; i < images.dims.size(); ++i)
            dims << QString::number(images.dims.at(i));
        *error = tr("The images are %1 (%2 values each) but the model takes %3: pick data that fits the model "
                    "or give its input shape with --input-shape.")
                     .arg(dims.join(QLatin1Char('x'))).arg(images.itemSize()).arg(input.shapeText());
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

/// A torch.save'd tensor or (inputs, labels) pair. Pickles cannot be read in parts, so the tensors
/// are held whole and each batch is gathered from them.
class TensorFileSource final : public SampleSource
{
public:
    static std::unique_ptr<SampleSource> open(const DataSpec &spec, const InputSpec &input, QString *error);
    int64_t size() const override { return m_inputs.size(0); }
    bool labelled() const override { return m_labels.defined(); }
    bool read(const at::Tensor &indices, Batch *batch, QString *) override
    {
        batch->inputs = m_inputs.index_select(0, indices);
        if (m_labels.defined())
            batch->labels = m_labels.index_select(0, indices);
        return true;
    }

private:
    at::Tensor m_inputs;
    at::Tensor m_labels;
};

std::unique_ptr<SampleSource> TensorFileSource::open(const DataSpec &spec, const InputSpec &input, QString *error)
{
    const QString name = QFileInfo(spec.path).fileName();
    QFile file(spec.path);
    if (!QFileInfo(spec.path).isFile()) {
        *error = tr("There is no data file at %1: check the path.").arg(spec.path);
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2).").arg(spec.path, file.errorString());
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    auto source = std::make_unique<TensorFileSource>();
    try {
        const std::vector<char> data(bytes.cbegin(), bytes.cend());
        const c10::IValue value = torch::pickle_load(data);
        if (value.isTensor()) {
            source->m_inputs = value.toTensor();
        } else if (value.isTuple() && value.toTupleRef().elements().size() == 2
                   && value.toTupleRef().elements()[0].isTensor() && value.toTupleRef().elements()[1].isTensor()) {
            source->m_inputs = value.toTupleRef().elements()[0].toTensor();
            source->m_labels = value.toTupleRef().elements()[1].toTensor().to(torch::kLong);
        } else {
            *error = tr("%1 holds neither a tensor nor an (inputs, labels) pair of tensors: save the data with "
                        "torch.save(tensor) or torch.save((inputs, labels)).").arg(name);
            return nullptr;
        }
    } catch (const std::exception &e) {
        *error = tr("%1 is not a tensor file written by torch.save (%2).").arg(name, describeException(e));
        return nullptr;
    }
    at::Tensor &inputs = source->m_inputs;
    inputs = inputs.to(torch::kFloat);
    if (inputs.dim() != input.shape.size() || inputs.sizes().vec() != shapeWithBatch(input, inputs.size(0))) {
        QStringList got;
        for (int64_t d : inputs.sizes())
            got << QString::number(d);
        *error = tr("%1 holds inputs of shape %2, but the model takes %3 (any batch size): reshape the data or "
                    "give the model's input shape with --input-shape.")
                     .arg(name, got.join(QLatin1Char('x')), input.shapeText());
        return nullptr;
    }
    if (source->m_labels.defined() && (source->m_labels.dim() != 1 || source->m_labels.size(0) != inputs.size(0))) {
        *error = tr("%1 has %2 inputs but %3 labels: they must match one to one.")
                     .arg(name).arg(inputs.size(0)).arg(source->m_labels.dim() == 0 ? 1 : source->m_labels.size(0));
        return nullptr;
    }
    return source;
}

} // namespace

std::vector<int64_t> shapeWithBatch(const InputSpec &input, int64_t batch)
{
    std::vector<int64_t> shape(input.shape.cbegin(), input.shape.cend());
    shape[0] = batch;
    return shape;
}

int64_t valuesPerSample(const InputSpec &input)
{
    int64_t values = 1;
    for (int i = 1; i < input.shape.size(); ++i)
        values *= input.shape.at(i);
    return values;
}

bool normalizationFor(const DataSpec &spec, const InputSpec &input, at::Tensor *mean, at::Tensor *std, QString *error)
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

BatchReader::BatchReader(const DataSpec &spec, const InputSpec &input)
{
    if (spec.batchSize < 1 || spec.maxBatches < 1) {
        m_error = tr("The batch size and the number of batches must be at least 1.");
        return;
    }
    if (!input.isValid()) {
        m_error = tr("The model's input shape is unknown: give it with --input-shape (e.g. 1x1x28x28).");
        return;
    }
    try {
        std::unique_ptr<SampleSource> source;
        switch (spec.kind) {
        case DataSpec::Kind::Synthetic: source = std::make_unique<SyntheticSource>(spec, input); break;
        case DataSpec::Kind::Idx: source = IdxSource::open(spec, input, &m_error); break;
        case DataSpec::Kind::TensorFile: source = TensorFileSource::open(spec, input, &m_error); break;
        case DataSpec::Kind::ImageFolder: source = openImageFolder(spec, input, &m_error); break;
        case DataSpec::Kind::Csv: source = openCsv(spec, input, &m_error); break;
        }
        if (!source)
            return;
        if (source->size() == 0) {
            m_error = tr("%1 holds no samples.").arg(spec.describe());
            return;
        }
        m_count = std::min<int64_t>(source->size(), int64_t(spec.batchSize) * spec.maxBatches);
        m_batchSize = spec.batchSize;
        // A random subset is a choice of indices (file names, rows), made before anything is decoded.
        if (spec.shuffle && spec.kind != DataSpec::Kind::Synthetic)
            m_order = torch::randperm(source->size(), at::detail::createCPUGenerator(spec.seed), torch::kLong)
                          .slice(0, 0, m_count);
        m_labelled = source->labelled();
        m_source = std::move(source);
    } catch (const std::exception &e) {
        m_error = tr("The data could not be read: %1").arg(describeException(e));
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
        if (!m_source->read(indices, &batch, &error)) {
            m_error = error;
            return std::nullopt;
        }
    } catch (const std::exception &e) {
        m_error = tr("The data could not be read: %1").arg(describeException(e));
        return std::nullopt;
    }
    m_next = end;
    return batch;
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

} // namespace qb::detail

namespace qb {

DataSummary summarizeData(const DataSpec &spec, const InputSpec &input)
{
    DataSummary summary;
    // One batch in memory at a time: summarising a large folder costs time, not memory.
    detail::BatchReader reader(spec, input);
    try {
        while (auto b = reader.next()) {
            summary.samples += static_cast<int>(b->inputs.size(0));
            summary.batches += 1;
            if (b->labels.defined() && b->labels.numel() > 0) {
                summary.labelled = true;
                summary.classes = std::max<int>(summary.classes, static_cast<int>(b->labels.max().item<int64_t>()) + 1);
            }
            if (summary.sampleShape.isEmpty())
                for (int64_t i = 1; i < b->inputs.dim(); ++i)
                    summary.sampleShape << b->inputs.size(i);
        }
    } catch (const std::exception &e) {
        summary.error = describeException(e);
        return summary;
    }
    summary.error = reader.error();
    summary.ok = summary.error.isEmpty() && summary.batches > 0;
    return summary;
}

} // namespace qb
