#include "model/inputspec.h"

#include <QJsonArray>
#include <QtTest>

using namespace qb;

class TestInputSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shape");      // canonical text, empty when invalid
        QTest::addColumn<QString>("errorPart");  // part of the message when invalid
        QTest::newRow("x separated") << "1x1x28x28" << "1x1x28x28" << "";
        QTest::newRow("commas") << "1, 3, 224, 224" << "1x3x224x224" << "";
        QTest::newRow("empty") << "" << "" << "empty";
        QTest::newRow("zero") << "1x0x28" << "" << "\"0\"";
        QTest::newRow("word") << "1xabc" << "" << "\"abc\"";
        QTest::newRow("negative") << "1x-3" << "" << "\"-3\"";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, shape);
        QFETCH(QString, errorPart);
        QString error;
        const InputSpec spec = InputSpec::parseShape(text, &error);
        QCOMPARE(spec.isValid(), !shape.isEmpty());
        if (spec.isValid()) {
            QCOMPARE(spec.shapeText(), shape);
            QCOMPARE(spec.source, InputSpec::Source::User);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("1x1x28x28")), "the message shows the expected form");
        }
    }

    void fromJson()
    {
        QString error;
        const InputSpec spec = InputSpec::fromJson(
            QJsonObject{{QStringLiteral("shape"), QJsonArray{1, 1, 28, 28}}, {QStringLiteral("dtype"), QStringLiteral("float32")}},
            &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(spec.shapeText(), QStringLiteral("1x1x28x28"));
        QCOMPARE(spec.source, InputSpec::Source::Archive);

        const InputSpec bad = InputSpec::fromJson(QJsonObject{{QStringLiteral("shape"), QJsonArray{1, -2}}}, &error);
        QVERIFY(!bad.isValid());
        QVERIFY(error.contains(QLatin1String("input.shape")));
    }
};

QTEST_GUILESS_MAIN(TestInputSpec)
#include "tst_inputspec.moc"
