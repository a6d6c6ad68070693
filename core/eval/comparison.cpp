#include "eval/comparison.h"

#include "data/batches_p.h"
#include "model/modeldocument_p.h"
#include "quant/quantizer_p.h"
#include "util/torcherror.h"

#include <torch/torch.h>

#include <cmath>
#include <limits>

namespace qb {

namespace {

OutputAgreement compareModules(torch::jit::Module reference, torch::jit::Module candidate, const InputSpec &input,
                               const DataSpec &data)
{
    OutputAgreement a;
    QString error;
    const auto batches = detail::loadBatches(data, input, &error);
    if (batches.empty()) {
        a.error = error;
        return a;
    }
    try {
        torch::NoGradGuard noGrad;
        double signal = 0, noise = 0, dot = 0, refNorm = 0, candNorm = 0;
        int64_t agree = 0;
        for (const auto &batch : batches) {
            const at::Tensor r = reference.forward({batch.inputs}).toTensor().to(torch::kDouble);
            at::Tensor c = candidate.forward({batch.inputs}).toTensor();
            c = (c.is_quantized() ? c.dequantize() : c).to(torch::kDouble);
            const at::Tensor diff = r - c;
            signal += r.pow(2).sum().item<double>();
            noise += diff.pow(2).sum().item<double>();
            a.maxAbsError = std::max(a.maxAbsError, diff.abs().max().item<double>());
            dot += (r * c).sum().item<double>();
            refNorm += r.pow(2).sum().item<double>();
            candNorm += c.pow(2).sum().item<double>();
            if (r.dim() == 2)
                agree += (r.argmax(1) == c.argmax(1)).sum().item<int64_t>();
            a.samples += static_cast<int>(r.size(0));
        }
        a.sqnrDb = noise > 0 ? 10.0 * std::log10(signal / noise) : std::numeric_limits<double>::infinity();
        a.cosine = refNorm > 0 && candNorm > 0 ? dot / std::sqrt(refNorm * candNorm) : 0;
        a.top1Agreement = a.samples > 0 ? double(agree) / a.samples : 0;
        a.valid = true;
    } catch (const std::exception &e) {
        a.error = describeException(e);
    }
    return a;
}

} // namespace

OutputAgreement compareOutputs(const ModelDocument &reference, const QuantizedModel &candidate, const DataSpec &data)
{
    return compareModules(reference.d()->module, candidate.d()->module, reference.info().input, data);
}

OutputAgreement compareOutputs(const ModelDocument &reference, const ModelDocument &candidate, const DataSpec &data)
{
    return compareModules(reference.d()->module, candidate.d()->module, reference.info().input, data);
}

} // namespace qb
