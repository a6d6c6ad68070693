// The experiment log at scale: 10,000 experiments of 100 per-layer rows each. Prints the time to
// list one sorted page by every sort key (target <= 300 ms) and to insert one experiment with 200
// per-layer rows (target <= 20 ms), medians of repeated runs.
//
//   cmake --build build --target bench_store && ./build/tests/bench/bench_store [LOG [N]]
//
// LOG: an empty log to fill instead of a temporary SQLite file ("" for that), e.g. a PostgreSQL database
// (postgresql://USER@HOST:PORT/DATABASE, password in PGPASSWORD); N: experiments (default 10,000).

#include "store/experimentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace qb;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

ExperimentRecord makeRecord(int i, QRandomGenerator &random)
{
    static const QList<ExperimentMode> modes{ExperimentMode::Static, ExperimentMode::Dynamic, ExperimentMode::Qat,
                                             ExperimentMode::Hybrid};
    ExperimentRecord r;
    r.modelPath = QStringLiteral("/models/model%1.pt").arg(i % 20);
    r.modelSha256 = QStringLiteral("%1").arg(i % 20);
    r.label = QStringLiteral("run %1").arg(i);
    r.mode = modes.at(i % modes.size());
    r.engine = i % 2 ? QuantEngine::OneDnn : QuantEngine::Qnnpack;
    r.status = ExperimentStatus::Finished;
    r.startedAt = QStringLiteral("2026-11-%1T%2:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i % 24, 2, 10, QLatin1Char('0'));
    r.accuracy = 0.8 + random.generateDouble() * 0.1;
    r.latencyMedianMs = random.generateDouble() * 10;
    r.sizeBytes = 1e5 + random.generateDouble() * 1e6;
    r.sqnrDb = 20 + random.generateDouble() * 20;
    r.spec = QJsonObject{{QStringLiteral("mode"), experimentModeName(r.mode)}};
    return r;
}

QVector<LayerMetricRecord> makeLayers(int n, QRandomGenerator &random)
{
    QVector<LayerMetricRecord> layers;
    for (int l = 0; l < n; ++l)
        layers << LayerMetricRecord{QStringLiteral("block%1.conv").arg(l), QuantMode::Static,
                                    20 + random.generateDouble() * 20, random.generateDouble() * 0.01};
    return layers;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    const QStringList args = app.arguments();
    const bool given = args.size() > 1 && !args.at(1).isEmpty();
    auto store = ExperimentStore::open(given ? args.at(1) : dir.filePath(QStringLiteral("bench.sqlite")), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (store->countExperiments() != 0) {
        std::fprintf(stderr, "%s is not empty: give an empty log\n", qPrintable(store->path()));
        return 1;
    }
    QRandomGenerator random(7);
    const int kExperiments = args.size() > 2 ? std::max(200, args.at(2).toInt()) : 10000;
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < kExperiments; ++i)
        if (!store->addExperiment(makeRecord(i, random), makeLayers(100, random), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    std::printf("filled %d experiments x 100 layer rows in %.1f s\n", kExperiments, fill.nsecsElapsed() / 1e9);

    const QList<QPair<const char *, ExperimentStore::SortKey>> keys{
        {"id", ExperimentStore::SortKey::Id},           {"started", ExperimentStore::SortKey::StartedAt},
        {"label", ExperimentStore::SortKey::Label},     {"mode", ExperimentStore::SortKey::Mode},
        {"engine", ExperimentStore::SortKey::Engine},   {"accuracy", ExperimentStore::SortKey::Accuracy},
        {"latency", ExperimentStore::SortKey::LatencyMedian}, {"size", ExperimentStore::SortKey::Size},
        {"sqnr", ExperimentStore::SortKey::SqnrDb},     {"model", ExperimentStore::SortKey::Model},
        {"kind", ExperimentStore::SortKey::Kind},       {"status", ExperimentStore::SortKey::Status},
        {"size ratio", ExperimentStore::SortKey::SizeRatio}, {"p90", ExperimentStore::SortKey::LatencyP90},
        {"speedup", ExperimentStore::SortKey::Speedup}, {"change", ExperimentStore::SortKey::AccuracyDelta},
        {"agreement", ExperimentStore::SortKey::Agreement}};
    std::printf("\nlist one page of 100, sorted (median of 9 runs, target <= 300 ms):\n");
    for (const auto &[name, key] : keys) {
        for (bool descending : {false, true}) {
            QVector<double> times;
            for (int run = 0; run < 9; ++run) {
                ExperimentStore::Query q;
                q.sort = key;
                q.descending = descending;
                q.offset = kExperiments / 2;
                QElapsedTimer t;
                t.start();
                const auto rows = store->listExperiments(q);
                times << t.nsecsElapsed() / 1e6;
                if (rows.size() != 100)
                    std::fprintf(stderr, "unexpected page size %d\n", int(rows.size()));
            }
            std::printf("  %-9s %-4s %7.2f ms\n", name, descending ? "desc" : "asc", median(times));
        }
    }
    QVector<double> inserts;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        store->addExperiment(makeRecord(kExperiments + run, random), makeLayers(200, random), &error);
        inserts << t.nsecsElapsed() / 1e6;
    }
    std::printf("\ninsert one experiment with 200 layer rows: median %.2f ms of 21 (target <= 20 ms)\n", median(inserts));
    return 0;
}
