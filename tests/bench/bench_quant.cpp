// Issue benchmarks for the engine: calibration overhead (observed forward vs plain float forward,
// per batch) and the latency of each converted model next to the float model as loaded and as
// frozen + optimized for inference. Prints medians measured side by side in one run.
//
//   cmake --build build --target bench_quant && ./build/tests/bench/bench_quant

#include "env/environment.h"
#include "eval/latency.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "quant/quantizer.h"
#include "env/memory.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace qb;

namespace {

void calibrationOverhead(const char *label, const ModelDocument &doc, int batch)
{
    DataSpec data;
    data.batchSize = batch;
    data.maxBatches = 1;
    for (ObserverKind kind : {ObserverKind::MinMax, ObserverKind::Mse}) {
        QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack);
        config.defaults.observer = kind;
        const CalibrationProfile p = profileCalibration(doc, config, data, 48);
        if (!p.valid) {
            std::printf("%-22s %-8s error: %s\n", label, qPrintable(observerName(config.defaults)), qPrintable(p.error));
            continue;
        }
        std::printf("%-22s %-8s batch %3d  float %7.3f ms  observed %7.3f ms  ratio %.2f\n", label,
                    qPrintable(observerName(config.defaults)), batch, p.floatForwardMs, p.observedForwardMs,
                    p.observedForwardMs / p.floatForwardMs);
    }
}

void latencies(const char *label, const ModelDocument &doc, QList<QPair<QuantEngine, QuantMode>> variants)
{
    LatencyOptions options;
    options.batch = 64;
    options.runs = 31;
    const LatencyStats loaded = measureFloatLatency(doc, options, false);
    const LatencyStats optimized = measureFloatLatency(doc, options, true);
    std::printf("%-22s %-28s median %8.3f ms  p10 %8.3f  p90 %8.3f\n", label, qPrintable(loaded.form), loaded.medianMs,
                loaded.p10Ms, loaded.p90Ms);
    std::printf("%-22s %-28s median %8.3f ms  p10 %8.3f  p90 %8.3f%s\n", label, qPrintable(optimized.form),
                optimized.medianMs, optimized.p10Ms, optimized.p90Ms,
                optimized.valid ? "" : qPrintable(QStringLiteral("  (%1)").arg(optimized.error)));
    for (const auto &[engine, mode] : variants) {
        QuantizeOptions q;
        q.config = QuantConfig::preset(engine, mode);
        q.calibration.batchSize = 64;
        q.calibration.maxBatches = 4;
        const QuantizeResult result = quantize(doc, q);
        if (!result) {
            std::printf("%-22s %s %s: %s\n", label, qPrintable(modeName(mode)), qPrintable(engineName(engine)), qPrintable(result.error));
            continue;
        }
        const LatencyStats s = measureQuantizedLatency(*result.model, doc.info().input, options);
        std::printf("%-22s %-28s median %8.3f ms  p10 %8.3f  p90 %8.3f  speedup vs best float %.2fx\n", label,
                    qPrintable(QStringLiteral("%1 %2").arg(modeName(mode), s.form)), s.medianMs, s.p10Ms, s.p90Ms,
                    speedupAgainstBestFloat(s, loaded, optimized));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const EnvironmentReport env = collectEnvironment();
    std::printf("LibTorch %s, %s, engines %s; 1 intra-op thread\n", qPrintable(env.torchVersion), qPrintable(env.blas),
                qPrintable(engineNames(env.engines).join(QLatin1String(", "))));
    setIntraOpThreads(1);

    auto open = [&](const QString &path) {
        auto r = ModelDocument::open(path);
        if (!r)
            qFatal("%s", qPrintable(r.message));
        return r.document;
    };
    auto zoo = [&](const QString &name) {
        const QString path = dir.filePath(name + QStringLiteral(".pt"));
        QString error;
        if (!buildZooModel(name, path, 0, &error))
            qFatal("%s", qPrintable(error));
        return open(path);
    };
    const auto fixtureCnn = open(QStringLiteral(QB_FIXTURES_DIR "/cnn_scripted.pt"));
    const auto fixtureTransformer = open(QStringLiteral(QB_FIXTURES_DIR "/transformer.pt"));
    const auto zooCnn = zoo(QStringLiteral("cnn"));
    const auto zooTransformer = zoo(QStringLiteral("transformer"));
    const auto zooMlp = zoo(QStringLiteral("mlp"));
    const auto zooLstm = zoo(QStringLiteral("lstm"));

    std::printf("\nCalibration overhead per batch (median of 48 runs in alternating blocks of 8; target ratio <= 1.15)\n");
    calibrationOverhead("fixture cnn", *fixtureCnn, 64);
    calibrationOverhead("fixture transformer", *fixtureTransformer, 64);
    calibrationOverhead("zoo cnn", *zooCnn, 64);
    calibrationOverhead("zoo transformer", *zooTransformer, 64);

    std::printf("\nLatency at batch 64 (median of 31 runs after 25 warm-up runs)\n");
    QList<QPair<QuantEngine, QuantMode>> staticAndDynamic;
    for (const QuantEngine engine : env.engines)
        staticAndDynamic << qMakePair(engine, QuantMode::Static) << qMakePair(engine, QuantMode::Dynamic);
    QList<QPair<QuantEngine, QuantMode>> dynamicOnly;
    for (const QuantEngine engine : env.engines)
        dynamicOnly << qMakePair(engine, QuantMode::Dynamic);
    latencies("zoo cnn", *zooCnn, staticAndDynamic);
    latencies("zoo mlp", *zooMlp, staticAndDynamic);
    latencies("zoo lstm", *zooLstm, dynamicOnly);
    latencies("zoo transformer", *zooTransformer, staticAndDynamic);
    latencies("fixture transformer", *fixtureTransformer, dynamicOnly);
    return 0;
}
