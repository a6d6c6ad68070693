// The Workbench under the window, driven without one: the user's choices become the spec every run
// takes, jobs report through typed signals, and the selection feeds the views.

#include "experiment/experimentdetails.h"
#include "experiment/specbuilder.h"
#include "jobs/job.h"
#include "model/modeldocument.h"
#include "testsupport.h"
#include "workbench/workbench.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<const ModelDocument> cnn()
    {
        const auto opened = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        return opened.document;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The bar, the engine and a layer's own choice make the config; the plan follows every change.
    void choicesMakeTheConfig()
    {
        Workbench bench;
        QSignalSpy configChanged(&bench, &Workbench::configChanged);
        QSignalSpy problem(&bench, &Workbench::planProblemChanged);
        bench.setDocument(cnn());
        bench.setEngine(QuantEngine::Qnnpack);
        bench.setBar({ExperimentMode::Hybrid, WeightScheme::PerTensorSymmetric, QStringLiteral("minmax")});
        QVERIFY(configChanged.size() >= 2);
        const QuantConfig base = bench.baseConfig();
        QCOMPARE(base.engine, QuantEngine::Qnnpack);
        QCOMPARE(base.defaults.observer, ObserverKind::MinMax);
        QCOMPARE(base.forLayer(QStringLiteral("conv1")).mode, QuantMode::Static);
        QCOMPARE(base.forLayer(QStringLiteral("fc1")).mode, QuantMode::Dynamic); // the hybrid preset
        QVERIFY(bench.plan().problem.isEmpty());
        // Keeping a Linear layer float in a hybrid config is refused before any run, and said once.
        bench.setLayerChoice(QStringLiteral("fc2"), LayerChoice{QuantMode::Float, {}, {}});
        QCOMPARE(problem.size(), 1);
        QVERIFY(bench.plan().problem.contains(QLatin1String("mixes static and dynamic")));
        QCOMPARE(bench.currentConfig().forLayer(QStringLiteral("fc2")).mode, QuantMode::Float);
        bench.clearLayerChoices();
        QCOMPARE(problem.size(), 2);
    }

    // The spec for the current choices: the Data dock's data, the threads, a label that says what it is.
    void currentSpecFromTheChoices()
    {
        Workbench bench;
        QString error;
        QVERIFY(!bench.currentSpec(&error));
        QVERIFY2(error.contains(QLatin1String("Open a model")), qPrintable(error));
        bench.setDocument(cnn());
        bench.setThreads(1);
        DataChoice data;
        data.calibrationSamples = 64;
        data.evaluationSamples = 300;
        data.randomSubset = false;
        bench.setData(data);
        bench.setLayerChoice(QStringLiteral("conv1"), LayerChoice{QuantMode::Float, {}, {}});
        error.clear();
        const auto spec = bench.currentSpec(&error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->modelPath, bench.document()->info().path);
        QCOMPARE(spec->threads, 1);
        QCOMPARE(spec->calibration.batchSize * spec->calibration.maxBatches, 64);
        QCOMPARE(spec->evaluation.maxBatches, 2); // 300 samples in batches of 256
        QCOMPARE(spec->quantization.forLayer(QStringLiteral("conv1")).mode, QuantMode::Float);
        QVERIFY2(spec->label.startsWith(QLatin1String("static ")) && spec->label.contains(QLatin1String("(1 layer choice")),
                 qPrintable(spec->label));
        data.calibration = m_dir.filePath(QStringLiteral("gone"));
        bench.setData(data);
        QVERIFY(!bench.currentSpec(&error));
        QVERIFY2(error.contains(QLatin1String("gone")), qPrintable(error));
    }

    // A run from the workbench: typed signals in order, the row in the log, its layers on the tree,
    // and "keep this layer float" builds on it.
    void runStoresAndReports()
    {
        Workbench bench;
        QString error;
        QVERIFY2(bench.setLogPath(m_dir.filePath(QStringLiteral("log.sqlite")), &error), qPrintable(error));
        bench.setDocument(cnn());
        DataChoice data;
        data.calibrationSamples = 64;
        data.evaluationSamples = 64;
        bench.setData(data);
        auto spec = bench.currentSpec(&error);
        QVERIFY2(spec, qPrintable(error));
        spec->benchmarkRuns = 0;
        QSignalSpy stored(&bench, &Workbench::experimentsStored);
        QSignalSpy finished(&bench, &Workbench::experimentFinished);
        QSignalSpy ended(&bench, &Workbench::jobEnded);
        QSignalSpy submitted(&bench, &Workbench::jobSubmitted);
        Job *job = bench.runExperiment(*spec, &error);
        QVERIFY2(job, qPrintable(error));
        QCOMPARE(submitted.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 120000);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<ExperimentOutcome>();
        QVERIFY(outcome.id > 0);
        QVERIFY2(ended.first().at(1).toString().contains(QLatin1String("SQNR")), qPrintable(ended.first().at(1).toString()));
        QCOMPARE(bench.quantizationResults().experimentId, outcome.id);
        QVERIFY(bench.quantizationResults().rows.contains(QStringLiteral("fc1")));
        const auto again = bench.keepFloatSpec(QStringLiteral("fc1"));
        QVERIFY(again);
        QCOMPARE(again->quantization.forLayer(QStringLiteral("fc1")).mode, QuantMode::Float);
        // The selection is read once, for every view.
        QSignalSpy selected(&bench, &Workbench::selectionChanged);
        bench.selectExperiments({outcome.id, 999999});
        QCOMPARE(selected.size(), 1);
        QCOMPARE(bench.selectedExperiments().size(), 1);
        QVERIFY(!bench.selectedLayers().value(outcome.id).isEmpty());
        // A spec that cannot run is refused before a job exists.
        ExperimentSpec bad = *spec;
        bad.quantization.engine = QuantEngine::Fbgemm;
        QVERIFY(!bench.runExperiment(bad, &error));
        QVERIFY2(error.contains(QLatin1String("fbgemm")), qPrintable(error));
    }

    // What a run stores beyond the headline numbers reads back as it was written.
    void detailsRoundTrip()
    {
        ExperimentDetails d;
        d.syntheticData = true;
        QuantizationDetails &q = d.quantization.emplace();
        q.coverage.quantizedOps = 3;
        q.coverage.kindCounts.insert(QStringLiteral("quantized::linear"), 2);
        q.trainingLoss = {1.0, 0.5};
        OutputAgreement &a = d.agreement.emplace();
        a.samples = 10;
        a.sqnrDb = std::numeric_limits<double>::infinity();
        a.flipped = {3};
        a.flippedCount = 1;
        a.flippedPredictions = {{1, 2}};
        a.valid = true;
        LatencyDetails &l = d.latency.emplace();
        l.floatOptimized.medianMs = 1.5;
        l.floatOptimized.timesMs = {1.4, 1.5, 1.6};
        l.floatOptimized.valid = true;
        const ExperimentDetails back = ExperimentDetails::fromJson(d.toJson());
        QCOMPARE(back.toJson(), d.toJson());
        QVERIFY(back.syntheticData);
        QCOMPARE(back.quantization->coverage.count(QStringLiteral("quantized::linear")), 2);
        QVERIFY(std::isinf(back.agreement->sqnrDb)); // identical outputs survive JSON's lack of infinity
        QCOMPARE(back.agreement->flippedPredictions.first(), qMakePair(1, 2));
        QCOMPARE(back.latencyTimesMs(), (QVector<double>{1.4, 1.5, 1.6}));
        QVERIFY(!back.sweep && !back.search);
    }

    // The spec builder: one reading of skip, only, the hybrid preset and held-out data.
    void specBuilder()
    {
        const auto doc = cnn();
        SpecRequest request;
        request.mode = ExperimentMode::Static;
        request.engine = QuantEngine::OneDnn;
        request.skip = {QStringLiteral("fc9")};
        QString error;
        QVERIFY(!buildSpec(request, doc->info(), &error));
        QVERIFY2(error.contains(QLatin1String("\"fc9\", which is not a layer of this model; its layers are: conv1")),
                 qPrintable(error));
        request.skip.clear();
        request.only = {QStringLiteral("fc1")};
        auto spec = buildSpec(request, doc->info(), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->quantization.forLayer(QStringLiteral("conv1")).mode, QuantMode::Float);
        QCOMPARE(spec->quantization.forLayer(QStringLiteral("fc1")).mode, QuantMode::Static);
        QCOMPARE(experimentMode(*spec), ExperimentMode::Static);
        QCOMPARE(spec->evaluation.seed, spec->calibration.seed + 1); // synthetic: other inputs than calibration
        request.only.clear();
        request.mode = ExperimentMode::Hybrid;
        spec = buildSpec(request, doc->info(), &error);
        QVERIFY(spec);
        QCOMPARE(experimentMode(*spec), ExperimentMode::Hybrid);
        request.mode = ExperimentMode::Float;
        spec = buildSpec(request, doc->info(), &error);
        QVERIFY(spec && !spec->quantize);
    }
};

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
