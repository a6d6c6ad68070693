#include "eval/comparison.h"

#include "data/batches_p.h"
#include "model/modeldocument_p.h"
#include "quant/quantizer_p.h"
#include "util/jsonutil.h"
#include "util/statistics.h"
#include "util/torcherror.h"

#include <torch/torch.h>

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace qb {

namespace {

/// The compared output of a forward, as doubles (quantized outputs dequantized); throws with the
/// reason when the model has no such output.
at::Tensor outputOf(torch::jit::Module &model, const detail::Batch &batch, int output)
{
    QString error;
    at::Tensor t = detail::outputTensor(model.forward(batch.args()), output, &error);
    if (!t.defined())
        throw std::runtime_error(error.toStdString());
    return (t.is_quantized() ? t.dequantize() : t).to(torch::kDouble);
}

OutputAgreement compareModules(torch::jit::Module reference, torch::jit::Module candidate, const InputSpec &input,
                               const DataSpec &data, int output)
{
    installTorchWarningFilter();
    OutputAgreement a;
    // One batch in memory at a time: the evaluation set may be far larger than memory.
    detail::BatchReader batches(data, input);
    if (!batches.isValid()) {
        a.error = batches.error();
        return a;
    }
    try {
        torch::NoGradGuard noGrad;
        double signal = 0, noise = 0, dot = 0, refNorm = 0, candNorm = 0;
        int64_t agree = 0;
        while (const auto batch = batches.next()) {
            const at::Tensor r = outputOf(reference, *batch, output);
            const at::Tensor c = outputOf(candidate, *batch, output);
            const at::Tensor diff = r - c;
            signal += r.pow(2).sum().item<double>();
            noise += diff.pow(2).sum().item<double>();
            a.maxAbsError = std::max(a.maxAbsError, diff.abs().max().item<double>());
            dot += (r * c).sum().item<double>();
            refNorm += r.pow(2).sum().item<double>();
            candNorm += c.pow(2).sum().item<double>();
            if (r.dim() == 2) {
                const at::Tensor rp = r.argmax(1), cp = c.argmax(1);
                const at::Tensor same = rp == cp;
                agree += same.sum().item<int64_t>();
                const at::Tensor flips = torch::nonzero(same.logical_not()).flatten();
                const auto index = flips.accessor<int64_t, 1>();
                const auto ra = rp.accessor<int64_t, 1>(), ca = cp.accessor<int64_t, 1>();
                for (int64_t i = 0; i < flips.size(0); ++i) {
                    a.flipped << a.samples + static_cast<int>(index[i]);
                    a.flippedPredictions << qMakePair(int(ra[index[i]]), int(ca[index[i]]));
                }
            }
            a.samples += static_cast<int>(r.size(0));
        }
        if (!batches.error().isEmpty()) {
            a.error = batches.error();
            return a;
        }
        a.sqnrDb = sqnrDb(signal, noise);
        a.flippedCount = a.flipped.size();
        a.cosine = refNorm > 0 && candNorm > 0 ? dot / std::sqrt(refNorm * candNorm) : 0;
        a.top1Agreement = a.samples > 0 ? double(agree) / a.samples : 0;
        a.valid = true;
    } catch (const std::exception &e) {
        a.error = withCause(describeException(e), e);
    }
    return a;
}

AccuracyResult accuracyOf(torch::jit::Module model, const InputSpec &input, const DataSpec &data, int output)
{
    installTorchWarningFilter();
    AccuracyResult a;
    detail::BatchReader batches(data, input);
    if (!batches.isValid()) {
        a.error = batches.error();
        return a;
    }
    if (!batches.labelled()) {
        a.error = QStringLiteral("%1 has no labels, so accuracy cannot be measured.").arg(data.describe());
        a.notApplicable = true;
        return a;
    }
    try {
        torch::NoGradGuard noGrad;
        model.eval();
        int64_t top1 = 0, top5 = 0;
        while (const auto batch = batches.next()) {
            const at::Tensor out = outputOf(model, *batch, output);
            if (out.dim() != 2) {
                a.error = QStringLiteral("The model's output is not (batch, classes), so it is not a classifier.");
                a.notApplicable = true;
                return a;
            }
            const int64_t classes = out.size(1);
            if (a.confusion.isEmpty())
                a.confusion = QVector<QVector<int>>(int(classes), QVector<int>(int(classes), 0));
            const at::Tensor labels = batch->labels.to(torch::kLong);
            const at::Tensor predicted = out.argmax(1);
            top1 += (predicted == labels).sum().item<int64_t>();
            const at::Tensor best = std::get<1>(out.topk(std::min<int64_t>(5, classes), 1));
            top5 += (best == labels.unsqueeze(1)).any(1).sum().item<int64_t>();
            const auto l = labels.accessor<int64_t, 1>();
            const auto p = predicted.accessor<int64_t, 1>();
            for (int64_t i = 0; i < labels.size(0); ++i)
                if (l[i] >= 0 && l[i] < classes)
                    a.confusion[int(l[i])][int(p[i])] += 1;
            a.samples += static_cast<int>(labels.size(0));
        }
        if (!batches.error().isEmpty()) {
            a.error = batches.error();
            return a;
        }
        a.top1 = double(top1) / a.samples;
        a.top5 = double(top5) / a.samples;
        for (const QVector<int> &row : a.confusion) {
            int total = 0;
            for (int v : row)
                total += v;
            a.perClass << (total > 0 ? double(row.at(a.perClass.size())) / total : 0.0);
        }
        a.valid = true;
    } catch (const std::exception &e) {
        a.error = withCause(describeException(e), e);
    }
    return a;
}

} // namespace

QJsonObject OutputAgreement::toJson(int maxFlipped) const
{
    QJsonArray flips;
    QJsonArray predictions;
    for (int i = 0; i < std::min<int>(maxFlipped, flipped.size()); ++i) {
        flips.append(flipped.at(i));
        if (i < flippedPredictions.size())
            predictions.append(QJsonArray{flippedPredictions.at(i).first, flippedPredictions.at(i).second});
    }
    return QJsonObject{{QStringLiteral("samples"), samples},
                       {QStringLiteral("sqnr_db"), jsonNumber(sqnrDb)},
                       {QStringLiteral("max_abs_error"), maxAbsError},
                       {QStringLiteral("cosine"), cosine},
                       {QStringLiteral("top1_agreement"), top1Agreement},
                       {QStringLiteral("flipped_count"), flippedCount},
                       {QStringLiteral("flipped"), flips},
                       {QStringLiteral("flipped_predictions"), predictions}};
}

QJsonObject AccuracyResult::toJson() const
{
    QJsonArray classes, matrix;
    for (double c : perClass)
        classes.append(c);
    for (const QVector<int> &row : confusion) {
        QJsonArray r;
        for (int v : row)
            r.append(v);
        matrix.append(r);
    }
    return QJsonObject{{QStringLiteral("samples"), samples},
                       {QStringLiteral("top1"), top1},
                       {QStringLiteral("top5"), top5},
                       {QStringLiteral("per_class"), classes},
                       {QStringLiteral("confusion"), matrix}};
}

OutputAgreement OutputAgreement::fromJson(const QJsonObject &json)
{
    OutputAgreement a;
    a.valid = json.value(QStringLiteral("samples")).isDouble();
    a.samples = json.value(QStringLiteral("samples")).toInt();
    a.sqnrDb = sqnrFromJson(json.value(QStringLiteral("sqnr_db")));
    a.maxAbsError = numberFromJson(json.value(QStringLiteral("max_abs_error")));
    a.cosine = numberFromJson(json.value(QStringLiteral("cosine")));
    a.top1Agreement = numberFromJson(json.value(QStringLiteral("top1_agreement")));
    a.flippedCount = json.value(QStringLiteral("flipped_count")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("flipped")).toArray())
        a.flipped << v.toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("flipped_predictions")).toArray()) {
        const QJsonArray pair = v.toArray();
        a.flippedPredictions << qMakePair(pair.at(0).toInt(-1), pair.at(1).toInt(-1));
    }
    return a;
}

