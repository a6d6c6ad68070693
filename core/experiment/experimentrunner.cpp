#include "experiment/experimentrunner.h"

#include "data/batches_p.h"
#include "env/environment.h"
#include "eval/comparison.h"
#include "eval/latency.h"
#include "eval/opprofile.h"
#include "experiment/experimentdetails.h"
#include "model/modeldocument.h"
#include "quant/quantsim.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentRunner)

namespace qb {

namespace {

/// Per-layer errors come from this many evaluation batches: enough for a stable SQNR, few enough
/// that the simulation costs about one more calibration.
constexpr int kPerLayerBatches = 4;

/// Operator profiles time at most this many forwards (after the usual warm-up).
constexpr int kProfileRuns = 10;

/// One run of a spec, stage by stage. Each stage returns false when the run must stop; finish()
/// records the outcome whatever happened.
class ExperimentRun
{
public:
    ExperimentRun(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                  const ProgressCallback &progress, const std::atomic_bool *cancel, const RunContext &context)
        : m_spec(spec), m_store(store), m_artifactDir(artifactDir), m_progress(progress), m_cancel(cancel), m_context(context)
    {
    }

    ExperimentOutcome run()
    {
        start();
        ScopedIntraOpThreads threads(m_spec.threads);
        m_record.environment = collectEnvironment().toJson();
        if (!open())
            return finish(ExperimentStatus::Failed);
        if (m_spec.quantize) {
            if (!quantize())
                return finish(m_cancelledDuring.isEmpty() ? ExperimentStatus::Failed : ExperimentStatus::Cancelled);
            if (m_context.perLayer)
                measurePerLayer();
        }
        if (stopRequested(tr("Cancelled before evaluation.")))
            return finish(ExperimentStatus::Cancelled);
        if (!evaluate())
            return finish(ExperimentStatus::Failed);
        if (stopRequested(tr("Cancelled before the benchmark.")))
            return finish(ExperimentStatus::Cancelled);
        if (m_spec.benchmarkRuns > 0) {
            time();
            if (m_spec.benchmarkScaling)
                measureScaling();
            profile();
        }
        if (!save())
            return finish(ExperimentStatus::Failed);
        if (m_spec.benchmarkRuns > 0)
            measureMemory();
        if (stopRequested(tr("Cancelled while measuring memory.")))
            return finish(ExperimentStatus::Cancelled);
        report(RunStage::Store, 1.0, tr("done"));
        return finish(ExperimentStatus::Finished);
    }

private:
    void start()
    {
        ExperimentRecord &r = m_record;
        r.kind = m_context.kind;
        r.parentId = m_context.parentId;
        r.modelPath = QFileInfo(m_spec.modelPath).absoluteFilePath();
        r.label = m_spec.label;
        r.mode = experimentMode(m_spec);
        r.engine = m_spec.quantize ? m_spec.quantization.engine : currentEngine();
        r.spec = m_spec.toJson();
        r.startedAt = logTimestamp();
        r.status = ExperimentStatus::Running;
    }

    void log(LogLevel level, const QString &message) { m_record.log << LogRecord{logTimestamp(), level, message}; }

    /// Progress within the whole run; `stage` opens a new log line when it changes.
    void report(RunStage stage, double fraction, const QString &detail)
    {
        if (stage != m_stage || m_lastDetail.isEmpty()) {
            m_stage = stage;
            log(LogLevel::Info, tr("stage: %1").arg(runStageText(stage)));
        }
        if (detail != m_lastDetail) {
            m_lastDetail = detail;
            if (stage != RunStage::Store)
                log(LogLevel::Info, detail);
        }
        if (m_progress)
            m_progress(fraction, detail);
    }

    bool stopRequested(const QString &why)
    {
        if (!m_cancel || !m_cancel->load())
            return false;
        m_cancelledDuring = why;
        return true;
    }

