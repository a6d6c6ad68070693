// Evaluation throughput on the 10k Fashion-MNIST test set at batch 256: the public evaluation API
// (evaluateAccuracy: reading the gzip IDX files, building each batch, forward, metrics) against a bare
// forward of the same model over the same batches made beforehand. Runs alternate; prints medians and
// the ratio (the goal: at most 1.2).
//
//   cmake --build build --target bench_eval && ./build/tests/bench/bench_eval [runs] [threads]
//
// Seen on the 2-core test machine: under glibc's default malloc settings both sides were sometimes
// 5-7x slower and mostly system time (glibc returned the large activation buffers to the system
// after each batch and the next batch faulted them in again). qb::tuneAllocator(), which the
// QuantBench mains call too, keeps that memory in the heap; QB_DEFAULT_MALLOC=1 measures without it.

#include "data/batches_p.h"
#include "data/idxfile.h"
#include "env/environment.h"
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "env/memory.h"

#include <torch/script.h>

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

template<typename F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 7;
    const int threads = argc > 2 ? std::max(1, atoi(argv[2])) : 1;
    constexpr int kBatch = 256;
    if (!QFileInfo::exists(defaultFashionMnistFolder())) {
        std::fprintf(stderr, "Fashion-MNIST is not installed (Debian package dataset-fashion-mnist)\n");
        return 1;
    }

    // The zoo CNN: the trained one from the user's cache when the demo has made it, else untrained
    // (the timing does not depend on the weights).
    QTemporaryDir dir;
    QString path = zooCachePath(QStringLiteral("cnn"), TrainOptions());
    const bool trained = QFileInfo::exists(path);
    if (!trained) {
        path = dir.filePath(QStringLiteral("cnn.pt"));
        QString error;
        if (!buildZooModel(QStringLiteral("cnn"), path, 0, &error)) {
            std::fprintf(stderr, "cannot build the zoo CNN: %s\n", qPrintable(error));
            return 1;
        }
    }
    auto opened = ModelDocument::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message));
        return 1;
    }
    const ModelDocument &doc = *opened.document;
    const DataSpec data = DataSpec::fashionMnist(QStringLiteral("test"), kBatch, 1 << 30);

    setIntraOpThreads(threads);
    const EnvironmentReport env = collectEnvironment();
    std::printf("LibTorch %s, %s; %d intra-op thread(s); zoo CNN (%s); Fashion-MNIST test, batch %d\n",
                qPrintable(env.torchVersion), qPrintable(env.blas), threads, trained ? "trained, cached" : "untrained",
                kBatch);

    // The same batches, made once, for the bare forward; the same file loaded as a plain module.
    QString error;
    const std::vector<qb::detail::Batch> batches = qb::detail::loadBatches(data, doc.info().input, &error);
    if (batches.empty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    torch::jit::Module bare = torch::jit::load(path.toStdString());
    bare.eval();
    auto bareForward = [&] {
        torch::NoGradGuard noGrad;
        for (const auto &b : batches)
            bare.forward(b.args());
    };
    AccuracyResult last;
    auto evaluate = [&] { last = evaluateAccuracy(doc, data); };
    auto readAndForward = [&] {
        torch::NoGradGuard noGrad;
        qb::detail::BatchReader reader(data, doc.info().input);
        while (auto b = reader.next())
            bare.forward(b->args());
    };
    auto readOnly = [&] {
        qb::detail::BatchReader reader(data, doc.info().input);
        while (reader.next()) {
        }
    };

    // TorchScript's profiling executor optimizes after a number of runs: one untimed pass of each.
    bareForward();
    evaluate();
    if (!last.valid) {
        std::fprintf(stderr, "evaluation failed: %s\n", qPrintable(last.error));
        return 1;
    }
    std::vector<double> bareMs, evalMs, readMs, rfMs;
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always runs on a warmer cache.
        if (i % 2 == 0) {
            bareMs.push_back(timeMs(bareForward));
            evalMs.push_back(timeMs(evaluate));
        } else {
            evalMs.push_back(timeMs(evaluate));
            bareMs.push_back(timeMs(bareForward));
        }
        readMs.push_back(timeMs(readOnly));
        rfMs.push_back(timeMs(readAndForward));
    }
    const double b = median(bareMs), e = median(evalMs), r = median(readMs);
    auto range = [](const std::vector<double> &v) {
        return QStringLiteral("min %1, max %2").arg(*std::min_element(v.cbegin(), v.cend()), 0, 'f', 1)
            .arg(*std::max_element(v.cbegin(), v.cend()), 0, 'f', 1);
    };
    // Each run's pair ran back to back, under the same background load: the median of the per-run
    // ratios is steadier on a shared machine than the ratio of the medians.
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i)
        ratios.push_back(evalMs[size_t(i)] / bareMs[size_t(i)]);
    std::printf("runs: %d (alternating); %d samples, top-1 %.4f\n", runs, last.samples, last.top1);
    std::printf("bare forward over pre-made tensors           median %8.1f ms  (%s)\n", b, qPrintable(range(bareMs)));
    std::printf("evaluateAccuracy (read + forward + metrics)  median %8.1f ms  (%s; %.0f samples/s)\n", e,
                qPrintable(range(evalMs)), last.samples / (e / 1000.0));
    std::printf("BatchReader + bare forward (no metrics)      median %8.1f ms  (%s)\n", median(rfMs), qPrintable(range(rfMs)));
    std::printf("BatchReader alone (gunzip + batches)         median %8.1f ms  (%s)\n", r, qPrintable(range(readMs)));
    std::printf("ratio evaluate / bare forward: median of per-run ratios %.3f, ratio of medians %.3f (target <= 1.20)\n",
                median(ratios), e / b);
    return 0;
}
