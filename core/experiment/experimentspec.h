#pragma once

#include "data/dataspec.h"
#include "quant/quantconfig.h"
#include "quant/quantizer.h"
#include "store/records.h"

#include <QJsonObject>
#include <QString>

namespace qb {

/// Everything an experiment is, as one JSON document that the GUI, the CLI and sweeps all run. It is
/// stored with every experiment so any row can be re-run exactly. Plain data; any thread.
struct ExperimentSpec {
    QString modelPath;           ///< required
    QString inputShape;          ///< optional: "1x1x28x28", or "input_ids:1x128:int64,attention_mask:1x128:int64"
    int output = 0;              ///< which tensor of a tuple or list output is compared (0: the first)
    QString label;
    QString notes;
    bool quantize = true;        ///< false: a float baseline (evaluation and latency only)
    QuantConfig quantization;
    DataSpec calibration;
    DataSpec evaluation;
    QatOptions qat;
    int benchmarkBatch = 64;
    int benchmarkRuns = 30;
    int benchmarkThreads = 1;
    bool benchmarkScaling = false; ///< also time batch 1-256 x threads 1-all cores (eval/latency.h)
    int threads = 0;             ///< LibTorch intra-op threads for the run; 0 = all cores
    quint64 seed = 0;

    QJsonObject toJson() const;
    /// Unknown keys, wrong types and missing required fields are errors that name the key.
    static ExperimentSpec fromJson(const QJsonObject &json, QString *error);
};

/// What a spec's config does overall.
ExperimentMode experimentMode(const ExperimentSpec &spec);

} // namespace qb