    bool open()
    {
        report(RunStage::Open, 0.02, tr("opening the model"));
        m_document = openSpecModel(m_spec, &m_error);
        if (!m_document)
            return false;
        m_record.modelSha256 = m_document->sha256();
        m_record.modelSizeBytes = m_document->info().fileSize;
        m_record.modelLayerCount = m_document->info().layers.size() - 1;
        m_details.syntheticData = m_spec.evaluation.isSynthetic();
        const auto dtypes = m_document->info().bytesByDtype();
        if (dtypes.contains(QStringLiteral("float16")) || dtypes.contains(QStringLiteral("bfloat16")))
            m_details.notes << tr("The original model holds half-precision weights, which this CPU cannot run: its "
                                  "outputs, accuracy and latency were computed in float32 from the same weights. Sizes "
                                  "compare with the half-precision file.");
        if (m_document->info().input.source == InputSpec::Source::Data)
            log(LogLevel::Info, tr("Input shapes read off the data: %1").arg(m_document->info().input.shapeText()));
        return true;
    }

    /// Plan, calibrate or train, convert: quantize() does all three and reports each.
    bool quantize()
    {
        QuantizeOptions options;
        options.config = m_spec.quantization;
        options.calibration = m_spec.calibration;
        options.qat = m_spec.qat;
        options.output = m_spec.output;
        options.onTrainingStep = m_context.onTrainingStep;
        const QuantizeResult result = qb::quantize(*m_document, options, [this](double f, const QString &detail) {
            report(RunStage::Quantize, 0.05 + 0.6 * f, detail);
        }, m_cancel);
        if (result.cancelled) {
            m_cancelledDuring = tr("Cancelled while quantizing.");
            return false;
        }
        if (!result) {
            m_error = result.error;
            return false;
        }
        m_quantized = result.model;
        const QuantizeReport &rep = m_quantized->report();
        for (const LayerOutcome &l : rep.layers) {
            LayerMetricRecord m;
            m.layer = l.layer;
            m.mode = l.result;
            m.note = l.reason;
            m_layers << m;
        }
        for (const QString &note : rep.notes)
            log(LogLevel::Warning, note);
        QuantizationDetails q;
        q.coverage = rep.coverage;
        q.notes = rep.notes;
        q.calibrationBatches = rep.calibrationBatches;
        q.calibrationSeconds = rep.calibrationSeconds;
        q.convertSeconds = rep.convertSeconds;
        q.trainingEpochs = rep.trainingEpochs;
        q.trainingSteps = rep.trainingSteps;
        q.trainingSeconds = rep.trainingSeconds;
        q.trainingLoss = rep.trainingLoss;
        m_details.quantization = q;
        return true;
    }

    /// Per-layer SQNR and weight error, from a simulation of the config on a few evaluation batches.
    void measurePerLayer()
    {
        report(RunStage::PerLayer, 0.66, tr("measuring each layer's error"));
        DataSpec evaluation = m_spec.evaluation;
        evaluation.maxBatches = std::min(evaluation.maxBatches, kPerLayerBatches);
        PerLayerDetails perLayer;
        perLayer.data = evaluation.describe();
        QString error;
        const auto sim = QuantSimulation::create(*m_document, m_spec.quantization, m_spec.calibration, evaluation, {},
                                                 m_cancel, &error, m_spec.output);
        if (!sim) {
            perLayer.error = error;
            m_details.perLayer = perLayer;
            return;
        }
        QStringList quantizedLayers;
        for (const LayerOutcome &l : m_quantized->report().layers)
            if (l.result != QuantMode::Float && sim->layers().contains(l.layer))
                quantizedLayers << l.layer;
        const QVector<LayerError> errors = sim->layerErrors(quantizedLayers, kPerLayerBatches);
        for (LayerMetricRecord &m : m_layers) {
            for (const LayerError &e : errors) {
                if (e.layer != m.layer)
                    continue;
                m.sqnrDb = e.activationSqnrDb;
                m.weightError = e.weightRelativeError;
                m.weightSqnrDb = e.weightSqnrDb;
                m.weightMaxAbs = e.weightMaxAbsError;
                m.channelSqnrDb = e.channelSqnrDb;
            }
        }
        perLayer.simulatedAs = sim->mode();
        perLayer.notes = sim->notes();
        m_details.perLayer = perLayer;
    }

