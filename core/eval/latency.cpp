#include "eval/latency.h"
#include "eval/benchmarkinput_p.h"
#include "eval/deployment_p.h"

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
#include <QThread>

#include <algorithm>
#include <chrono>
#include <functional>

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
    return QJsonObject{{QStringLiteral("valid"), valid},
                       {QStringLiteral("form"), form},
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
                       {QStringLiteral("resident_increase_bytes"), residentIncreaseBytes},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("error"), error}};
}

LatencyStats LatencyStats::fromJson(const QJsonObject &json)
{
    LatencyStats s;
    // Older logs have no "valid": a stored median meant a measurement.
    s.valid = json.contains(QStringLiteral("valid")) ? json.value(QStringLiteral("valid")).toBool()
                                                      : json.value(QStringLiteral("median_ms")).isDouble();
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
    s.note = json.value(QStringLiteral("note")).toString();
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
    QString form = QStringLiteral("float (as loaded)");
    if (optimized) {
        try {
            detail::DeployedModule deployed = detail::deployFloat(module);
            module = deployed.module;
            form = deployed.form;
        } catch (const std::exception &e) {
            LatencyStats s;
            s.error = QStringLiteral("Could not freeze and optimize the float model: %1").arg(describeException(e));
            s.form = QStringLiteral("float (frozen, optimized)");
            return s;
        }
    }
    return timeModule(module, model.info().input, options, form);
}

LatencyStats measureQuantizedLatency(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options,
                                     ModelForm form)
{
    const QString engine = engineName(model.report().engine);
    if (form == ModelForm::AsSaved)
        return timeModule(model.d()->module, input, options, QStringLiteral("int8 %1 (as saved)").arg(engine));
    try {
        const detail::DeployedModule &deployed = detail::deploymentOf(model);
        LatencyStats s = timeModule(deployed.module, input, options, deployed.form);
        s.note = deployed.note;
        return s;
    } catch (const std::exception &e) {
        LatencyStats s;
        s.form = QStringLiteral("int8 %1 (loaded)").arg(engine);
        s.error = withCause(tr("Could not load the saved quantized model back: %1").arg(describeException(e)), e);
        return s;
    }
}

QJsonObject ScalingCurve::toJson() const
{
    QJsonArray list;
    for (const ScalingPoint &p : points)
        list.append(QJsonObject{{QStringLiteral("batch"), p.batch}, {QStringLiteral("threads"), p.threads},
                                {QStringLiteral("median_ms"), p.medianMs}});
    QJsonObject o{{QStringLiteral("form"), form}, {QStringLiteral("points"), list}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

ScalingCurve ScalingCurve::fromJson(const QJsonObject &json)
{
    ScalingCurve c;
    c.form = json.value(QStringLiteral("form")).toString();
    c.note = json.value(QStringLiteral("note")).toString();
    c.error = json.value(QStringLiteral("error")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("points")).toArray()) {
        const QJsonObject o = v.toObject();
        c.points << ScalingPoint{o.value(QStringLiteral("batch")).toInt(), o.value(QStringLiteral("threads")).toInt(),
                                 numberFromJson(o.value(QStringLiteral("median_ms")))};
    }
    c.valid = !c.points.isEmpty();
    return c;
}

QVector<int> scalingBatches()
{
    return {1, 4, 16, 64, 256};
}

QVector<int> scalingThreads()
{
    const int cores = std::max(1, QThread::idealThreadCount());
    QVector<int> threads;
    for (int t = 1; t < cores; t *= 2)
        threads << t;
    threads << cores;
    return threads;
}

namespace {

/// Times a fresh deployment form (from `deploy`) at each batch size, every thread count per size.
ScalingCurve measureScaling(const std::function<detail::DeployedModule()> &deploy, const InputSpec &input, int runs,
                            double maxForwardMs)
{
    ScalingCurve curve;
    QVector<ScalingPoint> points;
    try {
        for (const int batch : scalingBatches()) {
            const detail::DeployedModule deployed = deploy();
            curve.form = deployed.form;
            double slowest = 0;
            for (const int threads : scalingThreads()) {
                LatencyOptions options;
                options.batch = batch;
                options.threads = threads;
                options.runs = runs;
                const LatencyStats s = timeModule(deployed.module, input, options, deployed.form);
                if (!s.valid) {
                    curve.error = s.error;
                    return curve;
                }
                points << ScalingPoint{batch, threads, s.medianMs};
                slowest = std::max(slowest, s.medianMs);
            }
            if (slowest > maxForwardMs && batch != scalingBatches().constLast()) {
                curve.note = tr("Batches above %1 were left out: a forward at %1 already takes %2 ms.")
                                 .arg(batch).arg(slowest, 0, 'f', 0);
                break;
            }
        }
    } catch (const std::exception &e) {
        curve.error = withCause(describeException(e), e);
        return curve;
    }
    std::stable_sort(points.begin(), points.end(), [](const ScalingPoint &a, const ScalingPoint &b) {
        return a.threads < b.threads;
    });
    curve.points = points;
    curve.valid = !points.isEmpty();
    return curve;
}

} // namespace

ScalingCurve measureFloatScaling(const ModelDocument &model, int runs, double maxForwardMs)
{
    const torch::jit::Module module = model.d()->runnable();
    return measureScaling([&module] { return detail::deployFloat(module); }, model.info().input, runs, maxForwardMs);
}

ScalingCurve measureQuantizedScaling(const QuantizedModel &model, const InputSpec &input, int runs, double maxForwardMs)
{
    // A fresh load per batch size.
    return measureScaling([&model] { return detail::freshDeploymentOf(model); }, input, runs, maxForwardMs);
}

const LatencyStats &fasterFloatForm(const LatencyStats &asLoaded, const LatencyStats &optimized)
{
    if (optimized.valid && (!asLoaded.valid || optimized.medianMs <= asLoaded.medianMs))
        return optimized;
    return asLoaded.valid ? asLoaded : optimized;
}

} // namespace qb
