#include "env/environment.h"
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "model/modelfactory.h"
#include "quant/qparams.h"
#include "quant/quantizer.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

std::shared_ptr<ModelDocument> openFixture(const QString &name)
{
    auto result = ModelDocument::open(test::fixture(name));
    if (!result)
        qFatal("cannot open fixture %s: %s", qPrintable(name), qPrintable(result.message));
    return result.document;
}

using test::synthetic;

QuantizeResult run(const ModelDocument &doc, const QuantConfig &config, quint64 seed = 1)
{
    QuantizeOptions options;
    options.config = config;
    options.calibration = synthetic(seed);
    return quantize(doc, options);
}

// Output SQNR bounds. Well-calibrated 8-bit quantization of a single layer gives about 40 dB on data
// like its calibration set; errors of several quantized layers add up, and these tests calibrate on
// one random draw and measure on another. The bounds sit 4-10 dB below what these fixtures measure
// (CNN 37-40 dB, MLP dynamic 37 dB, Transformer dynamic 35 dB, LSTM 38 dB), tight enough that a
// wrong scale or zero point (which costs 20 dB or more) fails them.
constexpr double kCnnStaticMinDb = 30.0;
constexpr double kDynamicMinDb = 30.0;

} // namespace

class TestQuantizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staticCnnEveryEngine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QuantEngine>("engine");
        QTest::addColumn<bool>("perChannel");
        for (const QuantEngine engine : supportedEngines()) {
            for (const char *file : {"cnn_scripted.pt", "cnn_traced.pt"}) {
                QTest::addRow("%s %s per-channel", file, qPrintable(engineName(engine))) << QString::fromLatin1(file) << engine << true;
                QTest::addRow("%s %s per-tensor", file, qPrintable(engineName(engine))) << QString::fromLatin1(file) << engine << false;
            }
        }
    }
    void staticCnnEveryEngine()
    {
        QFETCH(QString, file);
        QFETCH(QuantEngine, engine);
        QFETCH(bool, perChannel);
        const auto doc = openFixture(file);
        QuantConfig config = QuantConfig::preset(engine);
        config.defaults.weightScheme = perChannel ? WeightScheme::PerChannelSymmetric : WeightScheme::PerTensorSymmetric;
        const QuantizeResult result = run(*doc, config);
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        // conv+bn+relu folded and fused: two quantized conv2d_relu, then linear_relu and linear.
        QCOMPARE(c.count(QStringLiteral("quantized::conv2d_relu")), 2);
        QCOMPARE(c.count(QStringLiteral("quantized::linear_relu")), 1);
        QCOMPARE(c.count(QStringLiteral("quantized::linear")), 1);
        QCOMPARE(c.floatComputeOps, 0);
        QCOMPARE(c.quantizeOps, 1);
        QCOMPARE(c.dequantizeOps, 1);
        const OutputAgreement a = compareOutputs(*doc, *result.model, synthetic(2));
        QVERIFY2(a.valid, qPrintable(a.error));
        QVERIFY2(a.sqnrDb > kCnnStaticMinDb, qPrintable(QString::number(a.sqnrDb)));
        QVERIFY(a.top1Agreement > 0.95);
    }

    void skippedLayerStaysFloat()
    {
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack);
        config.setLayerMode(QStringLiteral("fc2"), QuantMode::Float);
        const QuantizeResult result = run(*doc, config);
        QVERIFY2(result, qPrintable(result.error));
        const QuantizeReport &r = result.model->report();
        QCOMPARE(r.coverage.count(QStringLiteral("aten::linear")), 1);      // fc2, in float
        QCOMPARE(r.coverage.count(QStringLiteral("quantized::linear_relu")), 1); // fc1
        QCOMPARE(r.coverage.count(QStringLiteral("quantized::linear")), 0);
        QCOMPARE(r.coverage.dequantizeOps, 1); // into the float fc2
        bool found = false;
        for (const LayerOutcome &l : r.layers)
            if (l.layer == QLatin1String("fc2")) {
                QCOMPARE(l.result, QuantMode::Float);
                found = true;
            }
        QVERIFY(found);
    }

    void observersMatchTheReferenceArithmetic()
    {
        // The TorchScript observers' calculate_qparams must agree with qb::computeQParams on the
        // ranges they observed, for activations (affine quint8) and weights (symmetric qint8).
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack);
        config.defaults.observer = ObserverKind::MinMax;
        const QuantizeResult result = run(*doc, config);
        QVERIFY2(result, qPrintable(result.error));
        int activations = 0, weights = 0;
        for (const ObservedQParams &q : result.model->report().qparams) {
            const bool weight = q.kind == ObservedValue::Weight;
            if (weight && q.channels > 1)
                continue; // per-channel: first channel only, its range is not stored separately
            const QParams expected = computeQParams(q.min, q.max, weight ? QuantDtype::QInt8 : QuantDtype::QUInt8, weight,
                                                    quantRange(weight ? QuantDtype::QInt8 : QuantDtype::QUInt8, false));
            QVERIFY2(std::abs(q.scale - expected.scale) <= 1e-6 * expected.scale,
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4").arg(q.layer, q.observer).arg(q.scale).arg(expected.scale)));
            QCOMPARE(q.zeroPoint, expected.zeroPoint);
            (weight ? weights : activations) += 1;
        }
        QVERIFY(activations >= 4);
        QVERIFY(weights >= 4);
    }

    void histogramObserversClip()
    {
        // Percentile and MSE observers choose a range inside the observed min/max (random normal
        // inputs have long tails); min-max keeps it all.
        const auto doc = openFixture(QStringLiteral("mlp.pt"));
        auto inputRange = [&](ObserverKind kind) {
            QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack);
            config.defaults.observer = kind;
            config.defaults.percentile = 99.0;
            const QuantizeResult result = run(*doc, config);
            if (!result)
                qFatal("%s", qPrintable(result.error));
            // The model input's observer is the only activation with a negative range (the others
            // follow a ReLU or are the logits, which stay within a few units).
            double lowest = 0, range = -1;
            for (const ObservedQParams &q : result.model->report().qparams) {
                if (q.kind == ObservedValue::Activation && q.min < lowest) {
                    lowest = q.min;
                    range = q.max - q.min;
                }
            }
            return range;
        };
        const double minmax = inputRange(ObserverKind::MinMax);
        const double percentile = inputRange(ObserverKind::Percentile);
        const double mse = inputRange(ObserverKind::Mse);
        QVERIFY2(minmax > 7.0, qPrintable(QString::number(minmax))); // 100k standard-normal draws reach beyond +-3.5
        QVERIFY2(percentile < 0.8 * minmax, qPrintable(QStringLiteral("%1 vs %2").arg(percentile).arg(minmax)));
        QVERIFY2(mse < minmax, qPrintable(QStringLiteral("%1 vs %2").arg(mse).arg(minmax)));
    }

    void dynamicModels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("dynamicLinears");
        QTest::addColumn<QString>("floatKind"); // a compute op that must stay float, or empty
        QTest::newRow("MLP") << "mlp.pt" << 3 << "";
        // The fused fast path is switched off, so the attention's projections are quantized too; its
        // activation products stay float.
        QTest::newRow("Transformer") << "transformer.pt" << 6 << "aten::bmm";
        QTest::newRow("LSTM") << "lstm.pt" << 1 << "";
    }
    void dynamicModels()
    {
        QFETCH(QString, file);
        QFETCH(int, dynamicLinears);
        QFETCH(QString, floatKind);
        const auto doc = openFixture(file);
        for (const QuantEngine engine : supportedEngines()) {
            const QuantizeResult result = run(*doc, QuantConfig::preset(engine, QuantMode::Dynamic));
            QVERIFY2(result, qPrintable(result.error));
            const QuantizeReport &r = result.model->report();
            QCOMPARE(r.coverage.count(QStringLiteral("quantized::linear_dynamic")), dynamicLinears);
            if (!floatKind.isEmpty())
                QVERIFY2(r.coverage.floatKinds.contains(floatKind), qPrintable(r.coverage.floatKinds.join(QLatin1Char(' '))));
            else
                QCOMPARE(r.coverage.floatComputeOps, 0);
            QCOMPARE(r.coverage.count(QStringLiteral("aten::_transformer_encoder_layer_fwd")), 0);
            QCOMPARE(r.coverage.count(QStringLiteral("aten::linear")), 0);
            QCOMPARE(r.calibrationBatches, 0); // dynamic needs no calibration
            const OutputAgreement a = compareOutputs(*doc, *result.model, synthetic(2));
            QVERIFY2(a.sqnrDb > kDynamicMinDb, qPrintable(QStringLiteral("%1 %2 dB").arg(engineName(engine)).arg(a.sqnrDb)));
        }
    }

    void lstmBecomesDynamicInt8()
    {
        // LibTorch's pass leaves aten::lstm float; QuantBench rewrites it to the int8 dynamic kernel.
        // PyTorch's own quantize_dynamic gives this fixture 39.0 dB on the same kind of data.
        const auto doc = openFixture(QStringLiteral("lstm.pt"));
        for (const QuantEngine engine : supportedEngines()) {
            const QuantizeResult result = run(*doc, QuantConfig::preset(engine, QuantMode::Dynamic));
            QVERIFY2(result, qPrintable(result.error));
            const QuantizeReport &r = result.model->report();
            QCOMPARE(r.layers.first().layer, QStringLiteral("lstm"));
            QCOMPARE(r.layers.first().result, QuantMode::Dynamic);
            QCOMPARE(r.coverage.count(QStringLiteral("aten::quantized_lstm")), 1);
            QCOMPARE(r.coverage.count(QStringLiteral("aten::lstm")), 0);
            QVERIFY2(compareOutputs(*doc, *result.model, synthetic(2)).sqnrDb > 35.0, qPrintable(engineName(engine)));

            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("lstm-int8.pt"));
            QString error;
            QVERIFY2(result.model->save(path, &error), qPrintable(error));
            const auto reopened = ModelDocument::open(path);
            QVERIFY2(reopened, qPrintable(reopened.message));
            QCOMPARE(compareOutputs(*reopened.document, *result.model, synthetic(3)).maxAbsError, 0.0);
        }
    }

    void lstmKeptFloatSaysWhy()
    {
        const auto doc = openFixture(QStringLiteral("lstm.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Dynamic);
        config.setLayerMode(QStringLiteral("lstm"), QuantMode::Static);
        const QuantizeResult result = run(*doc, config);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.model->report().layers.first().result, QuantMode::Float);
        QVERIFY(result.model->report().layers.first().reason.contains(QLatin1String("no static quantized kernel")));
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("aten::lstm")), 1);
    }

    void hybridCnn()
    {
        const auto doc = openFixture(QStringLiteral("cnn_traced.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        config.setLayerMode(QStringLiteral("fc1"), QuantMode::Dynamic);
        config.setLayerMode(QStringLiteral("fc2"), QuantMode::Dynamic);
        const QuantizeResult result = run(*doc, config);
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("quantized::conv2d_relu")), 2);
        QCOMPARE(c.count(QStringLiteral("quantized::linear_dynamic")), 2);
        QCOMPARE(c.floatComputeOps, 0);
        const OutputAgreement a = compareOutputs(*doc, *result.model, synthetic(2));
        QVERIFY2(a.sqnrDb > kCnnStaticMinDb, qPrintable(QString::number(a.sqnrDb)));
    }

    void hybridWithFloatLinearIsRefused()
    {
        const auto doc = openFixture(QStringLiteral("cnn_traced.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        config.setLayerMode(QStringLiteral("fc1"), QuantMode::Dynamic);
        config.setLayerMode(QStringLiteral("fc2"), QuantMode::Float);
        const QuantizeResult result = run(*doc, config);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QLatin1String("keeps a Linear layer in float")), qPrintable(result.error));
    }

    void perChannelBeatsPerTensorOnUnevenChannels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("uneven.pt"));
        QString error;
        // Output channels of each layer scaled from 1x to 100x: a per-tensor scale wastes most of its
        // levels on the small channels.
        QVERIFY2(saveMlp(path, {64, 64, 64, 10}, 3, {}, &error, qb::MlpOptions{100.0}), qPrintable(error));
        const auto doc = ModelDocument::open(path).document;
        QVERIFY(doc);
        auto sqnr = [&](WeightScheme scheme) {
            QuantConfig config = QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Dynamic);
            config.defaults.weightScheme = scheme;
            const QuantizeResult result = run(*doc, config);
            if (!result)
                qFatal("%s", qPrintable(result.error));
            return compareOutputs(*doc, *result.model, synthetic(2)).sqnrDb;
        };
        const double perTensor = sqnr(WeightScheme::PerTensorSymmetric);
        const double perChannel = sqnr(WeightScheme::PerChannelSymmetric);
        QVERIFY2(perChannel > perTensor + 6.0, qPrintable(QStringLiteral("%1 vs %2 dB").arg(perChannel).arg(perTensor)));
    }

    void saveLoadRunIdentical()
    {
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        for (const QuantEngine engine : supportedEngines()) {
            const QuantizeResult result = run(*doc, QuantConfig::preset(engine));
            QVERIFY2(result, qPrintable(result.error));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("q.pt"));
            QString error;
            QVERIFY2(result.model->save(path, &error), qPrintable(error));

            // Open under the other engine: the archive's own engine is restored for loading.
            for (const QuantEngine other : supportedEngines())
                if (other != engine)
                    QVERIFY(setCurrentEngine(other, &error));
            const auto reopened = ModelDocument::open(path);
            QVERIFY2(reopened, qPrintable(reopened.message));
            const ModelInfo &info = reopened.document->info();
            QCOMPARE(info.quantbenchJson.value(QStringLiteral("engine")).toString(), engineName(engine));
            QCOMPARE(info.quantbenchJson.value(QStringLiteral("source")).toObject().value(QStringLiteral("sha256")).toString(),
                     doc->sha256());
            QCOMPARE(info.input.shapeText(), QStringLiteral("1x1x28x28"));
            QCOMPARE(QuantConfig::fromJson(info.quantbenchJson.value(QStringLiteral("config")).toObject(), &error),
                     result.model->report().config);
            // Packed int8 weights are counted: 4 weight tensors of 1 byte per element.
            QCOMPARE(info.bytesByDtype().value(QStringLiteral("qint8")), qint64(8 * 9 + 16 * 8 * 9 + 784 * 32 + 32 * 10));

            const OutputAgreement same = compareOutputs(*reopened.document, *result.model, synthetic(5));
            QVERIFY2(same.valid, qPrintable(same.error));
            QCOMPARE(same.maxAbsError, 0.0);
        }
    }

    void validationBeforeAnyWork()
    {
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        config.defaults.weightScheme = WeightScheme::PerTensorAffine;
        const QuantizeResult result = run(*doc, config);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QLatin1String("onednn engine only supports symmetric weights")), qPrintable(result.error));
    }

    void cancelStopsCalibration()
    {
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        std::atomic_bool cancel{false};
        int steps = 0;
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::Qnnpack);
        options.calibration = synthetic(1, 50);
        const QuantizeResult result = quantize(*doc, options, [&](double, const QString &) {
            if (++steps == 3)
                cancel = true;
        }, &cancel);
        QVERIFY(!result);
        QVERIFY(result.cancelled);
        QCOMPARE(steps, 3);
    }

    void halfPrecisionIsUpcast()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.pt"));
        QString error;
        const QJsonObject meta{{QStringLiteral("input"), QJsonObject{{QStringLiteral("shape"), QJsonArray{1, 32}}}}};
        QVERIFY2(saveMlp(path, {32, 16, 4}, 1, meta, &error, qb::MlpOptions{1.0, /*halfPrecision=*/true}), qPrintable(error));
        const auto opened = ModelDocument::open(path);
        QVERIFY2(opened, qPrintable(opened.message));
        QCOMPARE(opened.document->info().bytesByDtype().value(QStringLiteral("float16")), qint64((32 * 16 + 16 + 16 * 4 + 4) * 2));
        QVERIFY(opened.document->info().warnings.join(QLatin1Char(' ')).contains(QLatin1String("upcast to float32")));
        const QuantizeResult result = run(*opened.document, QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Dynamic));
        QVERIFY2(result, qPrintable(result.error));
        QVERIFY(result.model->report().notes.join(QLatin1Char(' ')).contains(QLatin1String("upcast to float32")));
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("quantized::linear_dynamic")), 2);
    }

    void twoInputModelQuantizes()
    {
        const auto doc = openFixture(QStringLiteral("two_inputs.pt"));
        const QuantizeResult result = run(*doc, QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Dynamic));
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("quantized::linear_dynamic")), 2);
        const OutputAgreement a = compareOutputs(*doc, *result.model, synthetic(2));
        QVERIFY2(a.valid, qPrintable(a.error));
        QVERIFY2(a.sqnrDb > 30, qPrintable(QString::number(a.sqnrDb)));
    }
};

QTEST_GUILESS_MAIN(TestQuantizer)
#include "tst_quantizer.moc"