    /// Accuracy of both models on labelled data; agreement, SQNR and flips of the quantized one.
    bool evaluate()
    {
        report(RunStage::Evaluate, 0.7, tr("evaluating"));
        const AccuracyResult floatAccuracy = evaluateAccuracy(*m_document, m_spec.evaluation, m_spec.output);
        if (floatAccuracy.valid)
            m_details.floatAccuracy = floatAccuracy;
        ExperimentRecord &r = m_record;
        if (!m_quantized) {
            if (floatAccuracy.valid) {
                r.accuracy = floatAccuracy.top1;
                r.accuracyDelta = 0;
            }
            return true;
        }
        const OutputAgreement agreement = compareOutputs(*m_document, *m_quantized, m_spec.evaluation, m_spec.output);
        if (!agreement.valid) {
            m_error = agreement.error;
            return false;
        }
        m_details.agreement = agreement;
        r.agreement = agreement.top1Agreement;
        r.sqnrDb = agreement.sqnrDb;
        if (floatAccuracy.valid) {
            const AccuracyResult q = evaluateAccuracy(*m_quantized, m_document->info().input, m_spec.evaluation, m_spec.output);
            if (q.valid) {
                r.accuracy = q.top1;
                r.accuracyDelta = q.top1 - floatAccuracy.top1;
                m_details.accuracy = q;
            }
        }
        return true;
    }

    LatencyOptions latencyOptions() const
    {
        LatencyOptions options;
        options.batch = m_spec.benchmarkBatch;
        options.runs = m_spec.benchmarkRuns;
        options.threads = m_spec.benchmarkThreads;
        return options;
    }

    /// The float baseline (the group's, or timed now) and the quantized model's deployment form.
    void time()
    {
        report(RunStage::Time, 0.85, tr("benchmarking"));
        const LatencyOptions options = latencyOptions();
        LatencyDetails latency;
        const std::optional<SharedBaseline> &shared = m_context.baseline;
        if (shared && shared->optimized.batch == options.batch && shared->optimized.threads == options.threads) {
            latency.floatAsLoaded = shared->asLoaded;
            latency.floatOptimized = shared->optimized;
            latency.baselineId = shared->experimentId;
            latency.baselineGroup = shared->group;
            log(LogLevel::Info, tr("Float baseline from %1: %2 ms (%3).")
                                    .arg(shared->group).arg(latency.baseline().medianMs, 0, 'f', 3).arg(latency.baseline().form));
        } else {
            if (shared)
                log(LogLevel::Warning, tr("The float baseline of %1 was timed at another batch size or thread count: "
                                          "this run times its own.").arg(shared->group));
            latency.floatAsLoaded = measureFloatLatency(*m_document, options, false);
            latency.floatOptimized = measureFloatLatency(*m_document, options, true);
        }
        if (m_quantized)
            latency.quantized = measureQuantizedLatency(*m_quantized, m_document->info().input, options);
        const LatencyStats &baseline = latency.baseline();
        const LatencyStats &timed = latency.quantized ? *latency.quantized : baseline;
        if (timed.valid) {
            m_record.latencyMedianMs = timed.medianMs;
            m_record.latencyP90Ms = timed.p90Ms;
            m_record.speedup = baseline.valid && timed.medianMs > 0 ? baseline.medianMs / timed.medianMs : qQNaN();
        }
        for (const LatencyStats *l : std::initializer_list<const LatencyStats *>{&latency.floatAsLoaded, &latency.floatOptimized, &timed}) {
            if (!l->valid && !l->error.isEmpty())
                log(LogLevel::Warning, tr("Timing %1 failed: %2").arg(l->form, l->error));
            if (!l->note.isEmpty())
                log(LogLevel::Warning, l->note);
        }
        m_details.latency = latency;
    }

    /// Where int8 starts to pay off: both deployment forms against batch size and threads.
    void measureScaling()
    {
        report(RunStage::Scaling, 0.87, tr("timing batch sizes and thread counts"));
        const int runs = std::clamp(m_spec.benchmarkRuns / 3, 3, 10);
        ScalingDetails scaling;
        const std::optional<SharedBaseline> &shared = m_context.baseline;
        if (shared && shared->floatScaling) {
            scaling.floatModel = *shared->floatScaling;
            scaling.baselineId = shared->experimentId;
        } else {
            scaling.floatModel = measureFloatScaling(*m_document, runs);
        }
        if (m_quantized)
            scaling.quantized = measureQuantizedScaling(*m_quantized, m_document->info().input, runs);
        for (const ScalingCurve *c : {&scaling.floatModel, scaling.quantized ? &*scaling.quantized : nullptr}) {
            if (c && !c->error.isEmpty())
                log(LogLevel::Warning, tr("Timing %1 across batch sizes failed: %2").arg(c->form, c->error));
            if (c && !c->note.isEmpty())
                log(LogLevel::Info, c->note);
        }
        m_details.scaling = scaling;
    }

