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
    QString form;          ///< "float (as loaded)", "float (frozen, optimized)", "int8 onednn", ...
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

/// Times a float model as loaded, or frozen and optimized for inference (the faster form is the honest
/// baseline for speedups). Blocking; never throws.
LatencyStats measureFloatLatency(const ModelDocument &model, const LatencyOptions &options, bool optimized);
LatencyStats measureQuantizedLatency(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options);

/// The speedup of `candidate` against the faster of the float forms (median over median).
double speedupAgainstBestFloat(const LatencyStats &candidate, const LatencyStats &floatAsLoaded,
                               const LatencyStats &floatOptimized);

} // namespace qb
