#pragma once

#include "eval/latency.h"
#include "model/inputspec.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

class ModelDocument;
class QuantizedModel;

/// The row for time no operator recorded: kernels an optimized graph calls outside LibTorch's
/// dispatcher (oneDNN's prepacked convolutions, fused groups).
inline constexpr char kUnrecordedOp[] = "(unrecorded kernels)";

/// Time spent in one operator kind during a forward pass.
struct OpTime {
    QString op;          ///< "quantized::conv2d_relu", "aten::linear", ...
    double calls = 0;    ///< per forward pass
    double ms = 0;       ///< per forward pass, the operator's own outermost calls
    double share = 0;    ///< of the profiled forward time
};

/// Where a forward pass spends its time, per operator, from LibTorch's RecordFunction callbacks.
/// Only outermost operator calls are counted (aten::conv2d, not the convolution it calls inside),
/// so the times add up to about the forward time.
struct OpProfile {
    bool valid = false;
    QString error;
    QString form;
    int batch = 0;
    int runs = 0;
    double forwardMs = 0; ///< mean wall time of a profiled forward
    QVector<OpTime> ops;  ///< most expensive first

    QJsonObject toJson() const;
    static OpProfile fromJson(const QJsonObject &json);
};

/// Profiles `runs` forwards at options.batch (after options.warmup) on options.threads threads, in the
/// deployment form latency is timed in (eval/deployment.h). Blocking; never throws. Callbacks are per
/// thread and removed afterwards.
OpProfile profileOperators(const ModelDocument &model, const LatencyOptions &options);
OpProfile profileOperators(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options);

} // namespace qb