    /// Why a quantized model is (not) faster: time per operator, both ways.
    void profile()
    {
        report(RunStage::Profile, 0.92, tr("profiling operators"));
        LatencyOptions options = latencyOptions();
        options.runs = std::min(kProfileRuns, options.runs);
        m_details.floatProfile = profileOperators(*m_document, options);
        if (m_quantized)
            m_details.quantizedProfile = profileOperators(*m_quantized, m_document->info().input, options);
    }

    /// Size as a user ships it: the serialized archive.
    bool save()
    {
        if (!m_quantized) {
            m_record.sizeBytes = m_document->info().fileSize;
            return true;
        }
        report(RunStage::Save, 0.96, tr("saving the quantized model"));
        QString path = m_context.artifactPath;
        if (path.isEmpty()) {
            const QString folder = m_artifactDir.isEmpty() ? m_scratch.path() : m_artifactDir;
            QDir().mkpath(folder);
            path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.pt")
                                             .arg(QFileInfo(m_spec.modelPath).completeBaseName(),
                                                  experimentModeName(m_record.mode),
                                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        }
        if (!m_quantized->save(path, &m_error))
            return false;
        m_record.sizeBytes = QFileInfo(path).size();
        m_savedPath = path;
        if (!m_artifactDir.isEmpty() || !m_context.artifactPath.isEmpty()) {
            m_artifactPath = path;
            m_record.artifacts << ArtifactRecord{path, fileSha256(path)};
        }
        return true;
    }

    /// Peak memory of the float model (the group's, or measured now) and of the saved quantized one,
    /// each loaded in its deployment form in a process of its own.
    void measureMemory()
    {
        report(RunStage::Memory, 0.98, tr("measuring memory in a separate process"));
        const LatencyOptions options = latencyOptions();
        const InputSpec &input = m_document->info().input;
        MemoryDetails memory;
        const std::optional<SharedBaseline> &shared = m_context.baseline;
        if (shared && shared->floatMemory && shared->floatMemory->batch == options.batch) {
            memory.floatModel = *shared->floatMemory;
            memory.baselineId = shared->experimentId;
        } else {
            memory.floatModel = probeMemory(m_spec.modelPath, ProbeForm::Float, input, options, m_cancel);
        }
        if (m_quantized && !m_savedPath.isEmpty())
            memory.quantized = probeMemory(m_savedPath, ProbeForm::Quantized, input, options, m_cancel);
        for (const MemoryProbe *p : {&memory.floatModel, memory.quantized ? &*memory.quantized : nullptr})
            if (p && !p->valid && !p->error.isEmpty())
                log(LogLevel::Warning, tr("Measuring memory failed: %1").arg(p->error));
        m_details.memory = memory;
    }

    /// Whatever happened, the run ends up in the log: finished, failed or cancelled.
    ExperimentOutcome finish(ExperimentStatus status)
    {
        ExperimentOutcome out;
        ExperimentRecord &r = m_record;
        r.status = status;
        r.error = status == ExperimentStatus::Cancelled ? m_cancelledDuring : m_error;
        r.finishedAt = logTimestamp();
        r.details = m_details.toJson();
        if (!r.error.isEmpty())
            log(status == ExperimentStatus::Failed ? LogLevel::Error : LogLevel::Info, r.error);
        out.layers = m_layers;
        if (m_store) {
            QString storeError;
            out.id = m_store->addExperiment(r, m_layers, &storeError);
            out.storeError = storeError;
        }
        out.record = r;
        out.artifactPath = m_artifactPath;
        if (m_quantized)
            out.quantization = m_quantized->report();
        return out;
    }

    const ExperimentSpec &m_spec;
    ExperimentStore *m_store;
    const QString m_artifactDir;
    const ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    const RunContext &m_context;

    ExperimentRecord m_record;
    ExperimentDetails m_details;
    QVector<LayerMetricRecord> m_layers;
    std::shared_ptr<ModelDocument> m_document;
    std::shared_ptr<QuantizedModel> m_quantized;
    QString m_artifactPath;
    QTemporaryDir m_scratch;  ///< holds the saved model when no artifact folder keeps it
    QString m_savedPath;
    QString m_error;
    QString m_cancelledDuring;
    RunStage m_stage = RunStage::Open;
    QString m_lastDetail;
};

} // namespace

std::optional<SharedBaseline> SharedBaseline::fromOutcome(const ExperimentOutcome &outcome, const QString &group)
{
    const ExperimentDetails details = ExperimentDetails::fromJson(outcome.record.details);
    const std::optional<LatencyDetails> &latency = details.latency;
    if (!latency || !latency->baseline().valid)
        return std::nullopt;
    SharedBaseline b;
    b.asLoaded = latency->floatAsLoaded;
    b.optimized = latency->floatOptimized;
    b.experimentId = latency->baselineId > 0 ? latency->baselineId : outcome.id;
    if (details.memory && details.memory->floatModel.valid)
        b.floatMemory = details.memory->floatModel;
    if (details.scaling && details.scaling->floatModel.valid)
        b.floatScaling = details.scaling->floatModel;
    b.group = group;
    return b;
}

std::optional<SharedBaseline> SharedBaseline::measure(const ExperimentSpec &spec, const QString &group, QString *error,
                                                      Parts parts)
{
    const auto document = openSpecModel(spec, error);
    if (!document)
        return std::nullopt;
    LatencyOptions options;
    options.batch = spec.benchmarkBatch;
    options.runs = spec.benchmarkRuns;
    options.threads = spec.benchmarkThreads;
    ScopedIntraOpThreads threads(spec.threads);
    SharedBaseline b;
    b.asLoaded = measureFloatLatency(*document, options, false);
    b.optimized = measureFloatLatency(*document, options, true);
    b.group = group;
    if (!b.baseline().valid) {
        *error = tr("Could not time the float model: %1").arg(b.asLoaded.error);
        return std::nullopt;
    }
    if (parts == Parts::TimingAndMemory && spec.benchmarkRuns > 0) {
        const MemoryProbe memory = probeMemory(spec.modelPath, ProbeForm::Float, document->info().input, options, nullptr);
        if (memory.valid)
            b.floatMemory = memory;
    }
    return b;
}

QString runStageText(RunStage stage)
{
    switch (stage) {
    case RunStage::Open: return tr("open");
    case RunStage::Quantize: return tr("quantize");
    case RunStage::PerLayer: return tr("per-layer errors");
    case RunStage::Evaluate: return tr("evaluate");
    case RunStage::Time: return tr("time");
    case RunStage::Scaling: return tr("scaling");
    case RunStage::Profile: return tr("profile");
    case RunStage::Save: return tr("save");
    case RunStage::Memory: return tr("memory");
    case RunStage::Store: return tr("store");
    }
    return {};
}

void adoptDataInputs(ModelDocument &document, const QVector<DataSpec> &data)
{
    const InputSpec &input = document.info().input;
    if (input.source != InputSpec::Source::Guessed && input.source != InputSpec::Source::Unknown)
        return;
    for (const DataSpec &d : data) {
        QString ignored; // data that cannot be read says so when it is read for real
        if (const auto found = detail::inputsFromData(d, input, &ignored)) {
            document.adoptInput(*found);
            return;
        }
    }
}

std::shared_ptr<ModelDocument> openSpecModel(const ExperimentSpec &spec, QString *error)
{
    ModelDocument::OpenOptions options;
    if (!spec.inputShape.isEmpty()) {
        options.input = InputSpec::parseShape(spec.inputShape, error);
        if (!options.input.isValid())
            return nullptr;
    }
    auto opened = ModelDocument::open(spec.modelPath, options);
    if (!opened) {
        *error = opened.message;
        return nullptr;
    }
    adoptDataInputs(*opened.document, {spec.calibration, spec.evaluation});
    return opened.document;
}

ExperimentOutcome runExperiment(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                                const ProgressCallback &progress, const std::atomic_bool *cancel, const RunContext &context)
{
    return ExperimentRun(spec, store, artifactDir, progress, cancel, context).run();
}

} // namespace qb
