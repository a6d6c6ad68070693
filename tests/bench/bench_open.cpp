// Opening a ~100 MB TorchScript model and building its layer tree, against a bare torch::jit::load
// of the same file. Runs both alternately, several times, and prints medians and their ratio.

#include "model/modeldocument.h"
#include "model/modelfactory.h"
#include "env/memory.h"

#include <torch/script.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

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
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 9;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.pt"));
    // Six 2048-wide Linear layers: 25.2M float32 parameters, ~100 MB.
    QString error;
    if (!qb::saveMlp(path, {2048, 2048, 2048, 2048, 2048, 2048, 2048, 10}, 1, {}, &error)) {
        std::fprintf(stderr, "cannot build the model: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("model: %s, %.1f MB\n", qPrintable(path), QFileInfo(path).size() / 1e6);

    qb::ModelDocument::OpenOptions options;
    options.input = qb::InputSpec::parseShape(QStringLiteral("1x2048"), &error);
    std::vector<double> bare, opened;
    // One untimed round of each warms the page cache.
    torch::jit::load(path.toStdString());
    qb::ModelDocument::open(path, options);
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always inherits the other's freed memory.
        auto runBare = [&] { bare.push_back(timeMs([&] { auto m = torch::jit::load(path.toStdString()); })); };
        auto runOpen = [&] {
            opened.push_back(timeMs([&] {
                auto result = qb::ModelDocument::open(path, options);
                if (!result)
                    std::fprintf(stderr, "open failed: %s\n", qPrintable(result.message));
            }));
        };
        if (i % 2 == 0) {
            runBare();
            runOpen();
        } else {
            runOpen();
            runBare();
        }
    }
    const double b = median(bare), o = median(opened);
    std::printf("runs: %d (alternating)\n", runs);
    std::printf("bare torch::jit::load           median %8.1f ms\n", b);
    std::printf("ModelDocument::open + layer tree median %8.1f ms\n", o);
    std::printf("ratio open / bare load: %.3f (target <= 1.10)\n", o / b);
    return 0;
}
