#include "experiment/experimentrunner.h"

#include "env/environment.h"
#include "eval/comparison.h"
#include "eval/latency.h"
#include "eval/opprofile.h"
#include "model/modeldocument.h"
#include "quant/quantsim.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentRunner)

namespace qb {

namespace {

/// Per-layer SQNR and weight error, from a simulation of the config on a few evaluation batches.
void measurePerLayer(const ModelDocument &doc, const ExperimentSpec &spec, const QuantizeReport &rep,
                     QVector<LayerMetricRecord> &layers, QJsonObject &details, const std::atomic_bool *cancel)
{
    constexpr int kBatches = 4;
    DataSpec evaluation = spec.evaluation;
    evaluation.maxBatches = std::min(evaluation.maxBatches, kBatches);
    QString error;
    const auto sim = QuantSimulation::create(doc, spec.quantization, spec.calibration, evaluation, {}, cancel, &error);
    QJsonObject perLayer{{QStringLiteral("data"), evaluation.describe()}};
    if (!sim) {
        perLayer.insert(QStringLiteral("error"), error);
        details.insert(QStringLiteral("per_layer"), perLayer);
        return;
    }
    QStringList quantizedLayers;
    for (const LayerOutcome &l : rep.layers)
        if (l.result != QuantMode::Float && sim->layers().contains(l.layer))
            quantizedLayers << l.layer;
    const QVector<LayerError> errors = sim->layerErrors(quantizedLayers, kBatches);
    for (LayerMetricRecord &m : layers) {
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
    perLayer.insert(QStringLiteral("simulated_as"), modeName(sim->mode()));
    perLayer.insert(QStringLiteral("notes"), QJsonArray::fromStringList(sim->notes()));
    details.insert(QStringLiteral("per_layer"), perLayer);
}

} // namespace

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
    return opened.document;
}

ExperimentMode experimentMode(const ExperimentSpec &spec)
{
    if (!spec.quantize)
        return ExperimentMode::Float;
    QSet<QuantMode> modes{spec.quantization.defaults.mode};
    for (const LayerQuantConfig &c : spec.quantization.layers)
        modes.insert(c.mode);
    modes.remove(QuantMode::Float);
    if (modes.contains(QuantMode::Qat))
        return ExperimentMode::Qat;
    if (modes.contains(QuantMode::Static) && modes.contains(QuantMode::Dynamic))
        return ExperimentMode::Hybrid;
    if (modes.contains(QuantMode::Static))
        return ExperimentMode::Static;
    if (modes.contains(QuantMode::Dynamic))
        return ExperimentMode::Dynamic;
    return ExperimentMode::Float;
}

ExperimentOutcome runExperiment(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                                const ProgressCallback &progress, const std::atomic_bool *cancel, const RunContext &context)
{
    ExperimentOutcome out;
    ExperimentRecord &r = out.record;
    r.kind = context.kind;
    r.parentId = context.parentId;
    r.modelPath = QFileInfo(spec.modelPath).absoluteFilePath();
    r.label = spec.label;
    r.mode = experimentMode(spec);
    r.engine = spec.quantize ? spec.quantization.engine : currentEngine();
    r.spec = spec.toJson();
    r.startedAt = logTimestamp();
    r.status = ExperimentStatus::Running;
    auto log = [&r](LogLevel level, const QString &message) {
        r.log << LogRecord{logTimestamp(), level, message};
    };
    QString lastStage;
    auto report = [&](double fraction, const QString &stage) {
        if (stage != lastStage) {
            log(LogLevel::Info, stage);
            lastStage = stage;
        }
        if (progress)
            progress(fraction, stage);
    };
    QJsonObject details;
    // Whatever happens, the run ends up in the log: finished, failed or cancelled.
    auto finish = [&](ExperimentStatus status, const QString &error) {
        r.status = status;
        r.error = error;
        r.finishedAt = logTimestamp();
        r.details = details;
        if (!error.isEmpty())
            log(status == ExperimentStatus::Failed ? LogLevel::Error : LogLevel::Info, error);
        if (store) {
            QString storeError;
            out.id = store->addExperiment(r, out.layers, &storeError);
            out.storeError = storeError;
        }
        return out;
    };

    ScopedIntraOpThreads threads(spec.threads);
    r.environment = collectEnvironment().toJson();

    report(0.02, tr("opening the model"));
    QString openError;
    const std::shared_ptr<ModelDocument> opened = openSpecModel(spec, &openError);
    if (!opened)
        return finish(ExperimentStatus::Failed, openError);
    const ModelDocument &doc = *opened;
    r.modelSha256 = doc.sha256();
    r.modelSizeBytes = doc.info().fileSize;
    r.modelLayerCount = doc.info().layers.size() - 1;
    details.insert(QStringLiteral("synthetic_data"), spec.evaluation.isSynthetic());

    std::shared_ptr<QuantizedModel> quantized;
    if (spec.quantize) {
        QuantizeOptions options;
        options.config = spec.quantization;
        options.calibration = spec.calibration;
        options.qat = spec.qat;
        options.onTrainingStep = context.onTrainingStep;
        const QuantizeResult result = quantize(doc, options, [&report](double f, const QString &stage) {
            report(0.05 + 0.6 * f, stage);
        }, cancel);
        if (result.cancelled)
            return finish(ExperimentStatus::Cancelled, tr("Cancelled while quantizing."));
        if (!result)
            return finish(ExperimentStatus::Failed, result.error);
        quantized = result.model;
        const QuantizeReport &rep = quantized->report();
        for (const LayerOutcome &l : rep.layers) {
            LayerMetricRecord m;
            m.layer = l.layer;
            m.mode = l.result;
            m.note = l.reason;
            out.layers << m;
        }
        for (const QString &note : rep.notes)
            log(LogLevel::Warning, note);
        const QJsonObject repJson = rep.toJson();
        details.insert(QStringLiteral("quantization"),
                       QJsonObject{{QStringLiteral("coverage"), repJson.value(QStringLiteral("coverage"))},
                                   {QStringLiteral("notes"), repJson.value(QStringLiteral("notes"))},
                                   {QStringLiteral("calibration_batches"), rep.calibrationBatches},
                                   {QStringLiteral("calibration_seconds"), rep.calibrationSeconds},
                                   {QStringLiteral("convert_seconds"), rep.convertSeconds},
                                   {QStringLiteral("training"), repJson.value(QStringLiteral("training"))}});
        if (context.perLayer)
            measurePerLayer(doc, spec, rep, out.layers, details, cancel);
    }
    if (cancel && cancel->load())
        return finish(ExperimentStatus::Cancelled, tr("Cancelled before evaluation."));

    report(0.7, tr("evaluating"));
    const AccuracyResult floatAccuracy = evaluateAccuracy(doc, spec.evaluation);
    if (floatAccuracy.valid)
        details.insert(QStringLiteral("float_accuracy"), floatAccuracy.toJson());
    if (quantized) {
        const OutputAgreement agreement = compareOutputs(doc, *quantized, spec.evaluation);
        if (!agreement.valid)
            return finish(ExperimentStatus::Failed, agreement.error);
        details.insert(QStringLiteral("agreement"), agreement.toJson());
        r.agreement = agreement.top1Agreement;
        r.sqnrDb = agreement.sqnrDb;
        const AccuracyResult q = floatAccuracy.valid ? evaluateAccuracy(*quantized, doc.info().input, spec.evaluation)
                                                     : AccuracyResult();
        if (q.valid) {
            r.accuracy = q.top1;
            r.accuracyDelta = q.top1 - floatAccuracy.top1;
            details.insert(QStringLiteral("accuracy"), q.toJson());
        }
    } else if (floatAccuracy.valid) {
        r.accuracy = floatAccuracy.top1;
        r.accuracyDelta = 0;
    }
    if (cancel && cancel->load())
        return finish(ExperimentStatus::Cancelled, tr("Cancelled before the benchmark."));

    if (spec.benchmarkRuns > 0) {
        report(0.85, tr("benchmarking"));
        LatencyOptions options;
        options.batch = spec.benchmarkBatch;
        options.runs = spec.benchmarkRuns;
        options.threads = spec.benchmarkThreads;
        const LatencyStats loaded = measureFloatLatency(doc, options, false);
        const LatencyStats optimized = measureFloatLatency(doc, options, true);
        const LatencyStats timed = quantized ? measureQuantizedLatency(*quantized, doc.info().input, options)
                                             : (optimized.valid && optimized.medianMs < loaded.medianMs ? optimized : loaded);
        if (timed.valid) {
            r.latencyMedianMs = timed.medianMs;
            r.latencyP90Ms = timed.p90Ms;
            r.speedup = speedupAgainstBestFloat(timed, loaded, optimized);
        }
        QJsonObject latency{{QStringLiteral("float_as_loaded"), loaded.toJson()},
                            {QStringLiteral("float_optimized"), optimized.toJson()}};
        if (quantized)
            latency.insert(QStringLiteral("quantized"), timed.toJson());
        details.insert(QStringLiteral("latency"), latency);
        // Why a quantized model is (not) faster: time per operator, both ways.
        LatencyOptions profiled = options;
        profiled.runs = std::min(10, options.runs);
        QJsonObject profiles{{QStringLiteral("float"), profileOperators(doc, profiled).toJson()}};
        if (quantized)
            profiles.insert(QStringLiteral("quantized"), profileOperators(*quantized, doc.info().input, profiled).toJson());
        details.insert(QStringLiteral("op_profile"), profiles);
        for (const LatencyStats *l : {&loaded, &optimized, &timed})
            if (!l->valid && !l->error.isEmpty())
                log(LogLevel::Warning, tr("Timing %1 failed: %2").arg(l->form, l->error));
    }

    // Size as a user ships it: the serialized archive.
    if (quantized) {
        QTemporaryDir scratch;
        const QString folder = artifactDir.isEmpty() ? scratch.path() : artifactDir;
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.pt")
                                                       .arg(QFileInfo(spec.modelPath).completeBaseName(), experimentModeName(r.mode),
                                                            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        QString error;
        if (!quantized->save(path, &error))
            return finish(ExperimentStatus::Failed, error);
        r.sizeBytes = QFileInfo(path).size();
        if (!artifactDir.isEmpty()) {
            out.artifactPath = path;
            r.artifacts << ArtifactRecord{path, fileSha256(path)};
        }
    } else {
        r.sizeBytes = doc.info().fileSize;
    }
    report(1.0, tr("done"));
    return finish(ExperimentStatus::Finished, QString());
}

} // namespace qb
