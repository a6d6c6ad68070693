#include "experiment/experimentrunner.h"

#include "env/environment.h"
#include "eval/comparison.h"
#include "eval/latency.h"
#include "model/modeldocument.h"
#include "util/fileutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace qb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qb::ExperimentRunner", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString experimentMode(const ExperimentSpec &spec)
{
    if (!spec.quantize)
        return QStringLiteral("float");
    QSet<QuantMode> modes{spec.quantization.defaults.mode};
    for (const LayerQuantConfig &c : spec.quantization.layers)
        modes.insert(c.mode);
    modes.remove(QuantMode::Float);
    if (modes.contains(QuantMode::Qat))
        return QStringLiteral("qat");
    if (modes.contains(QuantMode::Static) && modes.contains(QuantMode::Dynamic))
        return QStringLiteral("hybrid");
    if (modes.contains(QuantMode::Static))
        return QStringLiteral("static");
    if (modes.contains(QuantMode::Dynamic))
        return QStringLiteral("dynamic");
    return QStringLiteral("float");
}

ExperimentOutcome runExperiment(const ExperimentSpec &spec, ExperimentStore *store, const QString &artifactDir,
                                const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    ExperimentOutcome out;
    ExperimentRecord &r = out.record;
    r.modelPath = QFileInfo(spec.modelPath).absoluteFilePath();
    r.label = spec.label;
    r.mode = experimentMode(spec);
    r.engine = spec.quantize ? spec.quantization.engine : currentEngine();
    r.spec = spec.toJson();
    r.startedAt = now();
    r.status = QStringLiteral("running");
    auto report = [&progress](double fraction, const QString &stage) {
        if (progress)
            progress(fraction, stage);
    };
    // Whatever happens, the run ends up in the log: finished, failed or cancelled.
    auto finish = [&](const QString &status, const QString &error) {
        r.status = status;
        r.error = error;
        r.finishedAt = now();
        if (store) {
            QString storeError;
            out.id = store->addExperiment(r, out.layers, &storeError);
            out.storeError = storeError;
        }
        return out;
    };

    ScopedIntraOpThreads threads(spec.threads);
    r.environment = collectEnvironment().toJson();

    ModelDocument::OpenOptions openOptions;
    if (!spec.inputShape.isEmpty()) {
        QString error;
        openOptions.input = InputSpec::parseShape(spec.inputShape, &error);
        if (!openOptions.input.isValid())
            return finish(QStringLiteral("failed"), error);
    }
    report(0.02, tr("opening the model"));
    const auto opened = ModelDocument::open(spec.modelPath, openOptions);
    if (!opened)
        return finish(QStringLiteral("failed"), opened.message);
    const ModelDocument &doc = *opened.document;
    r.modelSha256 = doc.sha256();

    std::shared_ptr<QuantizedModel> quantized;
    if (spec.quantize) {
        QuantizeOptions options;
        options.config = spec.quantization;
        options.calibration = spec.calibration;
        options.qat = spec.qat;
        const QuantizeResult result = quantize(doc, options, [&report](double f, const QString &stage) {
            report(0.05 + 0.6 * f, stage);
        }, cancel);
        if (result.cancelled)
            return finish(QStringLiteral("cancelled"), tr("Cancelled while quantizing."));
        if (!result)
            return finish(QStringLiteral("failed"), result.error);
        quantized = result.model;
        for (const LayerOutcome &l : quantized->report().layers)
            out.layers << LayerMetricRecord{l.layer, modeName(l.result), qQNaN(), qQNaN()};
    }
    if (cancel && cancel->load())
        return finish(QStringLiteral("cancelled"), tr("Cancelled before evaluation."));

    report(0.7, tr("evaluating"));
    const AccuracyResult floatAccuracy = evaluateAccuracy(doc, spec.evaluation);
    if (quantized) {
        const OutputAgreement agreement = compareOutputs(doc, *quantized, spec.evaluation);
        if (!agreement.valid)
            return finish(QStringLiteral("failed"), agreement.error);
        r.agreement = agreement.top1Agreement;
        r.sqnrDb = agreement.sqnrDb;
        const AccuracyResult q = floatAccuracy.valid ? evaluateAccuracy(*quantized, doc.info().input, spec.evaluation)
                                                     : AccuracyResult();
        if (q.valid) {
            r.accuracy = q.top1;
            r.accuracyDelta = q.top1 - floatAccuracy.top1;
        }
    } else if (floatAccuracy.valid) {
        r.accuracy = floatAccuracy.top1;
        r.accuracyDelta = 0;
    }
    if (cancel && cancel->load())
        return finish(QStringLiteral("cancelled"), tr("Cancelled before the benchmark."));

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
    }

    // Size as a user ships it: the serialized archive.
    if (quantized) {
        QTemporaryDir scratch;
        const QString folder = artifactDir.isEmpty() ? scratch.path() : artifactDir;
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.pt")
                                                       .arg(QFileInfo(spec.modelPath).completeBaseName(), r.mode,
                                                            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        QString error;
        if (!quantized->save(path, &error))
            return finish(QStringLiteral("failed"), error);
        r.sizeBytes = QFileInfo(path).size();
        if (!artifactDir.isEmpty())
            out.artifactPath = path;
    } else {
        r.sizeBytes = doc.info().fileSize;
    }
    report(1.0, tr("done"));
    return finish(QStringLiteral("finished"), QString());
}

} // namespace qb
