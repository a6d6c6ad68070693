#include "experiment/experimentdetails.h"

#include "util/jsonutil.h"

#include <QJsonArray>

namespace qb {

namespace {

// The JSON keys, once: the writer and the reader below must agree.
const QLatin1String kSynthetic("synthetic_data"), kQuantization("quantization"), kPerLayer("per_layer"),
    kFloatAccuracy("float_accuracy"), kAccuracy("accuracy"), kAgreement("agreement"), kLatency("latency"),
    kOpProfile("op_profile"), kCoverage("coverage"), kNotes("notes"), kCalibrationBatches("calibration_batches"),
    kCalibrationSeconds("calibration_seconds"), kConvertSeconds("convert_seconds"), kTraining("training"),
    kEpochs("epochs"), kSteps("steps"), kSeconds("seconds"), kLoss("loss"), kData("data"), kError("error"),
    kSimulatedAs("simulated_as"), kFloatAsLoaded("float_as_loaded"), kFloatOptimized("float_optimized"),
    kQuantized("quantized"), kFloat("float"), kSweep("sweep"), kMetric("metric"), kAllQuantized("all_quantized"),
    kRanking("ranking"), kSweepSeconds("sweep_seconds"), kBudget("budget"), kMaxAccuracyDrop("max_accuracy_drop"),
    kMinAgreement("min_agreement"), kObjective("objective"), kMaxTrials("max_trials"),
    kTimeLimit("time_limit_seconds"), kTrials("trials"), kId("id"), kFloatLayers("float_layers"),
    kWithinBudget("within_budget"), kShortfall("shortfall"), kStopReason("stop_reason"), kMetBudget("met_budget"),
    kBestId("best_id"), kBestFloatLayers("best_float_layers"), kBestShortfall("best_shortfall"), kBaselineId("baseline_id"), kBaselineGroup("baseline_group"), kChoice("choice"), kMemory("memory"), kScaling("scaling"),
    kBestChoice("best_choice");

QJsonObject toJson(const QuantizationDetails &q)
{
    return QJsonObject{{kCoverage, q.coverage.toJson()},
                       {kNotes, QJsonArray::fromStringList(q.notes)},
                       {kCalibrationBatches, q.calibrationBatches},
                       {kCalibrationSeconds, q.calibrationSeconds},
                       {kConvertSeconds, q.convertSeconds},
                       {kTraining, QJsonObject{{kEpochs, q.trainingEpochs}, {kSteps, q.trainingSteps},
                                               {kSeconds, q.trainingSeconds}, {kLoss, jsonArray(q.trainingLoss)}}}};
}

QuantizationDetails quantizationFromJson(const QJsonObject &o)
{
    QuantizationDetails q;
    q.coverage = QuantCoverage::fromJson(o.value(kCoverage).toObject());
    q.notes = stringsFromJson(o.value(kNotes));
    q.calibrationBatches = o.value(kCalibrationBatches).toInt();
    q.calibrationSeconds = o.value(kCalibrationSeconds).toDouble();
    q.convertSeconds = o.value(kConvertSeconds).toDouble();
    const QJsonObject t = o.value(kTraining).toObject();
    q.trainingEpochs = t.value(kEpochs).toInt();
    q.trainingSteps = t.value(kSteps).toInt();
    q.trainingSeconds = t.value(kSeconds).toDouble();
    q.trainingLoss = numbersFromJson(t.value(kLoss));
    return q;
}

QJsonObject toJson(const PerLayerDetails &p)
{
    QJsonObject o{{kData, p.data}};
    if (!p.error.isEmpty())
        o.insert(kError, p.error);
    if (p.simulatedAs)
        o.insert(kSimulatedAs, modeName(*p.simulatedAs));
    if (!p.notes.isEmpty() || p.simulatedAs)
        o.insert(kNotes, QJsonArray::fromStringList(p.notes));
    return o;
}

PerLayerDetails perLayerFromJson(const QJsonObject &o)
{
    PerLayerDetails p;
    p.data = o.value(kData).toString();
    p.error = o.value(kError).toString();
    p.simulatedAs = modeFromName(o.value(kSimulatedAs).toString());
    p.notes = stringsFromJson(o.value(kNotes));
    return p;
}

QJsonObject toJson(const SweepDetails &s)
{
    return QJsonObject{{kSweep, sweepModeName(s.mode)},
                       {kMetric, s.metric},
                       {kSimulatedAs, s.simulatedAs ? modeName(*s.simulatedAs) : QString()},
                       {kFloat, s.floatScore.toJson()},
                       {kAllQuantized, s.allQuantized.toJson()},
                       {kRanking, QJsonArray::fromStringList(s.ranking)},
                       {kCalibrationSeconds, s.calibrationSeconds},
                       {kSweepSeconds, s.sweepSeconds},
                       {kNotes, QJsonArray::fromStringList(s.notes)}};
}

SweepDetails sweepFromJson(const QJsonObject &o)
{
    SweepDetails s;
    s.mode = sweepModeFromName(o.value(kSweep).toString()).value_or(SweepMode::OneOn);
    s.metric = o.value(kMetric).toString();
    s.simulatedAs = modeFromName(o.value(kSimulatedAs).toString());
    s.floatScore = SimulationScore::fromJson(o.value(kFloat).toObject());
    s.allQuantized = SimulationScore::fromJson(o.value(kAllQuantized).toObject());
    s.ranking = stringsFromJson(o.value(kRanking));
    s.calibrationSeconds = o.value(kCalibrationSeconds).toDouble();
    s.sweepSeconds = o.value(kSweepSeconds).toDouble();
    s.notes = stringsFromJson(o.value(kNotes));
    return s;
}

QJsonObject toJson(const SearchDetails &s)
{
    QJsonArray trials;
    for (const SearchDetails::Trial &t : s.trials)
        trials.append(QJsonObject{{kId, t.id},
                                  {kFloatLayers, QJsonArray::fromStringList(t.floatLayers)},
                                  {kWithinBudget, t.withinBudget},
                                  {kShortfall, jsonNumber(t.shortfall)},
                                  {kChoice, t.choice}});
    QJsonObject o{{kBudget, QJsonObject{{kMaxAccuracyDrop, jsonNumber(s.budget.maxAccuracyDrop)},
                                        {kMinAgreement, jsonNumber(s.budget.minAgreement)}}},
                  {kObjective, searchObjectiveName(s.objective)},
                  {kMaxTrials, s.maxTrials},
                  {kTimeLimit, s.timeLimitSeconds},
                  {kRanking, QJsonArray::fromStringList(s.ranking)},
                  {kTrials, trials},
                  {kStopReason, searchStopName(s.stopReason)},
                  {kMetBudget, s.metBudget}};
    if (s.bestId > 0) {
        o.insert(kBestId, s.bestId);
        o.insert(kBestFloatLayers, QJsonArray::fromStringList(s.bestFloatLayers));
        o.insert(kBestShortfall, jsonNumber(s.bestShortfall));
        o.insert(kBestChoice, s.bestChoice);
    }
    return o;
}

SearchDetails searchFromJson(const QJsonObject &o)
{
    SearchDetails s;
    const QJsonObject budget = o.value(kBudget).toObject();
    s.budget.maxAccuracyDrop = numberFromJson(budget.value(kMaxAccuracyDrop));
    s.budget.minAgreement = numberFromJson(budget.value(kMinAgreement));
    s.objective = searchObjectiveFromName(o.value(kObjective).toString()).value_or(SearchObjective::Latency);
    s.maxTrials = o.value(kMaxTrials).toInt();
    s.timeLimitSeconds = o.value(kTimeLimit).toDouble();
    s.ranking = stringsFromJson(o.value(kRanking));
    for (const QJsonValue &v : o.value(kTrials).toArray()) {
        const QJsonObject t = v.toObject();
        s.trials << SearchDetails::Trial{t.value(kId).toInteger(), stringsFromJson(t.value(kFloatLayers)),
                                         t.value(kWithinBudget).toBool(), numberFromJson(t.value(kShortfall)),
                                         t.value(kChoice).toString()};
    }
    s.stopReason = searchStopFromName(o.value(kStopReason).toString()).value_or(SearchStop::Failed);
    s.metBudget = o.value(kMetBudget).toBool();
    s.bestId = o.value(kBestId).toInteger();
    s.bestFloatLayers = stringsFromJson(o.value(kBestFloatLayers));
    s.bestShortfall = numberFromJson(o.value(kBestShortfall));
    s.bestChoice = o.value(kBestChoice).toString();
    return s;
}

} // namespace

double SweepDetails::referenceValue() const
{
    const SimulationScore &r = reference();
    return metric == QLatin1String("accuracy") ? r.accuracy : r.agreement;
}

const LatencyStats &LatencyDetails::baseline() const
{
    return fasterFloatForm(floatAsLoaded, floatOptimized);
}

QVector<double> ExperimentDetails::latencyTimesMs() const
{
    if (!latency)
        return {};
    return latency->quantized ? latency->quantized->timesMs : latency->baseline().timesMs;
}

QJsonObject ExperimentDetails::toJson() const
{
    QJsonObject o;
    if (sweep) {
        // A sweep's summary sits at the top level, as the sweep has always stored it.
        o = qb::toJson(*sweep);
    } else if (search) {
        o = qb::toJson(*search);
    }
    o.insert(kSynthetic, syntheticData);
    if (!notes.isEmpty())
        o.insert(kNotes, QJsonArray::fromStringList(notes));
    if (quantization)
        o.insert(kQuantization, qb::toJson(*quantization));
    if (perLayer)
        o.insert(kPerLayer, qb::toJson(*perLayer));
    if (floatAccuracy)
        o.insert(kFloatAccuracy, floatAccuracy->toJson());
    if (agreement)
        o.insert(kAgreement, agreement->toJson());
    if (accuracy)
        o.insert(kAccuracy, accuracy->toJson());
    if (latency) {
        QJsonObject l{{kFloatAsLoaded, latency->floatAsLoaded.toJson()}, {kFloatOptimized, latency->floatOptimized.toJson()}};
        if (latency->quantized)
            l.insert(kQuantized, latency->quantized->toJson());
        if (latency->baselineId > 0)
            l.insert(kBaselineId, latency->baselineId);
        if (!latency->baselineGroup.isEmpty())
            l.insert(kBaselineGroup, latency->baselineGroup);
        o.insert(kLatency, l);
    }
    if (memory) {
        QJsonObject m{{kFloat, memory->floatModel.toJson()}};
        if (memory->quantized)
            m.insert(kQuantized, memory->quantized->toJson());
        if (memory->baselineId > 0)
            m.insert(kBaselineId, memory->baselineId);
        o.insert(kMemory, m);
    }
    if (scaling) {
        QJsonObject c{{kFloat, scaling->floatModel.toJson()}};
        if (scaling->quantized)
            c.insert(kQuantized, scaling->quantized->toJson());
        if (scaling->baselineId > 0)
            c.insert(kBaselineId, scaling->baselineId);
        o.insert(kScaling, c);
    }
    if (floatProfile || quantizedProfile) {
        QJsonObject p;
        if (floatProfile)
            p.insert(kFloat, floatProfile->toJson());
        if (quantizedProfile)
            p.insert(kQuantized, quantizedProfile->toJson());
        o.insert(kOpProfile, p);
    }
    return o;
}

ExperimentDetails ExperimentDetails::fromJson(const QJsonObject &o)
{
    ExperimentDetails d;
    d.syntheticData = o.value(kSynthetic).toBool();
    if (!o.value(kSweep).isString())
        d.notes = stringsFromJson(o.value(kNotes));
    if (o.value(kQuantization).isObject())
        d.quantization = quantizationFromJson(o.value(kQuantization).toObject());
    if (o.value(kPerLayer).isObject())
        d.perLayer = perLayerFromJson(o.value(kPerLayer).toObject());
    if (o.value(kFloatAccuracy).isObject())
        d.floatAccuracy = AccuracyResult::fromJson(o.value(kFloatAccuracy).toObject());
    if (o.value(kAccuracy).isObject())
        d.accuracy = AccuracyResult::fromJson(o.value(kAccuracy).toObject());
    if (o.value(kAgreement).isObject())
        d.agreement = OutputAgreement::fromJson(o.value(kAgreement).toObject());
    if (o.value(kLatency).isObject()) {
        const QJsonObject l = o.value(kLatency).toObject();
        LatencyDetails latency;
        latency.floatAsLoaded = LatencyStats::fromJson(l.value(kFloatAsLoaded).toObject());
        latency.floatOptimized = LatencyStats::fromJson(l.value(kFloatOptimized).toObject());
        if (l.value(kQuantized).isObject())
            latency.quantized = LatencyStats::fromJson(l.value(kQuantized).toObject());
        latency.baselineId = l.value(kBaselineId).toInteger();
        latency.baselineGroup = l.value(kBaselineGroup).toString();
        d.latency = latency;
    }
    if (o.value(kMemory).isObject()) {
        const QJsonObject m = o.value(kMemory).toObject();
        MemoryDetails memory;
        memory.floatModel = MemoryProbe::fromJson(m.value(kFloat).toObject());
        if (m.value(kQuantized).isObject())
            memory.quantized = MemoryProbe::fromJson(m.value(kQuantized).toObject());
        memory.baselineId = m.value(kBaselineId).toInteger();
        d.memory = memory;
    }
    if (o.value(kScaling).isObject()) {
        const QJsonObject c = o.value(kScaling).toObject();
        ScalingDetails scaling;
        scaling.floatModel = ScalingCurve::fromJson(c.value(kFloat).toObject());
        if (c.value(kQuantized).isObject())
            scaling.quantized = ScalingCurve::fromJson(c.value(kQuantized).toObject());
        scaling.baselineId = c.value(kBaselineId).toInteger();
        d.scaling = scaling;
    }
    if (o.value(kOpProfile).isObject()) {
        const QJsonObject p = o.value(kOpProfile).toObject();
        if (p.value(kFloat).isObject())
            d.floatProfile = OpProfile::fromJson(p.value(kFloat).toObject());
        if (p.value(kQuantized).isObject())
            d.quantizedProfile = OpProfile::fromJson(p.value(kQuantized).toObject());
    }
    if (o.value(kSweep).isString())
        d.sweep = sweepFromJson(o);
    if (o.value(kStopReason).isString())
        d.search = searchFromJson(o);
    return d;
}

} // namespace qb
