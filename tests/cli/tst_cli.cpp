#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qb;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("no command") << QStringList{} << "Usage: quantbench-cli";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option") << QStringList{"env", "--colour"} << "Unknown option 'colour'";
        QTest::newRow("inspect without model") << QStringList{"inspect"} << "inspect takes one MODEL file";
        QTest::newRow("bad shape") << QStringList{"inspect", "x.pt", "--input-shape", "1xqx2"} << "\"q\"";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const test::CliResult cli = test::runCli(args);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(phrase), qPrintable(cli.err));
    }

    void inspectText()
    {
        const test::CliResult cli = test::runCli({QStringLiteral("inspect"), test::fixture(QStringLiteral("cnn_scripted.pt"))});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains(QLatin1String("conv1")));
        QVERIFY(cli.out.contains(QLatin1String("static, dynamic, QAT")));
        QVERIFY(cli.out.contains(QLatin1String("26.7k in 12 layers, 4 quantizable")));
        QVERIFY(cli.out.contains(QLatin1String("input       1x1x28x28 (archive)")));
    }

    void inspectJson()
    {
        const test::CliResult cli = test::runCli({QStringLiteral("inspect"), QStringLiteral("--json"),
                                                  test::fixture(QStringLiteral("cnn_traced.pt"))});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("total_params")).toInteger(), 26746);
        QCOMPARE(json.value(QStringLiteral("input")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("guessed"));
        const QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), 12);
        const QJsonObject fc1 = layers.at(9).toObject();
        QCOMPARE(fc1.value(QStringLiteral("name")).toString(), QStringLiteral("fc1"));
        QCOMPARE(fc1.value(QStringLiteral("bytes_by_dtype")).toObject().value(QStringLiteral("float32")).toInteger(),
                 (784 * 32 + 32) * 4);
        const QJsonObject weight = fc1.value(QStringLiteral("tensors")).toArray().at(0).toObject();
        QCOMPARE(weight.value(QStringLiteral("channel_max")).toArray().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
