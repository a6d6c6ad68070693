#include "quant/quantconfig.h"

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
        QuantConfig c = QuantConfig::preset(QStringLiteral("qnnpack"));
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
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("weightDtype");
        QTest::addColumn<QString>("phrase"); // empty: valid
        const QStringList engines{"onednn", "qnnpack"};
        QTest::newRow("ok") << "onednn" << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Static) << "qint8" << "";
        QTest::newRow("onednn affine") << "onednn" << int(WeightScheme::PerTensorAffine) << int(QuantMode::Static)
                                       << "qint8" << "only supports symmetric weights";
        QTest::newRow("qnnpack affine ok") << "qnnpack" << int(WeightScheme::PerTensorAffine) << int(QuantMode::Static)
                                           << "qint8" << "";
        QTest::newRow("missing engine") << "fbgemm" << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Static)
                                        << "qint8" << "choose one of: onednn, qnnpack";
        QTest::newRow("fp16 dynamic") << "qnnpack" << int(WeightScheme::PerTensorSymmetric) << int(QuantMode::Dynamic)
                                      << "float16" << "needs the fbgemm engine";
        QTest::newRow("qat") << "onednn" << int(WeightScheme::PerChannelSymmetric) << int(QuantMode::Qat) << "qint8" << "";
    }
    void validation()
    {
        QFETCH(QString, engine);
        QFETCH(int, scheme);
        QFETCH(int, mode);
        QFETCH(QString, weightDtype);
        QFETCH(QString, phrase);
        QuantConfig c;
        c.engine = engine;
        c.defaults.weightScheme = WeightScheme(scheme);
        c.defaults.mode = QuantMode(mode);
        c.defaults.weightDtype = weightDtype;
        const QStringList problems = validateConfig(c, {QStringLiteral("onednn"), QStringLiteral("qnnpack")});
        if (phrase.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(phrase), qPrintable(problems.first()));
        }
    }

    void presets()
    {
        QCOMPARE(QuantConfig::preset(QStringLiteral("qnnpack")).defaults.weightScheme, WeightScheme::PerTensorSymmetric);
        QCOMPARE(QuantConfig::preset(QStringLiteral("onednn")).defaults.weightScheme, WeightScheme::PerChannelSymmetric);
        QVERIFY(!QuantConfig::preset(QStringLiteral("onednn")).defaults.reduceRange);
        QVERIFY(QuantConfig::preset(QStringLiteral("fbgemm")).defaults.reduceRange);
        QCOMPARE(QuantConfig::preset(QStringLiteral("onednn")).defaults.observer, ObserverKind::Mse);
    }
};

QTEST_GUILESS_MAIN(TestQuantConfig)
#include "tst_quantconfig.moc"