AccuracyResult AccuracyResult::fromJson(const QJsonObject &json)
{
    AccuracyResult a;
    a.valid = json.value(QStringLiteral("samples")).isDouble();
    a.samples = json.value(QStringLiteral("samples")).toInt();
    a.top1 = numberFromJson(json.value(QStringLiteral("top1")));
    a.top5 = numberFromJson(json.value(QStringLiteral("top5")));
    a.perClass = numbersFromJson(json.value(QStringLiteral("per_class")));
    for (const QJsonValue &row : json.value(QStringLiteral("confusion")).toArray()) {
        QVector<int> r;
        for (const QJsonValue &v : row.toArray())
            r << v.toInt();
        a.confusion << r;
    }
    return a;
}

AccuracyResult evaluateAccuracy(const ModelDocument &model, const DataSpec &data, int output)
{
    return accuracyOf(model.d()->runnable(), model.info().input, data, output);
}

AccuracyResult evaluateAccuracy(const QuantizedModel &model, const InputSpec &input, const DataSpec &data, int output)
{
    return accuracyOf(model.d()->module, input, data, output);
}

OutputAgreement compareOutputs(const ModelDocument &reference, const QuantizedModel &candidate, const DataSpec &data,
                               int output)
{
    return compareModules(reference.d()->runnable(), candidate.d()->module, reference.info().input, data, output);
}

OutputAgreement compareOutputs(const ModelDocument &reference, const ModelDocument &candidate, const DataSpec &data,
                               int output)
{
    return compareModules(reference.d()->runnable(), candidate.d()->runnable(), reference.info().input, data, output);
}

} // namespace qb
