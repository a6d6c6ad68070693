// Quantization simulation: calibrate once, switch layers freely, per-layer errors (Numeric Suite).
#include "eval/comparison.h"
#include "model/modeldocument.h"
#include "model/modelfactory.h"
#include "quant/quantizer.h"
#include "quant/quantsim.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace qb;

namespace {

std::shared_ptr<ModelDocument> open(const QString &path)
{
    auto result = ModelDocument::open(path);
    if (!result)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(result.message));
    return result.document;
}

using test::synthetic;

QuantConfig perTensorDynamic()
{
    QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
    config.defaults.weightScheme = WeightScheme::PerTensorSymmetric;
    return config;
}

} // namespace

class TestQuantSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staticCnnFollowsTheConvertedModel()
    {
        const auto doc = open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        const QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        QString error;
        auto sim = QuantSimulation::create(*doc, config, synthetic(1), synthetic(2), {}, nullptr, &error);
        QVERIFY2(sim, qPrintable(error));
        QCOMPARE(sim->mode(), QuantMode::Static);
        QCOMPARE(sim->layers(), (QStringList{"conv1", "conv2", "fc1", "fc2"}));
        // conv1's points: its weight, the model input before it and its (ReLU'd) output after it.
        QCOMPARE(sim->observersOf(QStringLiteral("conv1")).size(), 3);

        // Nothing switched on: the folded float model, equal to the float one up to rounding.
        const SimulationScore none = sim->evaluate({});
        QVERIFY2(none.valid, qPrintable(none.error));
        QVERIFY2(none.sqnrDb > 80, qPrintable(QString::number(none.sqnrDb)));
        QCOMPARE(none.agreement, 1.0);

        // Everything on: within a few dB of the really converted model on the same data.
        const SimulationScore all = sim->evaluate(sim->layers());
        QVERIFY(all.valid);
        QuantizeOptions options;
        options.config = config;
        options.calibration = synthetic(1);
        const QuantizeResult converted = quantize(*doc, options);
        QVERIFY2(converted, qPrintable(converted.error));
        const OutputAgreement real = compareOutputs(*doc, *converted.model, synthetic(2));
        QVERIFY(real.valid);
        QVERIFY2(std::abs(all.sqnrDb - real.sqnrDb) < 3.0,
                 qPrintable(QStringLiteral("simulated %1 dB, converted %2 dB").arg(all.sqnrDb).arg(real.sqnrDb)));

        // One layer on costs less than all of them.
        const SimulationScore one = sim->evaluate({QStringLiteral("fc2")});
        QVERIFY(one.sqnrDb > all.sqnrDb);
    }

    void perLayerErrors()
    {
        const auto doc = open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QString error;
        auto sim = QuantSimulation::create(*doc, QuantConfig::preset(QuantEngine::OneDnn), synthetic(1),
                                           synthetic(2), {}, nullptr, &error);
        QVERIFY2(sim, qPrintable(error));
        const QVector<LayerError> errors = sim->layerErrors(sim->layers());
        QCOMPARE(errors.size(), 4);
        const QVector<int> channels{8, 16, 32, 10};
        for (int i = 0; i < errors.size(); ++i) {
            const LayerError &e = errors.at(i);
            QVERIFY2(e.activationSqnrDb > 20 && e.activationSqnrDb < 60,
                     qPrintable(QStringLiteral("%1: %2 dB").arg(e.layer).arg(e.activationSqnrDb)));
            // Per-channel symmetric int8 of roughly uniform weights: about 6 dB per bit, 40-48 dB.
            QVERIFY2(e.weightSqnrDb > 35 && e.weightSqnrDb < 55,
                     qPrintable(QStringLiteral("%1: weight %2 dB").arg(e.layer).arg(e.weightSqnrDb)));
            QVERIFY(e.weightRelativeError > 0 && e.weightRelativeError < 0.02);
            QCOMPARE(e.channelSqnrDb.size(), channels.at(i));
        }
        // Errors accumulate: a layer's output is cleaner when the layers before it stay float. Only the
        // switched-on layers are reported.
        const QVector<LayerError> alone = sim->layerErrors({QStringLiteral("conv2")});
        QCOMPARE(alone.size(), 1);
        QVERIFY2(alone.first().activationSqnrDb > errors.at(1).activationSqnrDb,
                 qPrintable(QStringLiteral("%1 dB alone, %2 dB after conv1").arg(alone.first().activationSqnrDb)
                                .arg(errors.at(1).activationSqnrDb)));
    }

    void fragileLayerStandsOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fragile.pt"));
        QString error;
        MlpOptions fragile;
        fragile.outlierLayer = 2;
        QVERIFY2(saveMlp(path, {64, 48, 48, 48, 10}, 5, {}, &error, fragile), qPrintable(error));
        const auto doc = open(path);
        auto sim = QuantSimulation::create(*doc, perTensorDynamic(), synthetic(1), synthetic(2), {}, nullptr, &error);
        QVERIFY2(sim, qPrintable(error));
        QCOMPARE(sim->mode(), QuantMode::Dynamic);
        QCOMPARE(sim->layers(), (QStringList{"fc1", "fc2", "fc3", "fc4"}));
        const QVector<LayerError> errors = sim->layerErrors(sim->layers());
        QCOMPARE(errors.size(), 4);
        for (const LayerError &e : errors) {
            // The outlier itself survives (it sets the scale and dominates the tensor's power); every
            // other channel is rounded to a few levels.
            QVector<double> channels = e.channelSqnrDb;
            std::sort(channels.begin(), channels.end());
            const double median = channels.at(channels.size() / 2);
            if (e.layer == QLatin1String("fc2"))
                QVERIFY2(median < 5, qPrintable(QString::number(median)));
            else
                QVERIFY2(median > 40 && e.weightSqnrDb > 40, qPrintable(e.layer + QString::number(median)));
        }
        const double alone = sim->evaluate({QStringLiteral("fc2")}).sqnrDb;
        for (const QString &other : {QStringLiteral("fc1"), QStringLiteral("fc3"), QStringLiteral("fc4")})
            QVERIFY2(sim->evaluate({other}).sqnrDb > alone + 10, qPrintable(other));
    }

    void refusesAConfigThatQuantizesNothing()
    {
        const auto doc = open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        config.defaults.mode = QuantMode::Float;
        QString error;
        QVERIFY(!QuantSimulation::create(*doc, config, synthetic(1), synthetic(2), {}, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("nothing to simulate")), qPrintable(error));
    }

    void cancelStopsCalibration()
    {
        const auto doc = open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        std::atomic_bool cancel{true};
        QString error = QStringLiteral("unchanged");
        QVERIFY(!QuantSimulation::create(*doc, QuantConfig::preset(QuantEngine::OneDnn), synthetic(1),
                                         synthetic(2), {}, &cancel, &error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuantSim)
#include "tst_quantsim.moc"
