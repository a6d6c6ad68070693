#include "data/batches_p.h"

#include "data/datasummary.h"
#include "data/idxfile.h"
#include "util/torcherror.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace qb::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qb::Data", text);
}

std::vector<int64_t> shapeWithBatch(const InputSpec &input, int64_t batch)
{
    std::vector<int64_t> shape(input.shape.cbegin(), input.shape.cend());
    shape[0] = batch;
    return shape;
}

/// Whole data set as two tensors (labels undefined when there are none), or a message.
struct Loaded {
    at::Tensor inputs;
    at::Tensor labels;
    QString error;
};

Loaded loadIdx(const DataSpec &spec, const InputSpec &input)
{
    Loaded out;
    QString imagesPath = spec.path, labelsPath;
    if (QFileInfo(spec.path).isDir()) {
        std::tie(imagesPath, labelsPath) = findIdxSplit(spec.path, spec.split);
        if (imagesPath.isEmpty()) {
            out.error = tr("No %1 images (%2-images-idx3-ubyte[.gz]) in %3: point to an MNIST-style folder.")
                            .arg(spec.split, spec.split == QLatin1String("test") ? QStringLiteral("t10k") : QStringLiteral("train"),
                                 spec.path);
            return out;
        }
    } else {
        labelsPath = QString(spec.path).replace(QLatin1String("images-idx3"), QLatin1String("labels-idx1"));
        if (labelsPath == spec.path || !QFileInfo::exists(labelsPath))
            labelsPath.clear();
    }
    const IdxFile images = readIdxFile(imagesPath, &out.error);
    if (images.dims.isEmpty())
        return out;
    const int64_t count = images.count();
    int64_t perSample = 1;
    for (int i = 1; i < input.shape.size(); ++i)
        perSample *= input.shape.at(i);
    if (perSample != images.itemSize()) {
        QStringList dims;
        for (int i = 1; i < images.dims.size(); ++i)
            dims << QString::number(images.dims.at(i));
        out.error = tr("The images are %1 (%2 values each) but the model takes %3: pick data that fits the model "
                       "or give its input shape with --input-shape.")
                        .arg(dims.join(QLatin1Char('x'))).arg(images.itemSize()).arg(input.shapeText());
        return out;
    }
    // from_blob borrows the bytes; the conversion copies them before `images` goes away.
    out.inputs = torch::from_blob(const_cast<char *>(images.data.constData()), {count, images.itemSize()}, torch::kUInt8)
                     .to(torch::kFloat)
                     .div_(255.0)
                     .sub_(spec.mean)
                     .div_(spec.std)
                     .reshape(shapeWithBatch(input, count));
    if (!labelsPath.isEmpty()) {
        const IdxFile labelFile = readIdxFile(labelsPath, &out.error);
        if (labelFile.dims.isEmpty())
            return {};
        if (labelFile.count() != count) {
            out.error = tr("%1 has %2 images but %3 has %4 labels: they must match one to one.")
                            .arg(QFileInfo(imagesPath).fileName()).arg(count)
                            .arg(QFileInfo(labelsPath).fileName()).arg(labelFile.count());
            out.inputs = at::Tensor();
            return out;
        }
        out.labels = torch::from_blob(const_cast<char *>(labelFile.data.constData()), {count}, torch::kUInt8).to(torch::kLong);
    }
    return out;
}

