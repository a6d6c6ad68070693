// The BERT-like zoo model on the token task (issue 13's figures): file size, SQNR and accuracy of
// dynamic int8 with 8-bit embeddings against float, and latency at batch 1 and 16 on one thread.
// Each form is loaded fresh from its archive, warmed up past TorchScript's specialisation, and timed
// in alternation over the same inputs; medians and ratios come from this one run.
//
//   cmake --build build --target bench_text && ./build/tests/bench/bench_text [runs]
//
// Trains the model first when the cache has none (about 15 s on two cores).

#include "data/tokentask.h"
#include "env/environment.h"
#include "env/memory.h"
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "quant/quantizer.h"
#include "util/statistics.h"

#include <torch/csrc/jit/api/module.h>
#include <torch/script.h>
#include <torch/torch.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace qb;

namespace {

double timeMs(torch::jit::Module &m, const std::vector<c10::IValue> &args)
{
    const auto start = std::chrono::steady_clock::now();
    m.forward(args);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

/// Batch `n` of the task's test split, as forward() takes it.
std::vector<c10::IValue> tokens(const at::Tensor &ids, const at::Tensor &mask, int n)
{
    return {ids.slice(0, 0, n).contiguous(), mask.slice(0, 0, n).contiguous()};
}

} // namespace

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QuantBench"));
    QCoreApplication::setApplicationName(QStringLiteral("QuantBench"));
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 51;
    QString error;
    const TrainOptions options = textTrainOptions(&error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString model = zooCachePath(QStringLiteral("bert"), options);
    if (!QFileInfo::exists(model)) {
        std::printf("training the BERT-like zoo model on the token task...\n");
        const TrainReport trained = trainZooModel(QStringLiteral("bert"), model, options);
        if (!trained.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(trained.error));
            return 1;
        }
    }
    const auto opened = ModelDocument::open(model);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    const ModelDocument &doc = *opened.document;
    QuantizeOptions quantizeOptions;
    quantizeOptions.config = QuantConfig::preset(preferredEngine(), QuantMode::Dynamic);
    quantizeOptions.calibration = options.train;
    quantizeOptions.calibration.maxBatches = 4;
    const QuantizeResult result = quantize(doc, quantizeOptions);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    QTemporaryDir dir;
    const QString quantizedPath = dir.filePath(QStringLiteral("bert-dynamic.pt"));
    if (!result.model->save(quantizedPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 floatBytes = QFileInfo(model).size(), quantizedBytes = QFileInfo(quantizedPath).size();
    const OutputAgreement agreement = compareOutputs(doc, *result.model, options.test);
    const AccuracyResult floatAccuracy = evaluateAccuracy(doc, options.test);
    const AccuracyResult quantizedAccuracy = evaluateAccuracy(*result.model, doc.info().input, options.test);
    std::printf("BERT-like zoo model (2 blocks of width 128, vocab 1000), engine %s\n", qPrintable(engineName(preferredEngine())));
    std::printf("size      float %lld bytes, int8 %lld bytes, ratio %.3f\n", floatBytes, quantizedBytes,
                double(quantizedBytes) / double(floatBytes));
    std::printf("accuracy  float %.2f%%, int8 %.2f%% on %d test samples; output SQNR %.1f dB, top-1 agreement %.1f%%\n",
                floatAccuracy.top1 * 100, quantizedAccuracy.top1 * 100, floatAccuracy.samples, agreement.sqnrDb,
                agreement.top1Agreement * 100);

    // Latency: fresh loads, one intra-op thread, the same token batches on both sides.
    at::set_num_threads(1);
    torch::NoGradGuard noGrad;
    const auto test = torch::pickle_load([&] {
        QFile f(options.test.path);
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        return std::vector<char>(bytes.cbegin(), bytes.cend());
    }()).toGenericDict();
    const at::Tensor ids = test.at("input_ids").toTensor(), mask = test.at("attention_mask").toTensor();
    for (const int batch : {1, 16}) {
        torch::jit::Module floatLoaded = torch::jit::load(model.toStdString());
        floatLoaded.eval();
        torch::jit::Module frozen = torch::jit::freeze(floatLoaded.clone());
        torch::jit::Module floatOptimized = torch::jit::optimize_for_inference(frozen);
        torch::jit::Module int8 = torch::jit::load(quantizedPath.toStdString());
        int8.eval();
        const auto args = tokens(ids, mask, batch);
        std::vector<torch::jit::Module *> forms{&floatLoaded, &floatOptimized, &int8};
        for (torch::jit::Module *m : forms)
            for (int i = 0; i < kWarmupRuns; ++i)
                m->forward(args);
        QVector<double> times[3];
        for (int r = 0; r < runs; ++r)
            for (int f = 0; f < 3; ++f)
                times[f] << timeMs(*forms[f], args);
        const double loaded = median(times[0]), optimized = median(times[1]), quantized = median(times[2]);
        std::printf("batch %2d  float as loaded %.3f ms, float frozen+optimized %.3f ms, int8 %.3f ms: "
                    "%.2fx against the faster float form (medians of %d, one thread)\n",
                    batch, loaded, optimized, quantized, std::min(loaded, optimized) / quantized, runs);
    }
    return 0;
}
