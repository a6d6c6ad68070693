#include "data/batches_p.h"

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

    QFile file(spec.path);
    if (!QFileInfo(spec.path).isFile())
        return fail(tr("There is no data file at %1: check the path.").arg(spec.path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read (%2).").arg(spec.path, file.errorString()));
    const QByteArray bytes = file.readAll();
    at::Tensor inputs, labels;
    try {
        const std::vector<char> data(bytes.cbegin(), bytes.cend());
        const c10::IValue value = torch::pickle_load(data);
        if (value.isTensor()) {
            inputs = value.toTensor();
        } else if (value.isTuple() && value.toTupleRef().elements().size() == 2
                   && value.toTupleRef().elements()[0].isTensor() && value.toTupleRef().elements()[1].isTensor()) {
            inputs = value.toTupleRef().elements()[0].toTensor();
            labels = value.toTupleRef().elements()[1].toTensor();
        } else {
            return fail(tr("%1 holds neither a tensor nor an (inputs, labels) pair of tensors: save the data with "
                           "torch.save(tensor) or torch.save((inputs, labels)).").arg(QFileInfo(spec.path).fileName()));
        }
    } catch (const std::exception &e) {
        return fail(tr("%1 is not a tensor file written by torch.save (%2).")
                        .arg(QFileInfo(spec.path).fileName(), describeException(e)));
    }
    inputs = inputs.to(torch::kFloat);
    const auto expected = shapeWithBatch(input, inputs.size(0));
    if (inputs.sizes().vec() != expected) {
        QStringList got;
        for (int64_t d : inputs.sizes())
            got << QString::number(d);
        return fail(tr("%1 holds inputs of shape %2, but the model takes %3 (any batch size): reshape the data or "
                       "give the model's input shape with --input-shape.")
                        .arg(QFileInfo(spec.path).fileName(), got.join(QLatin1Char('x')), input.shapeText()));
    }
    if (labels.defined() && labels.size(0) != inputs.size(0))
        return fail(tr("%1 has %2 inputs but %3 labels: they must match one to one.")
                        .arg(QFileInfo(spec.path).fileName()).arg(inputs.size(0)).arg(labels.size(0)));
    for (int64_t start = 0; start < inputs.size(0) && int(batches.size()) < spec.maxBatches; start += spec.batchSize) {
        const int64_t end = std::min<int64_t>(start + spec.batchSize, inputs.size(0));
        batches.push_back({inputs.slice(0, start, end), labels.defined() ? labels.slice(0, start, end) : at::Tensor()});
    }
    return batches;
}

} // namespace qb::detail
