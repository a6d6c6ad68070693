#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
        const QString cnn = test::fixture(QStringLiteral("cnn_scripted.pt"));
        QTest::newRow("bad mode") << QStringList{"quantize", cnn, "--mode", "int4"} << "--mode must be dynamic, static, hybrid or qat";
        QTest::newRow("both schemes") << QStringList{"quantize", cnn, "--per-channel", "--per-tensor"} << "contradict";
        QTest::newRow("skip and only") << QStringList{"quantize", cnn, "--skip", "fc1", "--only", "fc2"} << "contradict";
        QTest::newRow("unknown layer") << QStringList{"quantize", cnn, "--skip", "fc9"} << "\"fc9\", which is not a layer of this model; its layers are: conv1, bn1";
        QTest::newRow("missing engine") << QStringList{"quantize", cnn, "--engine", "fbgemm"} << "not in this LibTorch build";
        QTest::newRow("bad observer") << QStringList{"quantize", cnn, "--observer", "median"} << "Unknown observer \"median\"";
        QTest::newRow("missing data") << QStringList{"quantize", cnn, "--calib", "/nonexistent/data.pt"} << "There is no data at";
        QTest::newRow("zoo name") << QStringList{"zoo", "resnet", "--out", "x.pt"} << "name one zoo model: cnn, mlp, lstm, transformer";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const test::CliResult cli = test::runCli(args);
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(phrase), qPrintable(cli.err));
    }

    void quantizeProblemsExitThree_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing model") << QStringList{"quantize", "/nonexistent/model.pt"} << "There is no file";
        QTest::newRow("qat without labels") << QStringList{"quantize", test::fixture(QStringLiteral("mlp.pt")), "--mode", "qat", "--train", "synthetic"} << "labelled data";
        QTest::newRow("two inputs") << QStringList{"quantize", test::fixture(QStringLiteral("two_inputs.pt")), "--mode", "dynamic"} << "exactly one tensor input";
    }
    void quantizeProblemsExitThree()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const test::CliResult cli = test::runCli(args);
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(phrase), qPrintable(cli.err));
    }

    void quantizeSavesAndReports()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("q.pt"));
        const test::CliResult cli = test::runCli({QStringLiteral("quantize"), test::fixture(QStringLiteral("cnn_scripted.pt")),
                                                  QStringLiteral("--engine"), QStringLiteral("qnnpack"), QStringLiteral("--skip"),
                                                  QStringLiteral("fc2"), QStringLiteral("--calib-batches"), QStringLiteral("2"),
                                                  QStringLiteral("--json"), QStringLiteral("--out"), out});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("qnnpack"));
        QCOMPARE(json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("float_kinds")).toArray().first().toString(),
                 QStringLiteral("aten::linear"));
        QVERIFY(json.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("sqnr_db")).toDouble() > 25);
        QVERIFY(QFileInfo::exists(out));
        const test::CliResult inspect = test::runCli({QStringLiteral("inspect"), out});
        QCOMPARE(inspect.exitCode, 0);
        QVERIFY2(inspect.out.contains(QLatin1String("qint8")), qPrintable(inspect.out));
    }

    void verifyNamesTheViolatedBound()
    {
        QTemporaryDir dir;
        const QString cnn = test::fixture(QStringLiteral("cnn_scripted.pt"));
        const QString good = dir.filePath(QStringLiteral("good.pt"));
        const QString broken = dir.filePath(QStringLiteral("broken.pt"));
        // A deliberately broken config: activations squeezed into 4 levels.
        const QString config = test::writeFile(dir.filePath(QStringLiteral("broken.json")),
            R"({"engine": "qnnpack", "default": {"mode": "static", "observer": "minmax", "quant_min": 0, "quant_max": 3}})");
        QCOMPARE(test::runCli({"quantize", cnn, "--engine", "qnnpack", "--observer", "minmax", "--out", good}).exitCode, 0);
        const test::CliResult made = test::runCli({"quantize", cnn, "--config", config, "--out", broken});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));

        const QStringList bounds{"--reference", cnn, "--data", "synthetic", "--min-sqnr", "25", "--min-agreement", "90"};
        const test::CliResult pass = test::runCli(QStringList{"verify", good} + bounds);
        QCOMPARE(pass.exitCode, 0);
        QVERIFY2(pass.out.startsWith(QLatin1String("ok: every bound holds")), qPrintable(pass.out));

        const test::CliResult fail = test::runCli(QStringList{"verify", broken} + bounds);
        QCOMPARE(fail.exitCode, 1);
        QVERIFY2(fail.out.contains(QLatin1String("violated: output SQNR")), qPrintable(fail.out));
        QVERIFY2(fail.out.contains(QLatin1String("below the bound of 25 dB")), qPrintable(fail.out));

        QCOMPARE(test::runCli({"verify", good, "--reference", cnn}).exitCode, 2);       // no bound
        QCOMPARE(test::runCli({"verify", good, "--min-sqnr", "20"}).exitCode, 2);       // no reference
    }

    void evalReportsAccuracyAndFlips()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            QSKIP("dataset-fashion-mnist is not installed");
        QTemporaryDir dir;
        const QString cnn = test::fixture(QStringLiteral("cnn_scripted.pt"));
        const QString quant = dir.filePath(QStringLiteral("q.pt"));
        QCOMPARE(test::runCli({"quantize", cnn, "--engine", "qnnpack", "--calib", "fashion-mnist", "--out", quant}).exitCode, 0);
        const test::CliResult cli = test::runCli({"eval", quant, "--reference", cnn, "--data", "fashion-mnist:test",
                                                  "--batches", "2", "--json"});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        const QJsonObject accuracy = json.value(QStringLiteral("accuracy")).toObject();
        QCOMPARE(accuracy.value(QStringLiteral("samples")).toInt(), 512);
        QCOMPARE(accuracy.value(QStringLiteral("confusion")).toArray().size(), 10);
        const QJsonObject agreement = json.value(QStringLiteral("agreement")).toObject();
        const int flips = agreement.value(QStringLiteral("flipped_count")).toInt();
        QCOMPARE(agreement.value(QStringLiteral("flipped")).toArray().size(), flips);
        QVERIFY(std::abs(agreement.value(QStringLiteral("top1_agreement")).toDouble() - (1.0 - flips / 512.0)) < 1e-9);
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