Loaded loadTensorFile(const DataSpec &spec, const InputSpec &input)
{
    Loaded out;
    const QString name = QFileInfo(spec.path).fileName();
    QFile file(spec.path);
    if (!QFileInfo(spec.path).isFile()) {
        out.error = tr("There is no data file at %1: check the path.").arg(spec.path);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1 cannot be read (%2).").arg(spec.path, file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    try {
        const std::vector<char> data(bytes.cbegin(), bytes.cend());
        const c10::IValue value = torch::pickle_load(data);
        if (value.isTensor()) {
            out.inputs = value.toTensor();
        } else if (value.isTuple() && value.toTupleRef().elements().size() == 2
                   && value.toTupleRef().elements()[0].isTensor() && value.toTupleRef().elements()[1].isTensor()) {
            out.inputs = value.toTupleRef().elements()[0].toTensor();
            out.labels = value.toTupleRef().elements()[1].toTensor().to(torch::kLong);
        } else {
            out.error = tr("%1 holds neither a tensor nor an (inputs, labels) pair of tensors: save the data with "
                           "torch.save(tensor) or torch.save((inputs, labels)).").arg(name);
            return out;
        }
    } catch (const std::exception &e) {
        out.error = tr("%1 is not a tensor file written by torch.save (%2).").arg(name, describeException(e));
        return out;
    }
    out.inputs = out.inputs.to(torch::kFloat);
    if (out.inputs.sizes().vec() != shapeWithBatch(input, out.inputs.size(0))) {
        QStringList got;
        for (int64_t d : out.inputs.sizes())
            got << QString::number(d);
        out.error = tr("%1 holds inputs of shape %2, but the model takes %3 (any batch size): reshape the data or "
                       "give the model's input shape with --input-shape.")
                        .arg(name, got.join(QLatin1Char('x')), input.shapeText());
        out.inputs = at::Tensor();
    } else if (out.labels.defined() && out.labels.size(0) != out.inputs.size(0)) {
        out.error = tr("%1 has %2 inputs but %3 labels: they must match one to one.")
                        .arg(name).arg(out.inputs.size(0)).arg(out.labels.size(0));
        out.inputs = at::Tensor();
    }
    return out;
}

} // namespace

std::vector<Batch> loadBatches(const DataSpec &spec, const InputSpec &input, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::vector<Batch>();
    };
    if (spec.batchSize < 1 || spec.maxBatches < 1)
        return fail(tr("The batch size and the number of batches must be at least 1."));
    if (!input.isValid())
        return fail(tr("The model's input shape is unknown: give it with --input-shape (e.g. 1x1x28x28)."));

    std::vector<Batch> batches;
    if (spec.kind == DataSpec::Kind::Synthetic) {
        torch::manual_seed(spec.seed);
        for (int i = 0; i < spec.maxBatches; ++i)
            batches.push_back({torch::randn(shapeWithBatch(input, spec.batchSize)), {}});
        return batches;
    }

    Loaded data;
    try {
        data = spec.kind == DataSpec::Kind::Idx ? loadIdx(spec, input) : loadTensorFile(spec, input);
    } catch (const std::exception &e) {
        return fail(tr("The data could not be read: %1").arg(describeException(e)));
    }
    if (!data.inputs.defined())
        return fail(data.error);
    if (data.inputs.size(0) == 0)
        return fail(tr("%1 holds no samples.").arg(spec.describe()));
    if (spec.shuffle) {
        torch::manual_seed(spec.seed);
        const int64_t keep = std::min<int64_t>(data.inputs.size(0), int64_t(spec.batchSize) * spec.maxBatches);
        const at::Tensor chosen = torch::randperm(data.inputs.size(0), torch::kLong).slice(0, 0, keep);
        data.inputs = data.inputs.index_select(0, chosen);
        if (data.labels.defined())
            data.labels = data.labels.index_select(0, chosen);
    }
    for (int64_t start = 0; start < data.inputs.size(0) && int(batches.size()) < spec.maxBatches; start += spec.batchSize) {
        const int64_t end = std::min<int64_t>(start + spec.batchSize, data.inputs.size(0));
        batches.push_back({data.inputs.slice(0, start, end),
                           data.labels.defined() ? data.labels.slice(0, start, end) : at::Tensor()});
    }
    return batches;
}

} // namespace qb::detail

namespace qb {

DataSummary summarizeData(const DataSpec &spec, const InputSpec &input)
{
    DataSummary summary;
    const auto batches = detail::loadBatches(spec, input, &summary.error);
    if (batches.empty())
        return summary;
    for (const auto &b : batches) {
        summary.samples += static_cast<int>(b.inputs.size(0));
        if (b.labels.defined()) {
            summary.labelled = true;
            summary.classes = std::max<int>(summary.classes, static_cast<int>(b.labels.max().item<int64_t>()) + 1);
        }
    }
    summary.batches = static_cast<int>(batches.size());
    for (int64_t i = 1; i < batches.front().inputs.dim(); ++i)
        summary.sampleShape << batches.front().inputs.size(i);
    summary.ok = true;
    return summary;
}

} // namespace qb
