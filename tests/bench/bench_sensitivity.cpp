// Cost of a sensitivity sweep on the demo Transformer: L one-layer-on variants on a simulation that
// is calibrated once, against L plain evaluations (the float model's forward over the same batches).
// The goal: at most 1.3x. Alternating runs; prints medians and the ratio.
//
//   cmake --build build --target bench_sensitivity && ./build/tests/bench/bench_sensitivity [runs] [images] [zoo model]
// The default model is the Transformer, quantized dynamically; "cnn" is quantized statically.

#include "data/batches_p.h"
#include "data/idxfile.h"
#include "env/environment.h"
#include "env/memory.h"
#include "experiment/sensitivity.h"
#include "quant/quantsim.h"
#include "model/modeldocument.h"
#include "model/modeldocument_p.h"
#include "model/zoo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace qb;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const int images = argc > 2 ? std::max(256, atoi(argv[2])) : 2048;
    const QString zooName = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("transformer");
    if (!QFileInfo::exists(defaultFashionMnistFolder())) {
        std::fprintf(stderr, "Fashion-MNIST is not installed (dataset-fashion-mnist)\n");
        return 1;
    }
    setIntraOpThreads(1);
    QTemporaryDir dir;
    const QString path = dir.filePath(zooName + QStringLiteral(".pt"));
    QString error;
    if (!buildZooModel(zooName, path, 0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ExperimentSpec spec;
    spec.modelPath = path;
    spec.quantization = QuantConfig::preset(QuantEngine::OneDnn, zooName == QLatin1String("cnn") ? QuantMode::Static : QuantMode::Dynamic);
    spec.quantization.defaults.observer = ObserverKind::MinMax;
    spec.evaluation = DataSpec::fashionMnist(QStringLiteral("test"), 256, images / 256);
    spec.calibration = spec.evaluation;
    spec.threads = 1;

    const auto opened = ModelDocument::open(path);
    const auto batches = qb::detail::loadBatches(spec.evaluation, opened.document->info().input, &error);
    torch::jit::Module float_ = opened.document->d()->module;
    torch::NoGradGuard noGrad;
    for (int i = 0; i < 3; ++i) // warm the profiling executor up, as the simulation's float pass is
        for (const auto &b : batches)
            float_.forward(b.args());

    std::vector<double> sweeps, plains, calibrations;
    int layers = 0;
    for (int r = 0; r < runs; ++r) {
        const SensitivityResult result = runSensitivity(spec, SweepMode::OneOn, nullptr);
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        layers = result.layers.size();
        sweeps.push_back(result.sweepSeconds * 1000);
        calibrations.push_back(result.calibrationSeconds * 1000);
        const auto start = std::chrono::steady_clock::now();
        for (int l = 0; l < layers; ++l)
            for (const auto &b : batches)
                float_.forward(b.args());
        plains.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("zoo %s, %s onednn, %d layers, %lld images, 1 thread, %d runs\n", qPrintable(zooName),
                zooName == QLatin1String("cnn") ? "static" : "dynamic", layers, static_cast<long long>(images / 256 * 256), runs);
    std::printf("sweep of %d one-on variants:  %8.1f ms (median)\n", layers, median(sweeps));
    std::printf("%d plain float evaluations:   %8.1f ms (median)\n", layers, median(plains));
    std::printf("calibration, once:            %8.1f ms (median)\n", median(calibrations));
    std::printf("ratio sweep / plain:          %8.2f (goal <= 1.3)\n", median(sweeps) / median(plains));

    // Where the difference comes from: the simulation with nothing and with everything switched on.
    QString simError;
    auto sim = QuantSimulation::create(*opened.document, spec.quantization, spec.calibration, spec.evaluation, {}, nullptr, &simError);
    if (!sim) {
        std::fprintf(stderr, "%s\n", qPrintable(simError));
        return 1;
    }
    auto timeOnce = [](auto &&f) {
        const auto start = std::chrono::steady_clock::now();
        f();
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    };
    for (int i = 0; i < 3; ++i)
        sim->evaluate({});
    std::vector<double> none, all, plain;
    for (int r = 0; r < 5; ++r) {
        none.push_back(timeOnce([&] { sim->evaluate({}); }));
        all.push_back(timeOnce([&] { sim->evaluate(sim->layers()); }));
        plain.push_back(timeOnce([&] {
            for (const auto &b : batches)
                float_.forward(b.args());
        }));
    }
    std::printf("one evaluation: plain %.1f ms, simulation with nothing on %.1f ms, everything on %.1f ms\n",
                median(plain), median(none), median(all));
    return 0;
}
