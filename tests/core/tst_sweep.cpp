// Sweeps: how a sweep file becomes items, how shards split them, what --status reads from a log, the
// Slurm script, and merging logs.
#include "experiment/sweep.h"
#include "store/experimentstore.h"
#include "testsupport.h"
#include "util/fileutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

QJsonObject baseSpec()
{
    return test::quickCnnSpec().toJson();
}

QJsonObject grid(const QJsonObject &axes)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("grid")}, {QStringLiteral("spec"), baseSpec()},
                       {QStringLiteral("grid"), axes}};
}

ExperimentRecord finishedRun(const SweepItem &item, ExperimentStatus status, const QString &error = {})
{
    ExperimentRecord r;
    r.modelPath = item.spec.modelPath;
    r.spec = item.spec.toJson();
    r.status = status;
    r.label = item.spec.label;
    r.startedAt = logTimestamp();
    r.finishedAt = logTimestamp();
    r.error = error;
    r.accuracy = 0.5;
    return r;
}

QJsonObject searchSweep(const QJsonObject &search)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("budget")}, {QStringLiteral("spec"), baseSpec()},
                       {QStringLiteral("search"), search}};
}

} // namespace

class TestSweep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void gridExpandsInAFixedOrder()
    {
        const QJsonObject json = grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static", "float"}},
                                       {QStringLiteral("engines"), QJsonArray{"qnnpack", "onednn"}},
                                       {QStringLiteral("observers"), QJsonArray{"minmax", "mse"}}});
        QString error;
        const auto sweep = Sweep::fromJson(json, m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        // dynamic and static: 2 engines x 2 observers each; float is one item whatever the engine and observer.
        QCOMPARE(sweep->items.size(), 9);
        QSet<QString> ids;
        for (int i = 0; i < sweep->items.size(); ++i) {
            const SweepItem &item = sweep->items.at(i);
            QCOMPARE(item.index, i);
            QCOMPARE(item.id, item.specSha256.left(12));
            QCOMPARE(item.specSha256, specHash(item.spec.toJson()));
            ids.insert(item.id);
        }
        QCOMPARE(ids.size(), 9);
        const SweepItem &first = sweep->items.first();
        QCOMPARE(first.spec.quantization.engine, QuantEngine::Qnnpack);
        QCOMPARE(first.spec.quantization.defaults.mode, QuantMode::Dynamic);
        QCOMPARE(first.spec.quantization.defaults.observer, ObserverKind::MinMax);
        QCOMPARE(first.spec.quantization.defaults.weightScheme, WeightScheme::PerTensorSymmetric); // qnnpack's default
        QVERIFY(!sweep->items.last().spec.quantize);
        QCOMPARE(sweep->items.last().axes.value(QStringLiteral("mode")).toString(), QStringLiteral("float"));

        // The same file read again (another process, another node) plans the same ids in the same order.
        const auto again = Sweep::fromJson(json, m_dir.path(), &error);
        QVERIFY(again);
        for (int i = 0; i < sweep->items.size(); ++i)
            QCOMPARE(again->items.at(i).id, sweep->items.at(i).id);
    }

    void eachLayerKeepsOneLayerFloatPerItem()
    {
        QString error;
        const auto sweep = Sweep::fromJson(grid({{QStringLiteral("float_layers"), QJsonArray{QJsonArray{}, "each"}}}),
                                           m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        // The fixture CNN's quantizable layers: conv1, conv2, fc1, fc2; plus the item with none float.
        QCOMPARE(sweep->items.size(), 5);
        QVERIFY(sweep->items.first().spec.quantization.layers.isEmpty());
        const SweepItem &second = sweep->items.at(1);
        QCOMPARE(second.axes.value(QStringLiteral("float_layers")).toArray().size(), 1);
        const QString layer = second.axes.value(QStringLiteral("float_layers")).toArray().first().toString();
        QCOMPARE(second.spec.quantization.forLayer(layer).mode, QuantMode::Float);
    }

    void shardsSplitWithoutOverlap()
    {
        QString error;
        const auto sweep = Sweep::fromJson(grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static"}},
                                                 {QStringLiteral("weight_schemes"),
                                                  QJsonArray{"per-tensor-affine", "per-channel-symmetric", "per-tensor-symmetric"}}}),
                                           m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        QCOMPARE(sweep->items.size(), 6);
        for (int n = 1; n <= 8; ++n) {
            QSet<int> seen;
            for (int i = 0; i < n; ++i)
                for (const SweepItem &item : sweep->shard(i, n)) {
                    QVERIFY2(!seen.contains(item.index), qPrintable(QStringLiteral("item %1 in two shards of %2").arg(item.index).arg(n)));
                    seen.insert(item.index);
                }
            QCOMPARE(seen.size(), 6);
        }
    }

    void shardChoiceSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("index out of range") << "4/4" << "the index goes from 0 to 3";
        QTest::newRow("zero shards") << "0/0" << "at least 1";
        QTest::newRow("not I/N") << "two" << "takes I/N";
        QTest::newRow("negative") << "-1/2" << "takes I/N";
    }

    void shardChoiceSaysWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ShardChoice::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        const auto fine = ShardChoice::parse(QStringLiteral("3/4"), &error);
        QVERIFY(fine);
        QCOMPARE(fine->index, 3);
        QCOMPARE(fine->count, 4);
    }

    void badSweepFilesNameTheKey_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        QJsonObject unknown = grid({});
        unknown.insert(QStringLiteral("gird"), QJsonObject{});
        QTest::newRow("unknown key") << unknown << "Unknown key \"gird\"";
        QTest::newRow("unknown grid key") << grid({{QStringLiteral("mode"), QJsonArray{"static"}}})
                                          << "Unknown key \"grid.mode\"";
        QTest::newRow("bad mode") << grid({{QStringLiteral("modes"), QJsonArray{"int4"}}}) << "\"int4\" is not a mode";
        QTest::newRow("bad engine") << grid({{QStringLiteral("engines"), QJsonArray{"tensorrt"}}}) << "\"tensorrt\" is not an engine";
        QTest::newRow("empty list") << grid({{QStringLiteral("engines"), QJsonArray{}}}) << "non-empty list";
        QTest::newRow("bad observer") << grid({{QStringLiteral("observers"), QJsonArray{"median"}}}) << "median";
        QTest::newRow("no spec") << QJsonObject{{QStringLiteral("grid"), QJsonObject{}}} << "needs \"spec\"";
        QJsonObject badSpec = grid({});
        QJsonObject spec = baseSpec();
        spec.insert(QStringLiteral("calibraton"), QJsonObject{});
        badSpec.insert(QStringLiteral("spec"), spec);
        QTest::newRow("bad spec") << badSpec << "calibraton";
        QJsonArray observers;
        for (int i = 0; i < 2000; ++i)
            observers.append(QStringLiteral("minmax"));
        QTest::newRow("too large") << grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static", "qat", "float"}},
                                            {QStringLiteral("engines"), QJsonArray{"onednn", "qnnpack", "fbgemm", "x86"}},
                                            {QStringLiteral("weight_schemes"), QJsonArray{"per-tensor-affine", "per-channel-affine",
                                                                                          "per-tensor-symmetric", "per-channel-symmetric"}},
                                            {QStringLiteral("observers"), observers}})
                                   << "more than the 100000 combinations";
        QTest::newRow("bad float layers") << grid({{QStringLiteral("float_layers"), QJsonArray{"conv1"}}}) << "float_layers";
        QJsonObject both = grid({});
        both.insert(QStringLiteral("search"), QJsonObject{{QStringLiteral("max_accuracy_drop"), 0.5}});
        QTest::newRow("grid and search") << both << "not both";
        QTest::newRow("search without budget") << searchSweep({{QStringLiteral("objective"), QStringLiteral("size")}})
                                               << "needs a budget";
        QTest::newRow("unknown search key") << searchSweep({{QStringLiteral("max_drop"), 0.5}}) << "\"search.max_drop\"";
        QTest::newRow("drop as text") << searchSweep({{QStringLiteral("max_accuracy_drop"), QStringLiteral("0.5")}})
                                      << "search.max_accuracy_drop";
        QTest::newRow("bad agreement") << searchSweep({{QStringLiteral("min_agreement"), 250}}) << "search.min_agreement";
        QTest::newRow("bad objective") << searchSweep({{QStringLiteral("min_agreement"), 0.9},
                                                       {QStringLiteral("objective"), QStringLiteral("energy")}})
                                       << "search.objective";
        QTest::newRow("bad ranking") << searchSweep({{QStringLiteral("min_agreement"), 0.9},
                                                     {QStringLiteral("ranking"), QStringLiteral("all")}})
                                     << "search.ranking";
        QTest::newRow("fractional trials") << searchSweep({{QStringLiteral("min_agreement"), 0.9},
                                                           {QStringLiteral("max_trials"), 2.5}})
                                           << "search.max_trials";
        QJsonObject floatSearch = searchSweep({{QStringLiteral("min_agreement"), 0.9}});
        QJsonObject floatSpec = baseSpec();
        floatSpec.insert(QStringLiteral("quantize"), false);
        floatSearch.insert(QStringLiteral("spec"), floatSpec);
        QTest::newRow("search of a float spec") << floatSearch << "quantizing spec";
    }

    // A task may start in any folder: relative model and data paths are the sweep file's.
    void relativePathsAreTheSweepFiles()
    {
        QJsonObject spec = baseSpec();
        spec.insert(QStringLiteral("model"), QStringLiteral("models/cnn.pt"));
        spec.insert(QStringLiteral("evaluation"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("idx")},
                                                              {QStringLiteral("path"), QStringLiteral("data/fashion")}});
        spec.insert(QStringLiteral("calibration"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("idx")},
                                                               {QStringLiteral("path"), QStringLiteral("/srv/fashion")}});
        QJsonObject json = grid({{QStringLiteral("modes"), QJsonArray{"dynamic"}}});
        json.insert(QStringLiteral("spec"), spec);
        QString error;
        const auto sweep = Sweep::fromJson(json, QStringLiteral("/work/sweeps"), &error);
        QVERIFY2(sweep, qPrintable(error));
        const ExperimentSpec &item = sweep->items.first().spec;
        QCOMPARE(item.modelPath, QStringLiteral("/work/sweeps/models/cnn.pt"));
        QCOMPARE(item.evaluation.path, QStringLiteral("/work/sweeps/data/fashion"));
        QCOMPARE(item.calibration.path, QStringLiteral("/srv/fashion")); // absolute stays
        QVERIFY(item.qat.training.path.isEmpty());                        // synthetic: no path
    }

    // A search sweep plans nothing until its ranking file exists; then item k keeps the k most
    // sensitive layers float, the same on every reader; a ranking of another spec is refused.
    void searchSweepPlansFromItsRanking()
    {
        QTemporaryDir dir;
        QString error;
        auto sweep = Sweep::fromJson(searchSweep({{QStringLiteral("max_accuracy_drop"), 1.0},
                                                  {QStringLiteral("max_trials"), 4}}),
                                     dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        QVERIFY(sweep->awaitsRanking());
        QVERIFY(!sweep->planFromRankingFile(&error));
        QVERIFY(error.isEmpty());
        QCOMPARE(QFileInfo(sweep->rankingPath).dir().absolutePath(), QDir(dir.path()).absolutePath());
        QCOMPARE(sweep->search->budget.maxAccuracyDrop, 0.01);

        SweepRanking ranking;
        ranking.specSha256 = specHash(sweep->base.toJson());
        ranking.layers = {QStringLiteral("fc2"), QStringLiteral("conv1"), QStringLiteral("fc1"), QStringLiteral("conv2")};
        ranking.impact = {3, 2, 1, 0.5};
        QVERIFY(writeFileAtomically(sweep->rankingPath, QJsonDocument(ranking.toJson()).toJson(), &error));
        QVERIFY2(sweep->planFromRankingFile(&error), qPrintable(error));
        QCOMPARE(sweep->items.size(), 4); // max_trials: k = 0..3 of the 4 ranked layers
        for (int k = 0; k < 4; ++k) {
            const SweepItem &item = sweep->items.at(k);
            QCOMPARE(item.index, k);
            QCOMPARE(item.axes.value(QStringLiteral("search_step")).toInt(), k);
            QStringList floats;
            for (const QJsonValue &l : item.axes.value(QStringLiteral("float_layers")).toArray())
                floats << l.toString();
            QCOMPARE(floats, ranking.layers.mid(0, k));
            for (const QString &layer : floats)
                QCOMPARE(item.spec.quantization.forLayer(layer).mode, QuantMode::Float);
        }
        auto again = Sweep::fromJson(searchSweep({{QStringLiteral("max_accuracy_drop"), 1.0}, {QStringLiteral("max_trials"), 4}}),
                                     dir.path(), &error);
        QVERIFY(again->planFromRankingFile(&error));
        for (int k = 0; k < 4; ++k)
            QCOMPARE(again->items.at(k).id, sweep->items.at(k).id);

        ranking.specSha256 = QStringLiteral("0123");
        QVERIFY(writeFileAtomically(sweep->rankingPath, QJsonDocument(ranking.toJson()).toJson(), &error));
        QVERIFY(!again->planFromRankingFile(&error));
        QVERIFY2(error.contains(QLatin1String("Delete it to rank the layers again")), qPrintable(error));
        QVERIFY(writeFileAtomically(sweep->rankingPath, "{\"layers\": 3}", &error));
        QVERIFY(!again->planFromRankingFile(&error));
        QVERIFY2(error.contains(QLatin1String("not a QuantBench ranking file")), qPrintable(error));
    }

    // The best item follows the budget: within it, the fastest; none within it, the closest.
    void bestSearchItemFollowsTheBudget()
    {
        QTemporaryDir dir;
        QString error;
        auto sweep = Sweep::fromJson(searchSweep({{QStringLiteral("max_accuracy_drop"), 1.0}}), dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        SweepRanking ranking;
        ranking.specSha256 = specHash(sweep->base.toJson());
        ranking.layers = {QStringLiteral("fc2"), QStringLiteral("conv1"), QStringLiteral("fc1"), QStringLiteral("conv2")};
        sweep->planSearch(ranking);
        QCOMPARE(sweep->items.size(), 4); // with all four float nothing is quantized: k = 0..3
        // drops of 3, 0.5 and 0.2 points at 1.0, 1.2 and 1.5 ms; the fourth item has not run. Two
        // of them come from another shard's log, whose row ids repeat this one's.
        const double drops[] = {-0.03, -0.005, -0.002}, latencies[] = {1.0, 1.2, 1.5};
        const qint64 ids[] = {1, 2, 1};
        QVector<ExperimentRecord> runs;
        QVector<ItemStatus> states(4);
        for (int i = 0; i < 3; ++i) {
            ExperimentRecord r = finishedRun(sweep->items.at(i), ExperimentStatus::Finished);
            r.specSha256 = sweep->items.at(i).specSha256;
            r.id = ids[i];
            r.accuracyDelta = drops[i];
            r.latencyMedianMs = latencies[i];
            runs << r;
            states[i] = ItemStatus{ItemState::Done, r.id, {}};
        }
        SearchPick pick = bestSearchItem(*sweep, states, runs);
        QCOMPARE(pick.item, 1);
        QCOMPARE(pick.experimentId, qint64(2));
        QVERIFY(pick.withinBudget);
        // Without items 1 and 2, nothing is within the budget: the closest (item 0) is named as such.
        states[1] = states[2] = ItemStatus{};
        pick = bestSearchItem(*sweep, states, runs);
        QCOMPARE(pick.item, 0);
        QVERIFY(!pick.withinBudget);
        QCOMPARE(pick.shortfall, 0.02);
        states[0] = ItemStatus{};
        QCOMPARE(bestSearchItem(*sweep, states, runs).item, -1);
    }

    void badSweepFilesNameTheKey()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Sweep::fromJson(json, m_dir.path(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // --status: done beats running beats failed; a failed item keeps its error; unknown items are missing.
    void statusReadsTheLog()
    {
        QString error;
        const auto sweep = Sweep::fromJson(grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static", "qat", "float"}}}),
                                           m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("status.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        const auto &items = sweep->items;
        QVERIFY(store->addExperiment(finishedRun(items[0], ExperimentStatus::Failed, QStringLiteral("first try")), {}, &error));
        const qint64 done = store->addExperiment(finishedRun(items[0], ExperimentStatus::Finished), {}, &error);
        QVERIFY(done > 0);
        QVERIFY(store->addExperiment(finishedRun(items[1], ExperimentStatus::Interrupted, QStringLiteral("killed")), {}, &error));
        ExperimentRecord running = finishedRun(items[2], ExperimentStatus::Running);
        running.finishedAt.clear();
        QVERIFY(store->addExperiment(running, {}, &error));
        QStringList hashes;
        for (const SweepItem &item : items)
            hashes << item.specSha256;
        const QVector<ExperimentRecord> runs = store->runsOfSpecs(hashes, &error);
        QCOMPARE(runs.size(), 4);
        const QVector<ItemStatus> states = sweepStatus(items, runs);
        QCOMPARE(states[0].state, ItemState::Done);
        QCOMPARE(states[0].experimentId, done);
        QCOMPARE(states[1].state, ItemState::Failed);
        QCOMPARE(states[1].error, QStringLiteral("killed"));
        QCOMPARE(states[2].state, ItemState::Running);
        QCOMPARE(states[3].state, ItemState::Missing);
    }

    void slurmScriptRunsOneShardPerTask()
    {
        QString error;
        const auto sweep = Sweep::fromJson(grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static"}}}), m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        SlurmScriptOptions options;
        options.program = QStringLiteral("/opt/qb/quantbench-cli");
        options.sweepFile = QStringLiteral("/data/it's here/sweep.json");
        options.db = QStringLiteral("/data/shard-{shard}.sqlite");
        options.shards = 4;
        options.logFolder = QStringLiteral("/data/run logs \"100%\"");
        const QString script = slurmScript(*sweep, options);
        // sbatch's own quoting on #SBATCH lines, with Slurm's % patterns kept apart from the folder's %.
        QVERIFY2(script.contains(QLatin1String("#SBATCH --output=\"/data/run logs \\\"100%%\\\"/%x-%A_%a.out\"\n")),
                 qPrintable(script));
        QVERIFY2(script.startsWith(QLatin1String("#!/bin/bash\n")), qPrintable(script));
        QVERIFY2(script.contains(QLatin1String("#SBATCH --array=0-3\n")), qPrintable(script));
        QVERIFY2(script.contains(QLatin1String("#SBATCH --cpus-per-task=1\n")), qPrintable(script));
        QVERIFY2(script.contains(QLatin1String("--shard \"${SLURM_ARRAY_TASK_ID}/4\"")), qPrintable(script));
        QVERIFY2(script.contains(QLatin1String("'/data/it'\\''s here/sweep.json'")), qPrintable(script)); // quoted for the shell
        QVERIFY2(script.contains(QLatin1String("--db '/data/shard-{shard}.sqlite'")), qPrintable(script));
    }

    // Merging folds ended runs in once, keeps trials linked to their parent, and leaves running rows for later.
    void mergeIsIdempotent()
    {
        QString error;
        const auto sweep = Sweep::fromJson(grid({{QStringLiteral("modes"), QJsonArray{"dynamic", "static"}}}), m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        const QString a = m_dir.filePath(QStringLiteral("shard-0.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("shard-1.sqlite"));
        {
            auto shard0 = ExperimentStore::open(a, &error);
            QVERIFY2(shard0, qPrintable(error));
            const qint64 parent = shard0->addExperiment(finishedRun(sweep->items[0], ExperimentStatus::Finished), {}, &error);
            ExperimentRecord trial = finishedRun(sweep->items[1], ExperimentStatus::Finished);
            trial.parentId = parent;
            trial.artifacts << ArtifactRecord{test::fixture(QStringLiteral("mlp.pt")), QStringLiteral("ab")};
            LayerMetricRecord layer;
            layer.layer = QStringLiteral("conv1");
            layer.sqnrDb = 30;
            QVERIFY(shard0->addExperiment(trial, {layer}, &error) > 0);
            auto shard1 = ExperimentStore::open(b, &error);
            QVERIFY2(shard1, qPrintable(error));
            ExperimentRecord running = finishedRun(sweep->items[0], ExperimentStatus::Running);
            running.finishedAt.clear();
            QVERIFY(shard1->addExperiment(running, {}, &error) > 0);
        }
        const QString into = m_dir.filePath(QStringLiteral("merged.sqlite"));
        auto merged = ExperimentStore::open(into, &error);
        QVERIFY2(merged, qPrintable(error));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &path : {a, b}) {
                auto source = ExperimentStore::open(path, &error, ExperimentStore::Access::ReadOnly);
                QVERIFY2(source, qPrintable(error));
                const auto count = merged->merge(*source, {}, &error);
                QVERIFY2(count, qPrintable(error));
                if (path == a) {
                    QCOMPARE(count->added, pass == 0 ? 2 : 0);
                    QCOMPARE(count->present, pass == 0 ? 0 : 2);
                } else {
                    QCOMPARE(count->added, 0);
                    QCOMPARE(count->running, 1);
                }
            }
            QCOMPARE(merged->countExperiments(), 2);
        }
        ExperimentStore::Query all;
        const auto rows = merged->listExperiments(all);
        QCOMPARE(rows.size(), 2);
        const auto trial = merged->experiment(rows[1].id);
        QVERIFY(trial);
        QCOMPARE(trial->parentId, rows[0].id);
        QCOMPARE(trial->artifacts.size(), 1);
        QCOMPARE(trial->artifacts[0].path, test::fixture(QStringLiteral("mlp.pt"))); // referenced, not copied
        QCOMPARE(merged->layerMetrics(rows[1].id).size(), 1);
        QCOMPARE(trial->specSha256, sweep->items[1].specSha256);

        // Asked to, merging copies the artifacts and refers to the copies.
        auto copied = ExperimentStore::open(m_dir.filePath(QStringLiteral("copied.sqlite")), &error);
        auto source = ExperimentStore::open(a, &error, ExperimentStore::Access::ReadOnly);
        const auto count = copied->merge(*source, m_dir.filePath(QStringLiteral("copies")), &error);
        QVERIFY2(count, qPrintable(error));
        QCOMPARE(count->copiedArtifacts, 1);
        const auto copiedRows = copied->listExperiments(all);
        const QString copy = copied->experiment(copiedRows[1].id)->artifacts[0].path;
        QVERIFY2(copy.startsWith(m_dir.filePath(QStringLiteral("copies"))), qPrintable(copy));
        QVERIFY(QFileInfo::exists(copy));

        // A log cannot be merged into itself.
        auto self = ExperimentStore::open(a, &error, ExperimentStore::Access::ReadOnly);
        auto target = ExperimentStore::open(a, &error);
        QVERIFY(!target->merge(*self, {}, &error));
        QVERIFY2(error.contains(QLatin1String("into itself")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
