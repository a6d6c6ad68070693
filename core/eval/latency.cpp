#include "eval/latency.h"
#include "eval/benchmarkinput_p.h"

#include "env/environment.h"
#include "env/memory.h"
#include "data/batches_p.h"

#include "model/modeldocument_p.h"
#include "quant/quantizer_p.h"
#include "util/jsonutil.h"
#include "util/statistics.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/torch.h>

#include <QJsonArray>

#include <algorithm>
#include <chrono>

QB_DECLARE_TR_FUNCTIONS(qb::Latency)

namespace qb {

std::optional<std::vector<c10::IValue>> detail::benchmarkInput(const InputSpec &input, int batch, QString *error)
{
    if (!input.isValid()) {
        *error = tr("The model's input shape is unknown: give it in the Data dock's Input field or with --input-shape.");
        return std::nullopt;
    }
    DataSpec synthetic;
    synthetic.batchSize = std::max(1, batch);
    synthetic.maxBatches = 1;
    synthetic.seed = 0;
    const auto batches = detail::loadBatches(synthetic, input, error);
    if (batches.empty())
        return std::nullopt;
    return batches.front().args();
}

namespace {

LatencyStats timeModule(torch::jit::Module module, const InputSpec &input, const LatencyOptions &options,
                        const QString &form)
{
    installTorchWarningFilter();
    LatencyStats stats;
    stats.form = form;
    try {
        const auto benchmarkInput = detail::benchmarkInput(input, options.batch, &stats.error);
        if (!benchmarkInput)
            return stats;
        const std::vector<c10::IValue> &x = *benchmarkInput;
        ScopedIntraOpThreads threads(std::max(1, options.threads));
        torch::NoGradGuard noGrad;
        // Peak memory from before the first run: what inference adds to the loaded process.
        const qint64 before = residentBytes();
        resetPeakResident();
        for (int i = 0; i < options.warmup; ++i)
            module.forward(x);
        QVector<double> times;
        for (int i = 0; i < options.runs; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const auto out = module.forward(x);
            (void)out;
            times << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        }
        stats = summarizeLatencies(times, options.batch, options.threads);
        stats.peakResidentBytes = peakResidentBytes();
        stats.residentIncreaseBytes = before > 0 ? std::max<qint64>(0, stats.peakResidentBytes - before) : 0;
    } catch (const std::exception &e) {
        stats.error = withCause(describeException(e), e);
    }
    stats.form = form;
    return stats;
}

} // namespace

QJsonObject LatencyStats::toJson() const
{
    return QJsonObject{{QStringLiteral("form"), form},
                       {QStringLiteral("batch"), batch},
                       {QStringLiteral("threads"), threads},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("median_ms"), medianMs},
                       {QStringLiteral("p10_ms"), p10Ms},
                       {QStringLiteral("p90_ms"), p90Ms},
                       {QStringLiteral("mean_ms"), meanMs},
                       {QStringLiteral("throughput"), throughput},
                       {QStringLiteral("times_ms"), jsonArray(timesMs)},
                       {QStringLiteral("peak_resident_bytes"), peakResidentBytes},
                       {QStringLiteral("resident_increase_bytes"), residentIncreaseBytes}};
}

LatencyStats LatencyStats::fromJson(const QJsonObject &json)
{
    LatencyStats s;
    s.valid = json.value(QStringLiteral("median_ms")).isDouble();
    s.form = json.value(QStringLiteral("form")).toString();
    s.batch = json.value(QStringLiteral("batch")).toInt();
    s.threads = json.value(QStringLiteral("threads")).toInt();
    s.runs = json.value(QStringLiteral("runs")).toInt();
    s.medianMs = numberFromJson(json.value(QStringLiteral("median_ms")));
    s.p10Ms = numberFromJson(json.value(QStringLiteral("p10_ms")));
    s.p90Ms = numberFromJson(json.value(QStringLiteral("p90_ms")));
    s.meanMs = numberFromJson(json.value(QStringLiteral("mean_ms")));
    s.throughput = numberFromJson(json.value(QStringLiteral("throughput")));
    s.timesMs = numbersFromJson(json.value(QStringLiteral("times_ms")));
    s.peakResidentBytes = json.value(QStringLiteral("peak_resident_bytes")).toInteger();
    s.residentIncreaseBytes = json.value(QStringLiteral("resident_increase_bytes")).toInteger();
    s.error = json.value(QStringLiteral("error")).toString();
    return s;
}

LatencyStats summarizeLatencies(const QVector<double> &timesMs, int batch, int threads)
{
    LatencyStats s;
    s.batch = batch;
    s.threads = threads;
    s.runs = timesMs.size();
    s.timesMs = timesMs;
    if (timesMs.isEmpty()) {
        s.error = QStringLiteral("No timed runs.");
        return s;
    }
    QVector<double> sorted = timesMs;
    std::sort(sorted.begin(), sorted.end());
    s.medianMs = percentile(sorted, 50);
    s.p10Ms = percentile(sorted, 10);
    s.p90Ms = percentile(sorted, 90);
    double sum = 0;
    for (double t : timesMs)
        sum += t;
    s.meanMs = sum / timesMs.size();
    s.throughput = s.medianMs > 0 ? batch * 1000.0 / s.medianMs : 0;
    s.valid = true;
    return s;
}

LatencyStats measureFloatLatency(const ModelDocument &model, const LatencyOptions &options, bool optimized)
{
    torch::jit::Module module = model.d()->runnable();
    if (optimized) {
        try {
            torch::jit::Module copy = module.clone();
            copy.eval();
            torch::jit::Module frozen = torch::jit::freeze(copy);
            module = torch::jit::optimize_for_inference(frozen);
        } catch (const std::exception &e) {
            LatencyStats s;
            s.error = QStringLiteral("Could not freeze and optimize the float model: %1").arg(describeException(e));
            s.form = QStringLiteral("float (frozen, optimized)");
            return s;
        }
    }
    return timeModule(module, model.info().input, options,
                      optimized ? QStringLiteral("float (frozen, optimized)") : QStringLiteral("float (as loaded)"));
}

LatencyStats measureQuantizedLatency(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options)
{
    return timeModule(model.d()->module, input, options, QStringLiteral("int8 %1").arg(engineName(model.report().engine)));
}

double speedupAgainstBestFloat(const LatencyStats &candidate, const LatencyStats &floatAsLoaded,
                               const LatencyStats &floatOptimized)
{
    double best = 0;
    for (const LatencyStats *f : {&floatAsLoaded, &floatOptimized})
        if (f->valid && (best == 0 || f->medianMs < best))
            best = f->medianMs;
    return candidate.valid && candidate.medianMs > 0 && best > 0 ? best / candidate.medianMs : 0;
}

} // namespace qb
