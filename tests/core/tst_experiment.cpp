#include "experiment/experimentdetails.h"
#include "experiment/experimentrunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

ExperimentSpec cnnSpec()
{
    ExperimentSpec spec;
    spec.modelPath = test::fixture(QStringLiteral("cnn_scripted.pt"));
    spec.label = QStringLiteral("static qnnpack");
    spec.quantization = QuantConfig::preset(QuantEngine::Qnnpack);
    spec.quantization.setLayerMode(QStringLiteral("fc2"), QuantMode::Float);
    spec.calibration.maxBatches = 2;
    spec.evaluation.maxBatches = 2;
    spec.evaluation.seed = 5;
    spec.benchmarkRuns = 5;
    spec.benchmarkBatch = 8;
    return spec;
}

} // namespace

class TestExperiment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void specRoundTrip()
    {
        ExperimentSpec spec = cnnSpec();
        spec.qat.epochs = 3;
        spec.qat.optimizer = QStringLiteral("sgd");
        spec.inputShape = QStringLiteral("1x1x28x28");
        spec.seed = 12345678901234ULL;
        QString error;
        const ExperimentSpec back = ExperimentSpec::fromJson(spec.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.toJson(), spec.toJson());
        QCOMPARE(back.seed, spec.seed);
        QVERIFY(back.quantization == spec.quantization);
    }

    void specErrorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing model") << QByteArray(R"({"label": "x"})") << "needs \"model\"";
        QTest::newRow("unknown key") << QByteArray(R"({"model": "m.pt", "modle": 1})") << "\"modle\"";
        QTest::newRow("wrong type") << QByteArray(R"({"model": "m.pt", "label": 3})") << "\"label\" must be a string";
        QTest::newRow("nested config") << QByteArray(R"({"model": "m.pt", "quantization": {"default": {"mode": "int2"}}})")
                                       << "default.mode";
        QTest::newRow("nested data") << QByteArray(R"({"model": "m.pt", "calibration": {"kind": "parquet"}})") << "In \"calibration\"";
        QTest::newRow("qat key") << QByteArray(R"({"model": "m.pt", "qat": {"epoch": 2}})") << "\"qat.epoch\"";
        QTest::newRow("optimizer") << QByteArray(R"({"model": "m.pt", "qat": {"optimizer": "lion"}})") << "adam or sgd";
        QTest::newRow("benchmark batch") << QByteArray(R"({"model": "m.pt", "benchmark": {"batch": 0}})")
                                         << "\"benchmark.batch\" must be a whole number from 1 to 65536";
    }
    void specErrorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        QString error;
        ExperimentSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(phrase), qPrintable(error));
    }

    void runIsStoredAndRerunnable()
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("log.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        const ExperimentSpec spec = cnnSpec();
        int progressCalls = 0;
        const ExperimentOutcome outcome = runExperiment(spec, &*store, m_dir.filePath(QStringLiteral("artifacts")),
                                                        [&](double, const QString &) { ++progressCalls; });
        QCOMPARE(outcome.record.status, ExperimentStatus::Finished);
        QVERIFY2(outcome.record.error.isEmpty(), qPrintable(outcome.record.error));
        QVERIFY(outcome.id > 0);
        QVERIFY(progressCalls > 3);
        QVERIFY(QFileInfo::exists(outcome.artifactPath));

        const auto row = store->experiment(outcome.id);
        QVERIFY(row);
        QCOMPARE(row->mode, ExperimentMode::Static);
        QCOMPARE(row->engine, QuantEngine::Qnnpack);
        QCOMPARE(row->label, spec.label);
        QVERIFY2(row->sqnrDb > 25, qPrintable(QString::number(row->sqnrDb)));
        QVERIFY(row->agreement > 0.9 && row->agreement <= 1.0);
        QCOMPARE(row->sizeBytes, double(QFileInfo(outcome.artifactPath).size()));
        QVERIFY(row->latencyMedianMs > 0);
        QVERIFY(row->speedup > 0);
        QVERIFY(std::isnan(row->accuracy)); // synthetic data has no labels
        QVERIFY(row->environment.contains(QStringLiteral("torch_version")));
        const auto layers = store->layerMetrics(outcome.id);
        QCOMPARE(layers.size(), 4);
        QCOMPARE(layers.last().layer, QStringLiteral("fc2"));
        QCOMPARE(layers.last().mode, QuantMode::Float);

        // The stored spec re-runs exactly: it reads back into the same spec.
        QString specError;
        const ExperimentSpec again = ExperimentSpec::fromJson(row->spec, &specError);
        QVERIFY2(specError.isEmpty(), qPrintable(specError));
        QCOMPARE(again.toJson(), spec.toJson());
    }

    void failedAndCancelledRunsAreStored()
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("failures.sqlite")), &error);
        QVERIFY(store);
        ExperimentSpec bad = cnnSpec();
        bad.calibration.kind = DataSpec::Kind::TensorFile;
        bad.calibration.path = m_dir.filePath(QStringLiteral("missing.pt"));
        const ExperimentOutcome failed = runExperiment(bad, &*store, {});
        QCOMPARE(failed.record.status, ExperimentStatus::Failed);
        QVERIFY(failed.record.error.contains(QLatin1String("There is no data file")));
        QCOMPARE(store->experiment(failed.id)->status, ExperimentStatus::Failed);
        QCOMPARE(store->experiment(failed.id)->error, failed.record.error);

        std::atomic_bool cancel{true};
        const ExperimentOutcome cancelled = runExperiment(cnnSpec(), &*store, {}, {}, &cancel);
        QCOMPARE(cancelled.record.status, ExperimentStatus::Cancelled);
        QCOMPARE(store->countExperiments(), 2);
    }

    // A run group times float once: the second run divides by the first run's figures, measures its
    // own deployment form, and takes the float memory from the group.
    void sharedBaselineDividesEveryRun()
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("group.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        ExperimentSpec floatSpec = cnnSpec();
        floatSpec.quantize = false;
        const ExperimentOutcome first = runExperiment(floatSpec, &*store, {});
        QCOMPARE(first.record.status, ExperimentStatus::Finished);
        const auto baseline = SharedBaseline::fromOutcome(first, QStringLiteral("test group"));
        QVERIFY(baseline);
        QCOMPARE(baseline->experimentId, first.id);
        QVERIFY2(baseline->floatMemory && baseline->floatMemory->valid,
                 qPrintable(baseline->floatMemory ? baseline->floatMemory->error : QStringLiteral("no memory")));

        ExperimentSpec dynamic = cnnSpec();
        dynamic.quantization = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        RunContext context;
        context.baseline = baseline;
        const ExperimentOutcome second = runExperiment(dynamic, &*store, {}, {}, nullptr, context);
        QCOMPARE(second.record.status, ExperimentStatus::Finished);
        const ExperimentDetails d = ExperimentDetails::fromJson(second.record.details);
        QVERIFY(d.latency && d.latency->quantized);
        QCOMPARE(d.latency->baselineId, first.id);
        QCOMPARE(d.latency->baselineGroup, QStringLiteral("test group"));
        QCOMPARE(d.latency->baseline().medianMs, first.record.latencyMedianMs);
        QCOMPARE(second.record.speedup, first.record.latencyMedianMs / second.record.latencyMedianMs);
        // Timed as it ships: loaded back, frozen, optimized.
        QVERIFY2(d.latency->quantized->form.contains(QLatin1String("loaded, frozen, optimized")),
                 qPrintable(d.latency->quantized->form));
        QVERIFY(d.quantizedProfile && d.quantizedProfile->form == d.latency->quantized->form);
        // Dynamic conversion folded the BatchNorms into the float convolutions.
        QVERIFY(d.quantization);
        QVERIFY2(!d.quantization->coverage.floatKinds.contains(QStringLiteral("aten::batch_norm")),
                 qPrintable(d.quantization->coverage.floatKinds.join(QLatin1Char(','))));
        // Memory: the group's float figure, this run's own quantized one, each from a child process.
        QVERIFY(d.memory && d.memory->quantized);
        QCOMPARE(d.memory->baselineId, first.id);
        QVERIFY2(d.memory->quantized->valid, qPrintable(d.memory->quantized->error));
        QVERIFY(d.memory->quantized->peakBytes >= d.memory->quantized->loadedBytes);
        QVERIFY(d.memory->quantized->runtimeBytes > 0);
        QVERIFY(d.memory->quantized->form.contains(QLatin1String("int8 onednn")));
    }

    // A group that times float outside a run (a sweep, a search) measures its memory then too, so
    // that no run of the group starts a float probe of its own; a re-timing leaves memory alone.
    void measuredBaselineCarriesFloatMemory()
    {
        ExperimentSpec spec = cnnSpec();
        spec.benchmarkRuns = 3;
        QString error;
        const auto timingOnly = SharedBaseline::measure(spec, QStringLiteral("again"), &error,
                                                        SharedBaseline::Parts::TimingOnly);
        QVERIFY2(timingOnly, qPrintable(error));
        QVERIFY(!timingOnly->floatMemory);
        const auto baseline = SharedBaseline::measure(spec, QStringLiteral("sweep"), &error);
        QVERIFY2(baseline, qPrintable(error));
        QVERIFY(baseline->floatMemory);
        QVERIFY2(baseline->floatMemory->valid, qPrintable(baseline->floatMemory->error));
        QCOMPARE(baseline->floatMemory->batch, spec.benchmarkBatch);

        spec.quantization = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        RunContext context;
        context.baseline = baseline;
        const ExperimentOutcome run = runExperiment(spec, nullptr, {}, {}, nullptr, context);
        QCOMPARE(run.record.status, ExperimentStatus::Finished);
        const ExperimentDetails d = ExperimentDetails::fromJson(run.record.details);
        QVERIFY(d.memory && d.memory->quantized && d.memory->quantized->valid);
        QCOMPARE(d.memory->floatModel.toJson(), baseline->floatMemory->toJson());
        QCOMPARE(d.memory->baselineId, qint64(0));
    }

    void scalingCurvesCoverBatchesAndThreads()
    {
        ExperimentSpec spec = cnnSpec();
        spec.quantization = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Static);
        spec.benchmarkRuns = 3;
        spec.benchmarkScaling = true;
        const ExperimentOutcome outcome = runExperiment(spec, nullptr, {});
        QCOMPARE(outcome.record.status, ExperimentStatus::Finished);
        const ExperimentDetails d = ExperimentDetails::fromJson(outcome.record.details);
        QVERIFY(d.scaling && d.scaling->quantized);
        const int expected = scalingBatches().size() * scalingThreads().size();
        for (const ScalingCurve *c : {&d.scaling->floatModel, &*d.scaling->quantized}) {
            QVERIFY2(c->valid, qPrintable(c->error));
            QCOMPARE(c->points.size(), expected); // the fixture CNN is fast at every size: none left out
            for (const ScalingPoint &p : c->points)
                QVERIFY(p.medianMs > 0 && scalingBatches().contains(p.batch) && scalingThreads().contains(p.threads));
        }
        QVERIFY(d.scaling->quantized->form.contains(QLatin1String("int8 onednn")));
        QCOMPARE(ScalingCurve::fromJson(d.scaling->floatModel.toJson()).toJson(), d.scaling->floatModel.toJson());
    }

    void memoryProbeSaysWhatWentWrong()
    {
        LatencyOptions options;
        options.batch = 4;
        const InputSpec input = InputSpec::single({1, 1, 28, 28});
        const MemoryProbe good = probeMemory(test::fixture(QStringLiteral("cnn_scripted.pt")), ProbeForm::Float, input, options);
        QVERIFY2(good.valid, qPrintable(good.error));
        QVERIFY(good.modelBytes() > 0 && good.peakBytes > good.runtimeBytes);
        // Not a model: the child fails and LibTorch's reason comes back.
        const QString junk = m_dir.filePath(QStringLiteral("junk.pt"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip archive");
        file.close();
        const MemoryProbe bad = probeMemory(junk, ProbeForm::Float, input, options);
        QVERIFY(!bad.valid);
        QVERIFY2(bad.error.contains(QLatin1String("not a ZIP archive")), qPrintable(bad.error));
        // The child refuses arguments it cannot use.
        QCOMPARE(runMemoryProbe({QStringLiteral("--batch"), QStringLiteral("0"), junk}), 2);
    }

    void floatBaseline()
    {
        ExperimentSpec spec = cnnSpec();
        spec.quantize = false;
        const ExperimentOutcome outcome = runExperiment(spec, nullptr, {});
        QCOMPARE(outcome.record.status, ExperimentStatus::Finished);
        QCOMPARE(outcome.record.mode, ExperimentMode::Float);
        QCOMPARE(outcome.record.sizeBytes, double(QFileInfo(spec.modelPath).size()));
        QVERIFY(outcome.record.speedup >= 1.0 - 1e-9); // the faster float form against itself or the slower one
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
