#include "model/modelinfo.h"
#include "quant/quantconfig.h"
#include "quant/quantizer.h"

#include <QJsonDocument>
#include <QtTest>

using namespace qb;

class TestQuantConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestPrefixWins()
    {
        QuantConfig c;
        c.defaults.mode = QuantMode::Static;
        c.setLayerMode(QStringLiteral("features"), QuantMode::Float);
        c.setLayerMode(QStringLiteral("features.2"), QuantMode::Dynamic);
        QCOMPARE(c.forLayer(QStringLiteral("classifier")).mode, QuantMode::Static);
        QCOMPARE(c.forLayer(QStringLiteral("features")).mode, QuantMode::Float);
        QCOMPARE(c.forLayer(QStringLiteral("features.0.conv")).mode, QuantMode::Float);
        QCOMPARE(c.forLayer(QStringLiteral("features.2.fc")).mode, QuantMode::Dynamic);
        // "features2" is not inside "features".
        QCOMPARE(c.forLayer(QStringLiteral("features2")).mode, QuantMode::Static);
    }

    void jsonRoundTrip()
    {
        QuantConfig c = QuantConfig::preset(QuantEngine::Qnnpack);
        c.defaults.observer = ObserverKind::Percentile;
        c.defaults.percentile = 99.9;
        c.defaults.quantMin = 0;
        c.defaults.quantMax = 127;
        c.setLayerMode(QStringLiteral("fc2"), QuantMode::Float);
        LayerQuantConfig conv = c.defaults;
        conv.weightScheme = WeightScheme::PerChannelAffine;
        conv.observer = ObserverKind::MovingAverage;
        conv.averaging = 0.125;
        c.layers.insert(QStringLiteral("conv1"), conv);

        const QByteArray text = QJsonDocument(c.toJson()).toJson();
        QString error;
        const QuantConfig back = QuantConfig::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(back == c);
        QCOMPARE(QJsonDocument(back.toJson()).toJson(), text);
    }

    void partialLayerEntriesInheritTheDefault()
    {
        const QByteArray text = R"({"engine": "onednn", "default": {"mode": "static", "observer": "mse"},
                                    "layers": {"fc2": {"mode": "float"}}})";
        QString error;
        const QuantConfig c = QuantConfig::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.forLayer(QStringLiteral("fc2")).mode, QuantMode::Float);
        QCOMPARE(c.forLayer(QStringLiteral("fc2")).observer, ObserverKind::Mse);
    }

    void badJsonNamesTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unknown top") << QByteArray(R"({"engin": "onednn"})") << "\"engin\"";
        QTest::newRow("unknown layer key") << QByteArray(R"({"layers": {"fc": {"mdoe": "float"}}})") << "layers.fc.mdoe";
        QTest::newRow("bad mode") << QByteArray(R"({"default": {"mode": "int4"}})") << "default.mode";
        QTest::newRow("wrong type") << QByteArray(R"({"default": {"reduce_range": "yes"}})") << "default.reduce_range";
        QTest::newRow("bad observer") << QByteArray(R"({"default": {"observer": "percentile:120"}})") << "percentile";
        QTest::newRow("layers not object") << QByteArray(R"({"layers": []})") << "\"layers\"";
    }
    void badJsonNamesTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        QString error;
        QuantConfig::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.contains(phrase), qPrintable(error));
    }

    void validation_data()
    {
        QTest::addColumn<QuantEngine>("engine");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("weightDtype");
        QTest::addColumn<QString>("phrase"); // empty: valid
        QTest::newRow("ok") << QuantEngine::OneDnn << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Static) << "qint8" << "";
        QTest::newRow("onednn affine") << QuantEngine::OneDnn << int(WeightScheme::PerTensorAffine) << int(QuantMode::Static)
                                       << "qint8" << "only supports symmetric weights";
        QTest::newRow("qnnpack affine ok") << QuantEngine::Qnnpack << int(WeightScheme::PerTensorAffine) << int(QuantMode::Static)
                                           << "qint8" << "";
        QTest::newRow("missing engine") << QuantEngine::Fbgemm << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Static)
                                        << "qint8" << "choose one of: onednn, qnnpack";
        QTest::newRow("fp16 dynamic") << QuantEngine::Qnnpack << int(WeightScheme::PerTensorSymmetric) << int(QuantMode::Dynamic)
                                      << "float16" << "needs the fbgemm engine";
        QTest::newRow("qat") << QuantEngine::OneDnn << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Qat) << "qint8" << "";
    }
    void validation()
    {
        QFETCH(QuantEngine, engine);
        QFETCH(int, scheme);
        QFETCH(int, mode);
        QFETCH(QString, weightDtype);
        QFETCH(QString, phrase);
        QuantConfig c;
        c.engine = engine;
        c.defaults.weightScheme = WeightScheme(scheme);
        c.defaults.mode = QuantMode(mode);
        c.defaults.weightDtype = weightDtype;
        const QStringList problems = validateConfig(c, {QuantEngine::OneDnn, QuantEngine::Qnnpack});
        if (phrase.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(phrase), qPrintable(problems.first()));
        }
    }

    void presets()
    {
        QCOMPARE(QuantConfig::preset(QuantEngine::Qnnpack).defaults.weightScheme, WeightScheme::PerTensorSymmetric);
        QCOMPARE(QuantConfig::preset(QuantEngine::OneDnn).defaults.weightScheme, WeightScheme::PerChannelSymmetric);
        QVERIFY(!QuantConfig::preset(QuantEngine::OneDnn).defaults.reduceRange);
        QVERIFY(QuantConfig::preset(QuantEngine::Fbgemm).defaults.reduceRange);
        QCOMPARE(QuantConfig::preset(QuantEngine::OneDnn).defaults.observer, ObserverKind::Mse);
    }

    /// A model tree built by hand: a root with the given (name, qualified type) children.
    static ModelInfo modelOf(const QList<QPair<QString, QString>> &children)
    {
        ModelInfo info;
        LayerInfo root;
        root.qualifiedType = QStringLiteral("__torch__.Net");
        root.type = QStringLiteral("Net");
        root.kind = classifyLayerType(root.qualifiedType);
        info.layers << root;
        for (const auto &[name, type] : children) {
            LayerInfo layer;
            layer.index = int(info.layers.size());
            layer.parent = 0;
            layer.depth = 1;
            layer.name = name;
            layer.qualifiedType = type;
            layer.type = shortTypeName(type);
            layer.kind = classifyLayerType(type);
            info.layers[0].children << layer.index;
            info.layers << layer;
        }
        return info;
    }

    // The rules that tie layers together, which the layer tree shows before a run and the quantizer
    // follows.
    void planTiesLstmsTogether()
    {
        const ModelInfo info = modelOf({{QStringLiteral("lstm1"), QStringLiteral("torch.nn.modules.rnn.LSTM")},
                                        {QStringLiteral("lstm2"), QStringLiteral("torch.nn.modules.rnn.LSTM")},
                                        {QStringLiteral("fc"), QStringLiteral("torch.nn.modules.linear.Linear")}});
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        QuantPlan plan = planQuantization(info, config);
        QVERIFY(plan.problem.isEmpty());
        QCOMPARE(plan.find(QStringLiteral("lstm2"))->result, QuantMode::Dynamic);

        // One LSTM kept float keeps the other float too: they are rewritten together.
        config.setLayerMode(QStringLiteral("lstm1"), QuantMode::Float);
        plan = planQuantization(info, config);
        QCOMPARE(plan.find(QStringLiteral("lstm2"))->requested, QuantMode::Dynamic);
        QCOMPARE(plan.find(QStringLiteral("lstm2"))->result, QuantMode::Float);
        QVERIFY(plan.find(QStringLiteral("lstm2"))->reason.contains(QLatin1String("rewritten together")));
        QCOMPARE(plan.find(QStringLiteral("fc"))->result, QuantMode::Dynamic);
        QVERIFY(plan.problem.isEmpty());

        // Both dynamic, each with its own weights: the last one's settings apply to both.
        config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        LayerQuantConfig perTensor = config.defaults;
        perTensor.weightScheme = WeightScheme::PerTensorSymmetric;
        config.layers.insert(QStringLiteral("lstm2"), perTensor);
        plan = planQuantization(info, config);
        QCOMPARE(plan.weights.value(QStringLiteral("lstm1")), WeightScheme::PerTensorSymmetric);
        QVERIFY(plan.weightsNotes.contains(QStringLiteral("lstm1")));
        QVERIFY(!plan.weightsNotes.contains(QStringLiteral("lstm2")));
        QCOMPARE(plan.weights.value(QStringLiteral("fc")), WeightScheme::PerChannelSymmetric);
    }

    void planOfMixedConfigs()
    {
        const ModelInfo info = modelOf({{QStringLiteral("conv"), QStringLiteral("torch.nn.modules.conv.Conv2d")},
                                        {QStringLiteral("fc1"), QStringLiteral("torch.nn.modules.linear.Linear")},
                                        {QStringLiteral("fc2"), QStringLiteral("torch.nn.modules.linear.Linear")},
                                        {QStringLiteral("block"), QStringLiteral("__torch__.MyBlock")}});
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Static);
        QuantPlan plan = planQuantization(info, config);
        QVERIFY(plan.problem.isEmpty());
        QVERIFY(plan.anyStatic && !plan.anyDynamic);
        QCOMPARE(plan.find(QStringLiteral("block"))->result, QuantMode::Float); // a user's own module, said so
        QVERIFY(!plan.find(QStringLiteral("block"))->reason.isEmpty());

        // Static conv, dynamic Linear layers with different schemes: after the static pass the
        // dynamic pass applies one scheme, the last dynamic override's.
        LayerQuantConfig dynamicPerTensor = config.defaults;
        dynamicPerTensor.mode = QuantMode::Dynamic;
        dynamicPerTensor.weightScheme = WeightScheme::PerTensorSymmetric;
        LayerQuantConfig dynamicPerChannel = dynamicPerTensor;
        dynamicPerChannel.weightScheme = WeightScheme::PerChannelSymmetric;
        config.layers.insert(QStringLiteral("fc1"), dynamicPerTensor);
        config.layers.insert(QStringLiteral("fc2"), dynamicPerChannel);
        plan = planQuantization(info, config);
        QVERIFY(plan.problem.isEmpty());
        QCOMPARE(plan.weights.value(QStringLiteral("fc1")), WeightScheme::PerChannelSymmetric);
        QVERIFY(plan.weightsNotes.contains(QStringLiteral("fc1")));
        QCOMPARE(plan.weights.value(QStringLiteral("conv")), WeightScheme::PerChannelSymmetric);

        // A float Linear layer next to static and dynamic ones cannot be converted.
        config.setLayerMode(QStringLiteral("fc2"), QuantMode::Float);
        plan = planQuantization(info, config);
        QVERIFY2(plan.problem.contains(QLatin1String("mixes static and dynamic")), qPrintable(plan.problem));

        // Nothing to quantize.
        plan = planQuantization(info, QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Float));
        QVERIFY2(plan.problem.contains(QLatin1String("No layer would be quantized")), qPrintable(plan.problem));
    }
};

QTEST_GUILESS_MAIN(TestQuantConfig)
#include "tst_quantconfig.moc"
