#include "data/idxfile.h"
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "model/zoo.h"
#include "quant/quantizer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

class TestZoo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<ModelDocument> build(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pt"));
        QString error;
        if (!buildZooModel(name, path, 0, &error))
            qFatal("%s", qPrintable(error));
        auto result = ModelDocument::open(path);
        if (!result)
            qFatal("%s", qPrintable(result.message));
        return result.document;
    }

    static QuantizeResult quantizeWith(const ModelDocument &doc, QuantMode mode, const DataSpec &calibration = {})
    {
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::Qnnpack, mode);
        options.calibration = calibration;
        options.calibration.maxBatches = 2;
        return quantize(doc, options);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyModelOpensWithItsInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("quantizable");
        QTest::newRow("cnn") << "cnn" << "1x1x28x28" << 4;
        QTest::newRow("mlp") << "mlp" << "1x1x28x28" << 3;
        QTest::newRow("lstm") << "lstm" << "1x28x28" << 2;
        QTest::newRow("transformer") << "transformer" << "1x28x28" << 8;
        // Two embeddings, 2 x (q, k, v, out, ff1, ff2) and the head.
        QTest::newRow("bert") << "bert" << "input_ids:1x32:int64,attention_mask:1x32:int64" << 15;
    }
    void everyModelOpensWithItsInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, input);
        QFETCH(int, quantizable);
        const auto doc = build(name);
        QCOMPARE(doc->info().input.shapeText(), input);
        QCOMPARE(doc->info().input.source, InputSpec::Source::Archive);
        QCOMPARE(doc->info().quantizableLayerCount(), quantizable);
        QCOMPARE(doc->info().quantbenchJson.value(QStringLiteral("zoo")).toString(), name);
    }

    void cnnFoldsAndFuses()
    {
        // BatchNorm built in C++ folds into its convolution like PyTorch's own.
        const auto result = quantizeWith(*build(QStringLiteral("cnn")), QuantMode::Static);
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("quantized::conv2d_relu")), 2);
        QCOMPARE(c.count(QStringLiteral("quantized::batch_norm")) + c.count(QStringLiteral("aten::batch_norm")), 0);
        QCOMPARE(c.floatComputeOps, 0);
    }

    // ResNet-18 as torchvision builds it: every convolution (20, with BatchNorm folded and ReLU fused),
    // every residual add and the classifier run in int8; training it is refused with a reason.
    void resnet18QuantizesWhole()
    {
        const auto doc = build(QStringLiteral("resnet18"));
        QCOMPARE(doc->info().input.shapeText(), QStringLiteral("1x3x224x224"));
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Static);
        options.calibration.batchSize = 2;
        options.calibration.maxBatches = 1;
        const QuantizeResult result = quantize(*doc, options);
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("quantized::conv2d")) + c.count(QStringLiteral("quantized::conv2d_relu")), 20);
        QCOMPARE(c.count(QStringLiteral("quantized::add_relu")), 8);
        QCOMPARE(c.count(QStringLiteral("quantized::linear")), 1);
        QCOMPARE(c.floatComputeOps, 0);
        const TrainReport refused = trainZooModel(QStringLiteral("resnet18"), m_dir.filePath(QStringLiteral("r.pt")), {});
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QLatin1String("untrained")), qPrintable(refused.error));
    }

    void dynamicReachesEveryProjection()
    {
        const auto doc = build(QStringLiteral("transformer"));
        const auto result = quantizeWith(*doc, QuantMode::Dynamic);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("quantized::linear_dynamic")), 8);
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("aten::linear")), 0);
        // The encoder block is the zoo's own class: reported as custom, its Linear layers quantized.
        bool reported = false;
        for (const LayerOutcome &l : result.model->report().layers)
            if (l.layer == QLatin1String("encoder")) {
                QCOMPARE(l.result, QuantMode::Float);
                QVERIFY(l.reason.contains(QLatin1String("custom module")));
                reported = true;
            }
        QVERIFY(reported);
        DataSpec data;
        data.maxBatches = 2;
        data.seed = 3;
        const OutputAgreement a = compareOutputs(*doc, *result.model, data);
        QVERIFY2(a.sqnrDb > 25.0, qPrintable(QString::number(a.sqnrDb)));
    }

    // The bar for a BERT-like model: every Linear dynamic int8 and 8-bit embeddings make it at
    // most 0.3 times the float file. Size does not depend on training, so the untrained model tells.
    void bertDynamicIsAThirdOfTheFile()
    {
        const auto doc = build(QStringLiteral("bert"));
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        options.calibration.maxBatches = 1;
        const QuantizeResult result = quantize(*doc, options);
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("quantized::embedding_bag_byte_rowwise_offsets")), 2);
        QCOMPARE(c.count(QStringLiteral("quantized::linear_dynamic")), 13);
        QCOMPARE(c.count(QStringLiteral("aten::linear")), 0);
        const QString path = m_dir.filePath(QStringLiteral("bert-dynamic.pt"));
        QString error;
        QVERIFY2(result.model->save(path, &error), qPrintable(error));
        const double ratio = double(QFileInfo(path).size()) / double(doc->info().fileSize);
        QVERIFY2(ratio <= 0.30, qPrintable(QString::number(ratio))); // measured 0.288
    }

    void trainingLearnsAndQatKeepsUp()
    {
        if (!QFileInfo::exists(defaultFashionMnistFolder()))
            QSKIP("dataset-fashion-mnist is not installed");
        // A short run: 4096 training images, one epoch; evaluated on 1000 test images.
        TrainOptions options;
        options.train.maxBatches = 32;
        options.test.maxBatches = 4;
        options.test.batchSize = 250;
        options.epochs = 1;
        options.threads = 1;
        const QString path = m_dir.filePath(QStringLiteral("trained-cnn.pt"));
        int progressCalls = 0;
        const TrainReport report = trainZooModel(QStringLiteral("cnn"), path, options,
                                                 [&](int, double, double) { ++progressCalls; });
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(progressCalls, 32);
        QCOMPARE(report.testSamples, 1000);
        // Chance is 10%; one short epoch of this CNN reaches about 75%.
        QVERIFY2(report.testTop1 > 0.6, qPrintable(QString::number(report.testTop1)));

        const auto doc = ModelDocument::open(path).document;
        QVERIFY(doc);
        const DataSpec test = DataSpec::fashionMnist(QStringLiteral("test"), 250, 4);
        const AccuracyResult floatAccuracy = evaluateAccuracy(*doc, test);
        QVERIFY2(floatAccuracy.valid, qPrintable(floatAccuracy.error));
        QCOMPARE(floatAccuracy.top1, report.testTop1);
        QCOMPARE(floatAccuracy.confusion.size(), 10);

        DataSpec calibration = DataSpec::fashionMnist(QStringLiteral("train"), 128, 4);
        calibration.shuffle = true;
        QuantizeOptions ptqOptions;
        ptqOptions.config = QuantConfig::preset(QuantEngine::Qnnpack);
        ptqOptions.calibration = calibration;
        const QuantizeResult ptq = quantize(*doc, ptqOptions);
        QVERIFY2(ptq, qPrintable(ptq.error));
        const double ptqTop1 = evaluateAccuracy(*ptq.model, doc->info().input, test).top1;
        // Static PTQ of a trained CNN loses at most about a point.
        QVERIFY2(ptqTop1 > floatAccuracy.top1 - 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(ptqTop1).arg(floatAccuracy.top1)));

        QuantizeOptions qatOptions;
        qatOptions.config = QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Qat);
        qatOptions.qat.training = DataSpec::fashionMnist(QStringLiteral("train"), 128, 16);
        qatOptions.qat.training.shuffle = true;
        qatOptions.qat.training.seed = 7;
        qatOptions.qat.epochs = 2;
        qatOptions.qat.learningRate = 1e-4;
        qatOptions.qat.freezeObserversAfterEpoch = 1;
        QVector<double> losses;
        qatOptions.onTrainingStep = [&](int, int, double loss, double) { losses << loss; };
        const QuantizeResult qat = quantize(*doc, qatOptions);
        QVERIFY2(qat, qPrintable(qat.error));
        QCOMPARE(losses.size(), 32);
        QCOMPARE(qat.model->report().trainingLoss, losses);
        const double qatTop1 = evaluateAccuracy(*qat.model, doc->info().input, test).top1;
        // "At least as accurate as static PTQ", within 0.5 points (5 of the 1000 test images).
        QVERIFY2(qatTop1 >= ptqTop1 - 0.005, qPrintable(QStringLiteral("QAT %1 vs PTQ %2").arg(qatTop1).arg(ptqTop1)));
        QCOMPARE(qat.model->report().coverage.count(QStringLiteral("quantized::conv2d_relu")), 2);
    }

    void qatLossGoesDown()
    {
        if (!QFileInfo::exists(defaultFashionMnistFolder()))
            QSKIP("dataset-fashion-mnist is not installed");
        // From an untrained CNN the loss must fall within 60 steps of fake-quantized training (measured:
        // 2.29 to 1.93 over the first and last five steps; BatchNorm is folded before training, which
        // slows the start).
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Qat);
        options.qat.training = DataSpec::fashionMnist(QStringLiteral("train"), 64, 60);
        options.qat.training.shuffle = true;
        options.qat.learningRate = 1e-3;
        const QuantizeResult result = quantize(*build(QStringLiteral("cnn")), options);
        QVERIFY2(result, qPrintable(result.error));
        const QVector<double> &loss = result.model->report().trainingLoss;
        QCOMPARE(loss.size(), 60);
        const double first = (loss[0] + loss[1] + loss[2] + loss[3] + loss[4]) / 5;
        const double last = (loss[55] + loss[56] + loss[57] + loss[58] + loss[59]) / 5;
        QVERIFY2(last < 0.9 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    }

    void qatWithoutLabelsIsRefused()
    {
        QuantizeOptions options;
        options.config = QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Qat);
        options.qat.training = DataSpec(); // synthetic: no labels
        const QuantizeResult result = quantize(*build(QStringLiteral("mlp")), options);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(QLatin1String("labelled data")), qPrintable(result.error));
    }

    void unknownNameListsTheZoo()
    {
        QString error;
        QVERIFY(!buildZooModel(QStringLiteral("resnet"), m_dir.filePath(QStringLiteral("x.pt")), 0, &error));
        QVERIFY2(error.contains(QLatin1String("cnn, mlp, lstm, transformer")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZoo)
#include "tst_zoo.moc"
