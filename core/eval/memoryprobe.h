#pragma once

#include "eval/latency.h"
#include "model/inputspec.h"

#include <QJsonObject>
#include <QString>

#include <atomic>

namespace qb {

/// Memory of one model form, measured in a process of its own (quantbench-probe): the numbers of a
/// shared process all read the same allocator pool, whatever ran in it before.
struct MemoryProbe {
    bool valid = false;
    QString error;
    QString form;             ///< the deployment form that ran ("float (frozen, optimized)", ...)
    qint64 runtimeBytes = 0;  ///< resident before the model was loaded: Qt, LibTorch and the probe itself
    qint64 loadedBytes = 0;   ///< resident once the model is loaded and optimized
    qint64 peakBytes = 0;     ///< peak resident while loading and running it
    int batch = 0;
    int threads = 0;

    /// What the model adds to a process: the peak above the bare runtime.
    qint64 modelBytes() const { return peakBytes > runtimeBytes ? peakBytes - runtimeBytes : 0; }

    QJsonObject toJson() const;
    static MemoryProbe fromJson(const QJsonObject &json);
};

enum class ProbeForm { Float, Quantized };

/// Runs quantbench-probe on the model at `path`: a float archive, or a quantized one QuantBench
/// saved. The child loads it in its deployment form (eval/deployment.h), runs a few forwards at the
/// options' batch and threads and reports its own memory. Blocking (a few seconds); never throws;
/// a probe that cannot be found, fails or is cancelled gives an invalid result with the reason.
MemoryProbe probeMemory(const QString &path, ProbeForm form, const InputSpec &input, const LatencyOptions &options,
                        const std::atomic_bool *cancel = nullptr);

/// Where quantbench-probe is: $QB_PROBE, beside the running program, in the build tree, on PATH.
/// Empty when none is found.
QString probeExecutable();

/// The child's side: quantbench-probe's main. Reads its arguments, measures, prints one JSON object
/// (MemoryProbe::toJson) and returns the exit code (0 measured, 1 failed, 2 bad arguments).
int runMemoryProbe(const QStringList &arguments);

} // namespace qb
