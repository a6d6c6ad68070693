#pragma once

#include "model/inputspec.h"
#include "util/statistics.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

class ModelDocument;
class QuantizedModel;

/// Timing of repeated forward passes at one batch size and thread count.
struct LatencyStats {
    bool valid = false;
    QString error;
    QString form;          ///< "float (as loaded)", "float (frozen, optimized)", "int8 onednn (loaded, frozen, optimized)", ...
    QString note;          ///< why the form is not the full deployment form, when it is not
    int batch = 0;
    int threads = 0;
    int runs = 0;
    double medianMs = 0;
    double p10Ms = 0;
    double p90Ms = 0;
    double meanMs = 0;
    double throughput = 0; ///< samples per second at the median
    /// Peak resident memory of the process while warming up and timing, and how far it rose above
    /// the resident memory before the first run (what inference needs). 0 when unknown.
    qint64 peakResidentBytes = 0;
    qint64 residentIncreaseBytes = 0;
    QVector<double> timesMs;

    QJsonObject toJson() const;
    /// Reads what toJson wrote (valid when it holds a median).
    static LatencyStats fromJson(const QJsonObject &json);
};

/// Statistics of a sequence of run times (pure; tests feed it fixed sequences). Percentiles use
/// linear interpolation between closest ranks, as numpy's default does.
LatencyStats summarizeLatencies(const QVector<double> &timesMs, int batch, int threads);

struct LatencyOptions {
    int batch = 64;
    int warmup = kWarmupRuns; ///< time the steady state (util/statistics.h)
    int runs = 30;
    int threads = 1; ///< intra-op threads, fixed for the measurement and recorded with it
};

/// Which form of a model runs: the module as it is in memory (a float model as loaded, a quantized one
/// as converted and saved), or the deployment form of eval/deployment.h.
enum class ModelForm { AsSaved, Deployment };

/// Times a float model as loaded, or in its deployment form (frozen and optimized for inference: the
/// baseline every speedup divides). Blocking; never throws.
LatencyStats measureFloatLatency(const ModelDocument &model, const LatencyOptions &options, bool optimized);
/// Times a quantized model, by default in its deployment form (loaded back, frozen, optimized), which
/// is how a user runs it and how the float baseline is timed.
LatencyStats measureQuantizedLatency(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options,
                                     ModelForm form = ModelForm::Deployment);

/// One point of a scaling curve: the median latency of a forward at one batch size and thread count.
struct ScalingPoint {
    int batch = 0;
    int threads = 0;
    double medianMs = 0;
    double msPerSample() const { return batch > 0 ? medianMs / batch : 0; }
};

/// Latency of one model form against batch size and intra-op threads (deployment form; a fresh load
/// per batch size, so each size is timed on a graph specialized for it).
struct ScalingCurve {
    bool valid = false;
    QString error;
    QString form;
    QVector<ScalingPoint> points; ///< by threads, then batch
    QString note;                 ///< sizes left out (too slow), when any

    QJsonObject toJson() const;
    static ScalingCurve fromJson(const QJsonObject &json);
};

/// The batch sizes (1 to 256) and thread counts (1, 2, 4, ... up to every core) a scaling curve covers.
QVector<int> scalingBatches();
QVector<int> scalingThreads();

/// Scaling curves of the float model's deployment form and of a quantized model's. `runs` timed
/// forwards per point after the usual warm-up; larger batches stop once one forward takes longer than
/// `maxForwardMs`. Blocking; never throws.
ScalingCurve measureFloatScaling(const ModelDocument &model, int runs, double maxForwardMs = 250);
ScalingCurve measureQuantizedScaling(const QuantizedModel &model, const InputSpec &input, int runs, double maxForwardMs = 250);

/// The faster valid float form, the one speedups divide (the optimized one on a tie); `optimized`
/// itself, invalid, when neither is valid.
const LatencyStats &fasterFloatForm(const LatencyStats &asLoaded, const LatencyStats &optimized);

} // namespace qb
