// Issue benchmarks for the engine: calibration overhead (observed forward vs plain float forward,
// per batch) and the latency of each converted model, as saved and in its deployment form, next to
// the float model as loaded and optimized, PyTorch's own quantize_jit on the same archive (when
// python3-torch is installed; QB_BENCH_NO_PYTHON=1 skips it) and each form's peak memory. Prints
// medians measured side by side in one run. QB_BENCH_NO_RESNET=1 skips ResNet-18.
//
//   cmake --build build --target bench_quant && ./build/tests/bench/bench_quant

#include "env/environment.h"
#include "eval/latency.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "quant/quantizer.h"
#include "env/memory.h"
#include "eval/memoryprobe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

/// PyTorch's own figures for the same archive (tools/pytorch_quant_latency.py), when Debian's
/// python3-torch is there: float deployment form, quantize_jit and quantize_dynamic_jit, all loaded,
/// frozen and optimized as QuantBench's are. Empty when Python or the script is missing.
QJsonObject pytorchFigures(const QString &archive, const LatencyOptions &options, QuantEngine engine)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(QB_SOURCE_DIR "/tools/pytorch_quant_latency.py");
    if (!QFileInfo::exists(python) || !QFileInfo::exists(script) || qEnvironmentVariableIsSet("QB_BENCH_NO_PYTHON"))
        return {};
    QProcess process;
    process.start(python, {script, QStringLiteral("--batch"), QString::number(options.batch), QStringLiteral("--runs"),
                           QString::number(options.runs), QStringLiteral("--threads"), QString::number(options.threads),
                           QStringLiteral("--engine"), engineName(engine), archive});
    if (!process.waitForFinished(600000))
        return {};
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

QString ms(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 3) : QStringLiteral("-");
}

QString mib(const MemoryProbe &p)
{
    return p.valid ? QString::number(p.peakBytes / 1048576.0, 'f', 0) : QStringLiteral("-");
}

/// Every form side by side: the float model as loaded and in its deployment form; each variant as
/// saved and in its deployment form (the speedup divides the float deployment form's median); PyTorch's
/// own figures for the same archive; and each deployment form's peak memory in a process of its own.
void latencies(const char *label, const ModelDocument &doc, QList<QPair<QuantEngine, QuantMode>> variants, int batch)
{
    LatencyOptions options;
    options.batch = batch;
    options.runs = 31;
    QTemporaryDir scratch;
    const LatencyStats loaded = measureFloatLatency(doc, options, false);
    const LatencyStats optimized = measureFloatLatency(doc, options, true);
    const MemoryProbe floatMemory = probeMemory(doc.info().path, ProbeForm::Float, doc.info().input, options);
    std::printf("%-20s %-26s %10s %10s %8s %12s %9s\n", label, "form (batch)", "as saved", "deployed", "speedup",
                "PyTorch", "peak MiB");
    std::printf("%-20s %-26s %10.3f %10.3f %8s %12s %9s\n", label, qPrintable(QStringLiteral("float (%1)").arg(batch)),
                loaded.medianMs, optimized.medianMs, "1.00x", "", qPrintable(mib(floatMemory)));
    QHash<QuantEngine, QJsonObject> pytorch;
    for (const auto &[engine, mode] : variants) {
        QuantizeOptions q;
        q.config = QuantConfig::preset(engine, mode);
        q.calibration.batchSize = std::max(8, batch);
        q.calibration.maxBatches = 4;
        const QuantizeResult result = quantize(doc, q);
        const QString name = QStringLiteral("%1 %2").arg(modeName(mode), engineName(engine));
        if (!result) {
            std::printf("%-20s %-26s %s\n", label, qPrintable(name), qPrintable(result.error));
            continue;
        }
        const LatencyStats asSaved = measureQuantizedLatency(*result.model, doc.info().input, options, ModelForm::AsSaved);
        const LatencyStats deployed = measureQuantizedLatency(*result.model, doc.info().input, options);
        const QString saved = scratch.filePath(QStringLiteral("%1-%2.pt").arg(modeName(mode), engineName(engine)));
        QString error;
        const MemoryProbe memory = result.model->save(saved, &error)
            ? probeMemory(saved, ProbeForm::Quantized, doc.info().input, options) : MemoryProbe();
        if (!pytorch.contains(engine))
            pytorch.insert(engine, pytorchFigures(doc.info().path, options, engine));
        const QJsonObject py = pytorch.value(engine);
        const QString pyText = py.isEmpty() ? QStringLiteral("-")
                                            : QStringLiteral("%1/%2").arg(ms(py.value(mode == QuantMode::Static ? QStringLiteral("static_ms")
                                                                                                               : QStringLiteral("dynamic_ms"))),
                                                                          ms(py.value(QStringLiteral("float_optimized_ms"))));
        std::printf("%-20s %-26s %10.3f %10.3f %7.2fx %12s %9s\n", label, qPrintable(name), asSaved.medianMs, deployed.medianMs,
                    optimized.medianMs / deployed.medianMs, qPrintable(pyText), qPrintable(mib(memory)));
        if (!deployed.note.isEmpty())
            std::printf("%-20s   note: %s\n", label, qPrintable(deployed.note));
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

    std::printf("\nLatency in ms (median of 31 runs after 25 warm-up runs, 1 thread). \"deployed\": loaded back, frozen and\n"
                "optimized for inference, the form every speedup divides (float deployed / variant deployed).\n"
                "PyTorch: its quantize_jit (static) or quantize_dynamic_jit (dynamic) / its float, same archive, same\n"
                "deployment treatment (tools/pytorch_quant_latency.py). Peak MiB: the deployment form in a process of its own.\n\n");
    QList<QPair<QuantEngine, QuantMode>> staticAndDynamic;
    for (const QuantEngine engine : env.engines)
        staticAndDynamic << qMakePair(engine, QuantMode::Static) << qMakePair(engine, QuantMode::Dynamic);
    QList<QPair<QuantEngine, QuantMode>> dynamicOnly;
    for (const QuantEngine engine : env.engines)
        dynamicOnly << qMakePair(engine, QuantMode::Dynamic);
    const QList<QPair<QuantEngine, QuantMode>> onednnStatic{qMakePair(QuantEngine::OneDnn, QuantMode::Static),
                                                            qMakePair(QuantEngine::OneDnn, QuantMode::Dynamic)};
    latencies("fixture cnn", *fixtureCnn, staticAndDynamic, 64);
    latencies("zoo cnn", *zooCnn, staticAndDynamic, 64);
    latencies("zoo mlp", *zooMlp, staticAndDynamic, 64);
    latencies("zoo lstm", *zooLstm, dynamicOnly, 64);
    latencies("zoo transformer", *zooTransformer, staticAndDynamic, 64);
    latencies("fixture transformer", *fixtureTransformer, dynamicOnly, 64);
    if (!qEnvironmentVariableIsSet("QB_BENCH_NO_RESNET")) {
        const auto resnet = zoo(QStringLiteral("resnet18"));
        latencies("zoo resnet18", *resnet, onednnStatic, 1);
    }
    return 0;
}
