#pragma once

#include "eval/comparison.h"
#include "eval/latency.h"
#include "eval/memoryprobe.h"
#include "eval/opprofile.h"
#include "experiment/search.h"
#include "experiment/sensitivity.h"
#include "quant/quantizer.h"
#include "quant/quantsim.h"

#include <QJsonObject>

#include <optional>

namespace qb {

/// How a run quantized the model: what the converted graph holds and what calibration or QAT cost.
struct QuantizationDetails {
    QuantCoverage coverage;
    QStringList notes;
    int calibrationBatches = 0;
    double calibrationSeconds = 0;
    double convertSeconds = 0;
    int trainingEpochs = 0;
    int trainingSteps = 0;
    double trainingSeconds = 0;
    QVector<double> trainingLoss; ///< one value per QAT step
};

/// Where the per-layer rows came from: a simulation of the config on some evaluation batches.
struct PerLayerDetails {
    QString data;          ///< the data they were measured on
    QString error;         ///< why there are none
    std::optional<QuantMode> simulatedAs;
    QStringList notes;
};

/// The float baseline's two forms and the quantized model's deployment form. A run in a group (a demo,
/// a search) takes the float figures its group timed once, so that every speedup in the group divides
/// by the same number; baselineId then names the run that timed them.
struct LatencyDetails {
    LatencyStats floatAsLoaded;
    LatencyStats floatOptimized;
    std::optional<LatencyStats> quantized;
    qint64 baselineId = 0;    ///< the experiment whose run timed the float forms; 0 when this run did
    QString baselineGroup;    ///< the group that shares them ("demo", "search 12"); empty for a lone run

    /// The faster valid float form: what speedups divide (invalid stats when neither is valid).
    const LatencyStats &baseline() const;
};

/// Peak memory of the float model and of the quantized one, each measured in its own process.
struct MemoryDetails {
    MemoryProbe floatModel;
    std::optional<MemoryProbe> quantized;
    qint64 baselineId = 0; ///< the experiment whose run measured the float model; 0 when this run did
};

/// Latency against batch size and threads, float and quantized (ExperimentSpec::benchmarkScaling).
struct ScalingDetails {
    ScalingCurve floatModel;
    std::optional<ScalingCurve> quantized;
    qint64 baselineId = 0; ///< the experiment whose run measured the float curve; 0 when this run did
};

/// A sensitivity sweep's summary (the per-layer scores are the sweep's layer rows).
struct SweepDetails {
    SweepMode mode = SweepMode::OneOn;
    QString metric;        ///< "accuracy" or "agreement"
    std::optional<QuantMode> simulatedAs;
    SimulationScore floatScore;
    SimulationScore allQuantized;
    QStringList ranking;   ///< most sensitive first
    double calibrationSeconds = 0;
    double sweepSeconds = 0;
    QStringList notes;
    /// The score the sweep's layer scores are measured against: float for one-on, the fully
    /// quantized model for one-off.
    const SimulationScore &reference() const { return mode == SweepMode::OneOn ? floatScore : allQuantized; }
    double referenceValue() const;
};

/// A search's summary row: its budget, its trials and the best of them.
struct SearchDetails {
    AccuracyBudget budget;
    SearchObjective objective = SearchObjective::Latency;
    int maxTrials = 0;
    double timeLimitSeconds = 0;
    QStringList ranking;
    struct Trial {
        qint64 id = 0;
        QStringList floatLayers;
        bool withinBudget = false;
        double shortfall = qQNaN();
        QString choice;    ///< the whole-model choice it started from; empty for older searches
    };
    QVector<Trial> trials;
    SearchStop stopReason = SearchStop::Failed;
    bool metBudget = false;
    qint64 bestId = 0;
    QStringList bestFloatLayers;
    double bestShortfall = qQNaN();
    QString bestChoice;
};

/// Everything a stored experiment measured beyond the headline metrics: ExperimentRecord::details,
/// typed. The runner, the sweep and the search write it with toJson(); the views, charts and reports
/// read it with fromJson(). Parts a run did not measure are absent. Plain data; any thread.
struct ExperimentDetails {
    bool syntheticData = false;
    QStringList notes;                           ///< what a reader of the numbers should know (fp16 originals, ...)
    std::optional<QuantizationDetails> quantization;
    std::optional<PerLayerDetails> perLayer;
    std::optional<AccuracyResult> floatAccuracy;
    std::optional<AccuracyResult> accuracy;      ///< the quantized model's
    std::optional<OutputAgreement> agreement;
    std::optional<LatencyDetails> latency;
    std::optional<MemoryDetails> memory;
    std::optional<ScalingDetails> scaling;
    std::optional<OpProfile> floatProfile;
    std::optional<OpProfile> quantizedProfile;
    std::optional<SweepDetails> sweep;
    std::optional<SearchDetails> search;

    /// The timed runs of the model an experiment is about: the quantized one, else the faster float form.
    QVector<double> latencyTimesMs() const;

    QJsonObject toJson() const;
    static ExperimentDetails fromJson(const QJsonObject &json);
};

} // namespace qb
