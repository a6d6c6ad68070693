// Sensitivity sweeps and the accuracy-budget search, on an MLP with one deliberately fragile layer.
#include "experiment/experimentdetails.h"
#include "experiment/search.h"
#include "experiment/sensitivity.h"
#include "model/modelfactory.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

using test::synthetic;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ExperimentSpec m_spec;

    std::optional<ExperimentStore> openStore(const QString &name)
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(name), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // fc2 holds one weight 200x its largest: per-tensor int8 keeps that one and rounds the rest of
        // the layer to a few levels.
        const QString path = m_dir.filePath(QStringLiteral("fragile.pt"));
        QString error;
        MlpOptions fragile;
        fragile.outlierLayer = 2;
        QVERIFY2(saveMlp(path, {64, 48, 48, 48, 10}, 5, {}, &error, fragile), qPrintable(error));
        m_spec.modelPath = path;
        m_spec.quantization = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        m_spec.quantization.defaults.weightScheme = WeightScheme::PerTensorSymmetric;
        m_spec.calibration = synthetic(1);
        m_spec.evaluation = synthetic(2, 8);
        m_spec.benchmarkRuns = 3;
        m_spec.benchmarkBatch = 8;
        m_spec.threads = 1;
    }

    void sweepRanksTheFragileLayerFirst_data()
    {
        QTest::addColumn<SweepMode>("mode");
        QTest::newRow("one-on") << SweepMode::OneOn;
        QTest::newRow("one-off") << SweepMode::OneOff;
    }

    void sweepRanksTheFragileLayerFirst()
    {
        QFETCH(SweepMode, mode);
        auto store = openStore(QStringLiteral("sweep.sqlite"));
        QVERIFY(store);
        const SensitivityResult result = runSensitivity(m_spec, mode, &*store);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.metric, QStringLiteral("agreement")); // synthetic data has no labels
        QCOMPARE(result.layers.size(), 4);
        QCOMPARE(result.layers.first().layer, QStringLiteral("fc2"));
        QCOMPARE(result.layers.first().rank, 1);
        QVERIFY2(result.layers.first().impact > result.layers.at(1).impact,
                 qPrintable(QStringLiteral("%1 vs %2").arg(result.layers.first().impact).arg(result.layers.at(1).impact)));
        // Stored: one row of kind "sensitivity" with the ranks per layer.
        QVERIFY2(result.id > 0, qPrintable(result.storeError));
        const auto row = store->experiment(result.id);
        QVERIFY(row);
        QCOMPARE(row->kind, ExperimentKind::Sensitivity);
        const auto layers = store->layerMetrics(result.id);
        QCOMPARE(layers.size(), 4);
        for (const LayerMetricRecord &l : layers)
            QCOMPARE(l.rank, l.layer == QLatin1String("fc2") ? 1 : l.rank);
        QVERIFY(std::any_of(layers.cbegin(), layers.cend(), [](const LayerMetricRecord &l) {
            return l.layer == QLatin1String("fc2") && l.rank == 1;
        }));
    }

    void searchKeepsExactlyTheFragileLayerFloat()
    {
        auto store = openStore(QStringLiteral("search.sqlite"));
        QVERIFY(store);
        SearchOptions options;
        options.spec = m_spec;
        options.budget.minAgreement = 0.95;
        options.objective = SearchObjective::Latency;
        options.maxTrials = 10;
        const SearchResult result = runSearch(options, &*store, m_dir.filePath(QStringLiteral("artifacts")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.trials.isEmpty());
        // The fully quantized model misses the budget...
        QVERIFY(result.trials.first().floatLayers.isEmpty());
        QVERIFY2(!result.trials.first().withinBudget,
                 qPrintable(QString::number(result.trials.first().record.agreement)));
        // ...and keeping fc2 (only) in float meets it.
        QVERIFY(result.metBudget);
        QCOMPARE(result.trials.at(result.best).floatLayers, QStringList{QStringLiteral("fc2")});
        QCOMPARE(result.stopReason, SearchStop::Found);
        // Every trial and the ranking sweep are in the log under the search's row.
        const auto children = store->children(result.id);
        QCOMPARE(children.size(), result.trials.size() + 1);
        const auto row = store->experiment(result.id);
        QVERIFY(row);
        QCOMPARE(row->status, ExperimentStatus::Finished);
        QCOMPARE(row->details.value(QStringLiteral("best_id")).toInteger(), result.trials.at(result.best).id);
    }

    // The latency objective compares whole-model choices, times float once for every trial and
    // picks the fastest config within budget.
    void latencySearchComparesWholeModelChoices()
    {
        auto store = openStore(QStringLiteral("latency.sqlite"));
        QVERIFY(store);
        SearchOptions options;
        options.spec = m_spec;
        options.budget.minAgreement = 0.95;
        options.objective = SearchObjective::Latency;
        options.maxTrials = 12;
        const SearchResult result = runSearch(options, &*store, QString());
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList choices;
        for (const SearchTrial &t : result.trials)
            if (!choices.contains(t.choice))
                choices << t.choice;
        // The spec as given (dynamic) and static; no hybrid, as the MLP has no convolution.
        QCOMPARE(choices, (QStringList{QStringLiteral("as given"), QStringLiteral("static")}));
        QVERIFY(!std::isnan(result.baselineMs) && result.baselineMs > 0);
        QVERIFY(result.metBudget);
        const SearchTrial &best = result.trials.at(result.best);
        for (const SearchTrial &t : result.trials) {
            // One float figure for every trial: each speedup is the baseline over its own latency.
            QCOMPARE(t.record.speedup, result.baselineMs / t.record.latencyMedianMs);
            if (t.withinBudget)
                QVERIFY(best.record.latencyMedianMs <= t.record.latencyMedianMs);
        }
        const ExperimentDetails trialDetails = ExperimentDetails::fromJson(store->experiment(best.id)->details);
        QVERIFY(trialDetails.latency);
        QCOMPARE(trialDetails.latency->baselineId, result.id);
        QCOMPARE(ExperimentDetails::fromJson(store->experiment(result.id)->details).search->bestChoice, best.choice);

        // --keep-mode: only the spec as given.
        options.wholeModelChoices = false;
        const SearchResult kept = runSearch(options, &*store, QString());
        QVERIFY2(kept.ok, qPrintable(kept.error));
        for (const SearchTrial &t : kept.trials)
            QCOMPARE(t.choice, QStringLiteral("as given"));
    }

    void trialLimitStillStoresAndReportsTheBest()
    {
        auto store = openStore(QStringLiteral("limited.sqlite"));
        QVERIFY(store);
        SearchOptions options;
        options.spec = m_spec;
        options.budget.minAgreement = 0.95;
        options.maxTrials = 1;
        const SearchResult result = runSearch(options, &*store, QString());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.stopReason, SearchStop::TrialLimit);
        QCOMPARE(result.trials.size(), 1);
        QCOMPARE(result.best, 0);
        QVERIFY(!result.metBudget);
        QVERIFY(result.trials.first().shortfall > 0); // how far the closest config is
        const auto stored = store->experiment(result.trials.first().id);
        QVERIFY(stored);
        QCOMPARE(stored->status, ExperimentStatus::Finished);
        QCOMPARE(stored->parentId, result.id);
        QCOMPARE(store->experiment(result.id)->details.value(QStringLiteral("met_budget")).toBool(), false);
    }

    void cancelledSearchKeepsItsRow()
    {
        auto store = openStore(QStringLiteral("cancelled.sqlite"));
        QVERIFY(store);
        SearchOptions options;
        options.spec = m_spec;
        options.budget.minAgreement = 0.95;
        std::atomic_bool cancel{true};
        const SearchResult result = runSearch(options, &*store, QString(), {}, &cancel);
        QVERIFY(result.cancelled);
        const auto row = store->experiment(result.id);
        QVERIFY(row);
        QCOMPARE(row->status, ExperimentStatus::Cancelled);
    }

    void refusesASearchWithoutBudget()
    {
        SearchOptions options;
        options.spec = m_spec;
        const SearchResult result = runSearch(options, nullptr, QString());
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("budget")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
