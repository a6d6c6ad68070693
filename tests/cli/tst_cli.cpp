#include "experiment/experimentspec.h"
#include "model/modelfactory.h"
#include "store/experimentstore.h"
#include "testsupport.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QFile>
#include <QtTest>

using namespace qb;

// The sanitize preset sets QB_SANITIZED: there, a test that trains or calibrates on Fashion-MNIST
// for minutes says it skipped; the release suite (command 2, also in CI) runs it in full.
#define SKIP_WHEN_SANITIZED()                                                                                          \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("QB_SANITIZED"))                                                                 \
            QSKIP("takes minutes under the sanitizers; the release test suite runs it");                               \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
        // Bounds, checked before any work starts, with the range and the reason.
        QTest::newRow("threads") << QStringList{"--threads", "100000", "env"} << "--threads takes a whole number from 1 to 256";
        QTest::newRow("bench runs") << QStringList{"quantize", cnn, "--bench-runs", "100000000"} << "from 0 to 10000";
        QTest::newRow("batch size") << QStringList{"quantize", cnn, "--batch-size", "10000000"} << "from 1 to 65536";
        QTest::newRow("learning rate") << QStringList{"quantize", cnn, "--mode", "qat", "--lr", "1e308"} << "from 1e-12 to 10, not \"1e308\"";
        QTest::newRow("epochs nan") << QStringList{"quantize", cnn, "--mode", "qat", "--epochs", "nan"} << "from 1 to 1000, not \"nan\"";
        QTest::newRow("agreement share") << QStringList{"verify", cnn, "--reference", cnn, "--min-agreement", "150"}
                                         << "0.99, 99 or 99% (all mean 99%)";
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
        QTest::newRow("batch larger than memory") << QStringList{"quantize", test::fixture(QStringLiteral("cnn_scripted.pt")),
                                                                 "--input-shape", "1x1x100000x100000", "--no-log"}
                                                  << "more than half of this machine's";
        QTest::newRow("qat without labels") << QStringList{"quantize", test::fixture(QStringLiteral("mlp.pt")), "--mode", "qat", "--train", "synthetic"} << "labelled data";
    }
    void quantizeProblemsExitThree()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const test::CliResult cli = test::runCli(args);
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(phrase), qPrintable(cli.err));
    }

    // `spec --example` writes a spec that `spec --check` (the reader run, sensitivity and search
    // share) accepts; a misspelt key is named.
    void specExampleIsValidAndCheckNamesTheKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("example-spec.json"));
        const QString model = test::fixture(QStringLiteral("cnn_scripted.pt"));
        test::CliResult cli = test::runCli({QStringLiteral("spec"), QStringLiteral("--example"), QStringLiteral("--model"), model,
                                            QStringLiteral("--out"), path});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        cli = test::runCli({QStringLiteral("spec"), QStringLiteral("--check"), path});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(cli.out.contains(QLatin1String("a valid spec (static")), qPrintable(cli.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(json.value(QStringLiteral("model")).toString(), model);
        json.insert(QStringLiteral("calibraton"), json.value(QStringLiteral("calibration")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        cli = test::runCli({QStringLiteral("spec"), QStringLiteral("--check"), path});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("calibraton")), qPrintable(cli.err));
        QCOMPARE(test::runCli({QStringLiteral("spec")}).exitCode, 2); // neither --example nor --check
    }

    // A sweep run as two shards into a log each, as a job array would: the plan, the shards (a re-run
    // skips what is done), --status across the shard logs, merging them twice, the Slurm script and
    // the messages for bad input.
    void sweepShardsStatusAndMerge()
    {
        QTemporaryDir dir;
        const QJsonObject sweep{{QStringLiteral("name"), QStringLiteral("cnn")}, {QStringLiteral("spec"), test::quickCnnSpec().toJson()},
                                {QStringLiteral("grid"), QJsonObject{{QStringLiteral("modes"), QJsonArray{"dynamic", "static"}},
                                                                     {QStringLiteral("engines"), QJsonArray{"qnnpack", "onednn"}}}}};
        const QString file = test::writeFile(dir.filePath(QStringLiteral("sweep.json")), QJsonDocument(sweep).toJson());
        const QString shardLogs = dir.filePath(QStringLiteral("shard-{shard}.sqlite"));

        test::CliResult cli = test::runCli({"sweep", file, "--plan", "--shards", "2", "--json"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QJsonArray items = QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(3).toObject().value(QStringLiteral("shard")).toInt(), 1);

        cli = test::runCli({"sweep", file, "--shard", "0/2", "--db", shardLogs}, 300000);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QVERIFY2(cli.out.contains(QLatin1String("2 run, 0 already done, 0 failed")), qPrintable(cli.out));
        cli = test::runCli({"sweep", file, "--status", "--db", shardLogs, "--shards", "2"});
        QCOMPARE(cli.exitCode, 1); // not all done yet
        QVERIFY2(cli.out.contains(QLatin1String("2 done, 0 running, 0 failed, 2 missing of 4")), qPrintable(cli.out));
        cli = test::runCli({"sweep", file, "--shard", "1/2", "--db", shardLogs}, 300000);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        // A resubmitted task finds its items done.
        cli = test::runCli({"sweep", file, "--shard", "0/2", "--db", shardLogs});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(cli.out.contains(QLatin1String("0 run, 2 already done")), qPrintable(cli.out));
        cli = test::runCli({"sweep", file, "--status", "--db", shardLogs, "--shards", "2", "--json"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QCOMPARE(QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("done")).toInt(), 4);

        const QString merged = dir.filePath(QStringLiteral("merged.sqlite"));
        for (int pass = 0; pass < 2; ++pass) {
            cli = test::runCli({"merge", merged, dir.filePath(QStringLiteral("shard-0.sqlite")),
                                dir.filePath(QStringLiteral("shard-1.sqlite")), "--json"});
            QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
            const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
            QCOMPARE(json.value(QStringLiteral("added")).toInt(), pass == 0 ? 4 : 0);
            QCOMPARE(json.value(QStringLiteral("experiments")).toInt(), 4);
        }
        cli = test::runCli({"sweep", file, "--status", "--db", merged});
        QVERIFY2(cli.exitCode == 0 && cli.out.contains(QLatin1String("4 done")), qPrintable(cli.out + cli.err));

        const QString script = dir.filePath(QStringLiteral("sweep.sbatch"));
        cli = test::runCli({"sweep", file, "--emit", "slurm", "--shards", "4", "--db", shardLogs, "--out", script});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QFile sbatch(script);
        QVERIFY(sbatch.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sbatch.readAll());
        QVERIFY2(text.contains(QLatin1String("#SBATCH --array=0-3")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("--shard \"${SLURM_ARRAY_TASK_ID}/4\"")), qPrintable(text));

        // Bad input: one message each, exit 2, nothing run.
        const QList<std::pair<QStringList, QString>> bad{
            {{"sweep", file, "--shard", "2/2"}, "the index goes from 0 to 1"},
            {{"sweep", file, "--shard", "0/0"}, "at least 1"},
            {{"sweep", file, "--status", "--db", shardLogs}, "--shards N"},
            {{"sweep", file, "--emit", "pbs"}, "--emit knows slurm"},
            {{"sweep", dir.filePath(QStringLiteral("missing.json"))}, "does not exist"},
        };
        for (const auto &[args, phrase] : bad) {
            cli = test::runCli(args);
            QVERIFY2(cli.exitCode == 2, qPrintable(args.join(' ') + ": " + cli.err));
            QVERIFY2(cli.err.contains(phrase), qPrintable(cli.err));
        }
        QJsonObject unknown = sweep;
        unknown.insert(QStringLiteral("shards"), 4);
        cli = test::runCli({"sweep", test::writeFile(dir.filePath(QStringLiteral("unknown.json")), QJsonDocument(unknown).toJson()), "--plan"});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("Unknown key \"shards\"")), qPrintable(cli.err));
        cli = test::runCli({"merge", merged, merged});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("into itself")), qPrintable(cli.err));
    }

    // A search sweep: two shards start at once, one ranks the layers while the other waits for its
    // file; both then plan the same trials, run their halves, and --status names the best.
    void searchSweepRanksOnceAndShards()
    {
        QTemporaryDir dir;
        const QJsonObject sweep{{QStringLiteral("name"), QStringLiteral("budget")},
                                {QStringLiteral("spec"), test::quickCnnSpec().toJson()},
                                {QStringLiteral("search"), QJsonObject{{QStringLiteral("min_agreement"), 0.5},
                                                                       {QStringLiteral("max_trials"), 3}}}};
        const QString file = test::writeFile(dir.filePath(QStringLiteral("search.json")), QJsonDocument(sweep).toJson());
        const QString shardLogs = dir.filePath(QStringLiteral("shard-{shard}.sqlite"));

        test::CliResult cli = test::runCli({"sweep", file, "--plan"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY2(cli.out.contains(QLatin1String("planned once the layers are ranked")), qPrintable(cli.out));
        cli = test::runCli({"sweep", file, "--status", "--db", dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.out.contains(QLatin1String("No item has run yet")), qPrintable(cli.out));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QUANTBENCH_LANGUAGE"), QStringLiteral("en"));
        QProcess shards[2];
        for (int i = 0; i < 2; ++i) {
            shards[i].setProcessEnvironment(environment);
            shards[i].start(QStringLiteral(QB_CLI_PATH), {QStringLiteral("sweep"), file, QStringLiteral("--shard"),
                                                           QStringLiteral("%1/2").arg(i), QStringLiteral("--db"), shardLogs});
        }
        QString outputs;
        for (QProcess &p : shards) {
            QVERIFY(p.waitForFinished(300000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
            QVERIFY2(out.contains(QLatin1String("3 trial(s) planned")), qPrintable(out));
            outputs += out;
        }
        // Ranked once: exactly one shard's log holds a sensitivity sweep.
        int rankings = 0;
        for (int i = 0; i < 2; ++i) {
            QString error;
            const auto store = ExperimentStore::open(dir.filePath(QStringLiteral("shard-%1.sqlite").arg(i)), &error,
                                                     ExperimentStore::Access::ReadOnly);
            QVERIFY2(store, qPrintable(error));
            for (const ExperimentRecord &r : store->listExperiments({}))
                rankings += r.kind == ExperimentKind::Sensitivity;
        }
        QCOMPARE(rankings, 1);
        QCOMPARE(outputs.count(QLatin1String("ranked the layers here")), 1);
        QCOMPARE(outputs.count(QLatin1String("another process ranked the layers")), 1);
        QVERIFY2(outputs.contains(QLatin1String("2 run, 0 already done")) && outputs.contains(QLatin1String("1 run, 0 already done")),
                 qPrintable(outputs));

        cli = test::runCli({"sweep", file, "--plan", "--json"});
        const QJsonArray items = QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("axes")).toObject().value(QStringLiteral("float_layers")).toArray().size(), 0);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("axes")).toObject().value(QStringLiteral("float_layers")).toArray().size(), 2);

        cli = test::runCli({"sweep", file, "--status", "--db", shardLogs, "--shards", "2", "--json"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        const QJsonObject status = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("done")).toInt(), 3);
        const QJsonObject best = status.value(QStringLiteral("best")).toObject();
        QVERIFY2(best.value(QStringLiteral("within_budget")).toBool(), qPrintable(cli.out));
        QVERIFY(best.value(QStringLiteral("experiment_id")).toInt() > 0);
        cli = test::runCli({"sweep", file, "--status", "--db", shardLogs, "--shards", "2"});
        QVERIFY2(cli.out.contains(QLatin1String("best within the budget")), qPrintable(cli.out));

        // The emitted script works before any ranking exists; --prepare refuses a grid.
        const QString script = dir.filePath(QStringLiteral("search.sbatch"));
        cli = test::runCli({"sweep", file, "--emit", "slurm", "--shards", "2", "--db", shardLogs, "--out", script});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QJsonObject grid = sweep;
        grid.remove(QStringLiteral("search"));
        grid.insert(QStringLiteral("grid"), QJsonObject{{QStringLiteral("modes"), QJsonArray{"dynamic"}}});
        cli = test::runCli({"sweep", test::writeFile(dir.filePath(QStringLiteral("grid.json")), QJsonDocument(grid).toJson()),
                            "--prepare"});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.contains(QLatin1String("is a grid")), qPrintable(cli.err));
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

    // quantize takes the same path as run: its run lands in the log (unless --no-log), with its artifact.
    void quantizeRecordsInTheLog()
    {
        SKIP_WHEN_SANITIZED();
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("log.sqlite"));
        const QString out = dir.filePath(QStringLiteral("q.pt"));
        const QString cnn = test::fixture(QStringLiteral("cnn_scripted.pt"));
        const test::CliResult cli = test::runCli({"quantize", cnn, "--engine", "qnnpack", "--calib-batches", "2", "--db", log,
                                                  "--bench-runs", "3", "--json", "--out", out});
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        const qint64 id = json.value(QStringLiteral("experiment_id")).toInteger();
        QVERIFY2(id > 0, qPrintable(cli.out));
        QVERIFY(json.contains(QStringLiteral("latency")));
        QString error;
        auto store = ExperimentStore::open(log, &error);
        QVERIFY2(store, qPrintable(error));
        const auto row = store->experiment(id);
        QVERIFY(row);
        QCOMPARE(row->status, ExperimentStatus::Finished);
        QCOMPARE(row->mode, ExperimentMode::Static);
        QCOMPARE(row->engine, QuantEngine::Qnnpack);
        QVERIFY(row->latencyMedianMs > 0);
        QCOMPARE(row->artifacts.size(), 1);
        QCOMPARE(row->artifacts.first().path, out);
        QCOMPARE(store->countExperiments(), 1);
        QCOMPARE(test::runCli({"quantize", cnn, "--engine", "qnnpack", "--calib-batches", "2", "--db", log, "--no-log"}).exitCode, 0);
        QCOMPARE(store->countExperiments(), 1);
    }

    void verifyNamesTheViolatedBound()
    {
        SKIP_WHEN_SANITIZED();
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

    // Two integer inputs, scripted and traced: quantize on the CSV of token ids, then eval the saved
    // archive on the tensor file; eval reads the input spec stored in the archive.
    void twoInputModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("scripted") << "bert_tiny.pt";
        QTest::newRow("traced") << "bert_traced.pt";
    }
    void twoInputModels()
    {
        QFETCH(QString, model);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("q.pt"));
        const test::CliResult cli = test::runCli({"quantize", test::fixture(model), "--mode", "dynamic", "--calib",
                                                  test::fixture(QStringLiteral("bert_tokens.csv")), "--eval",
                                                  test::fixture(QStringLiteral("bert_tokens.pt")), "--json", "--out", out,
                                                  "--no-log"});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        const QJsonObject ops = json.value(QStringLiteral("coverage")).toObject().value(QStringLiteral("ops")).toObject();
        QCOMPARE(ops.value(QStringLiteral("quantized::embedding_bag_byte_rowwise_offsets")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("sqnr_db")).toDouble() > 30);
        const test::CliResult eval = test::runCli({"eval", out, "--reference", test::fixture(model), "--data",
                                                   test::fixture(QStringLiteral("bert_tokens.pt")), "--json"});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const QJsonObject e = QJsonDocument::fromJson(eval.out.toUtf8()).object();
        QVERIFY2(e.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("sqnr_db")).toDouble() > 30, qPrintable(eval.out));
        QCOMPARE(e.value(QStringLiteral("accuracy")).toObject().value(QStringLiteral("samples")).toInt(), 256);
        // The several-input form of --input-shape, with synthetic ids inside the stored vocabulary.
        const test::CliResult shaped = test::runCli({"quantize", test::fixture(model), "--mode", "dynamic", "--input-shape",
                                                     "input_ids:1x32:int64,attention_mask:1x32:int64", "--no-log"});
        QVERIFY2(shaped.exitCode == 0, qPrintable(shaped.err));
    }

    void badTokenCsvNamesTheInput()
    {
        QTemporaryDir dir;
        QStringList header, row;
        for (int i = 0; i < 32; ++i) {
            header << QStringLiteral("input_ids_%1").arg(i);
            row << QStringLiteral("4000");
        }
        for (int i = 0; i < 32; ++i) {
            header << QStringLiteral("attention_mask_%1").arg(i);
            row << QStringLiteral("1");
        }
        const QString csv = test::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                                            (header.join(QLatin1Char(',')) + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
        const test::CliResult cli = test::runCli({"quantize", test::fixture(QStringLiteral("bert_tiny.pt")), "--calib", csv, "--no-log"});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("input_ids")) && cli.err.contains(QLatin1String("4000"))
                     && cli.err.contains(QLatin1String("vocabulary")), qPrintable(cli.err));
    }

    // A failure inside LibTorch: one sentence first, then LibTorch's whole report with the failing op,
    // the TorchScript source line and its own message.
    void libtorchFailureKeepsItsCause()
    {
        const test::CliResult cli = test::runCli({"quantize", test::fixture(QStringLiteral("custom_block.pt")), "--input-shape",
                                                  "1x3x32x32", "--no-log"});
        QCOMPARE(cli.exitCode, 3);
        const QStringList lines = cli.err.split(QLatin1Char('\n'));
        QVERIFY2(lines.first().contains(QLatin1String("could not quantize")) && lines.first().contains(QLatin1String("conv2d")),
                 qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QLatin1String("Traceback of TorchScript, original code")), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QLatin1String("make_fixtures.py\", line")), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QLatin1String("expected input[")), qPrintable(cli.err));
    }

    // eval in a CI script: a measurement that was asked for and failed is exit 3, unless the user
    // said to carry on; unlabelled data is no failure (accuracy has no meaning there).
    void evalFailsWhenItCannotMeasure()
    {
        const QString csv = m_dir.filePath(QStringLiteral("three_columns.csv"));
        test::writeFile(csv, "a,b,label\n1,2,3\n");
        const QString cnn = test::fixture(QStringLiteral("cnn_scripted.pt"));
        const test::CliResult failed = test::runCli({"eval", cnn, "--data", csv});
        QCOMPARE(failed.exitCode, 3);
        QVERIFY2(failed.err.contains(QLatin1String("accuracy could not be measured"))
                     && failed.err.contains(QLatin1String("785 in all")), qPrintable(failed.err));
        const test::CliResult carriedOn = test::runCli({"eval", cnn, "--data", csv, "--keep-going"});
        QCOMPARE(carriedOn.exitCode, 0);
        QVERIFY2(carriedOn.out.contains(QLatin1String("not measured")), qPrintable(carriedOn.out));
        const test::CliResult unlabelled = test::runCli({"eval", cnn, "--data", "synthetic"});
        QCOMPARE(unlabelled.exitCode, 0);
        QVERIFY2(unlabelled.out.contains(QLatin1String("has no labels")), qPrintable(unlabelled.out));
    }

    void evalReportsAccuracyAndFlips()
    {
        SKIP_WHEN_SANITIZED();
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

    // The main job on a tiny subset: every experiment it prints is in the log with the same numbers,
    // and the report shows them.
    void demoTinyMatchesTheLog()
    {
        SKIP_WHEN_SANITIZED();
        const QString out = m_dir.filePath(QStringLiteral("demo"));
        const QString db = m_dir.filePath(QStringLiteral("demo/log.sqlite"));
        const test::CliResult cli = test::runCli({"demo", "--tiny", "--db", db, "--out", out}, 600000);
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QString error;
        auto store = ExperimentStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        ExperimentStore::Query all;
        const auto rows = store->listExperiments(all);
        QVERIFY(rows.size() >= 5); // float + 4 modes on at least one engine
        QFile report(out + QStringLiteral("/report.html"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(report.readAll());
        const QStringList lines = cli.out.split(QLatin1Char('\n'));
        for (const ExperimentRecord &r : rows) {
            QCOMPARE(r.status, ExperimentStatus::Finished);
            QVERIFY(!std::isnan(r.accuracy));
            const QString accuracy = QString::number(r.accuracy * 100, 'f', 2);
            // The summary table's row for this id carries the stored accuracy and label.
            const auto row = std::find_if(lines.cbegin(), lines.cend(), [&r](const QString &l) {
                return l.startsWith(QString::number(r.id) + QLatin1Char(' ')) && l.contains(r.label);
            });
            QVERIFY2(row != lines.cend(), qPrintable(r.label + QLatin1Char('\n') + cli.out));
            QVERIFY2(row->contains(accuracy), qPrintable(*row + QStringLiteral(" lacks ") + accuracy));
            QVERIFY2(html.contains(QStringLiteral("<td>%1</td>").arg(r.label.toHtmlEscaped())), qPrintable(r.label));
            QVERIFY(html.contains(QStringLiteral("<td class=\"n\">%1</td>").arg(accuracy)));
        }
        QCOMPARE(html.count(QLatin1String("data:image/png;base64,")), 5);
        // The text part: the BERT-like zoo model on the token task, float and dynamic with packed
        // embeddings.
        const auto text = std::find_if(rows.cbegin(), rows.cend(), [](const ExperimentRecord &r) {
            return r.label.startsWith(QLatin1String("demo text: dynamic"));
        });
        QVERIFY2(text != rows.cend(), qPrintable(cli.out));
        QCOMPARE(text->mode, ExperimentMode::Dynamic);
        // Quantized experiments keep per-layer rows, their saved model and their log.
        const auto quantized = std::find_if(rows.cbegin(), rows.cend(), [](const ExperimentRecord &r) {
            return r.mode == ExperimentMode::Static;
        });
        QVERIFY(quantized != rows.cend());
        const auto full = store->experiment(quantized->id);
        QVERIFY(full);
        QCOMPARE(full->artifacts.size(), 1);
        QVERIFY(QFileInfo::exists(full->artifacts.first().path));
        QVERIFY(!full->log.isEmpty());
        const auto layers = store->layerMetrics(quantized->id);
        QCOMPARE(layers.size(), 4);
        for (const LayerMetricRecord &l : layers)
            QVERIFY2(std::isfinite(l.sqnrDb) && std::isfinite(l.weightSqnrDb), qPrintable(l.layer));

        // The same log in every report format.
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}) {
            const QString file = m_dir.filePath(QStringLiteral("report.") + format);
            const test::CliResult exported = test::runCli({"report", "--db", db, "--experiments", "all", "--out", file});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            if (format == QLatin1String("pdf"))
                QVERIFY(bytes.startsWith("%PDF"));
            else
                QVERIFY2(bytes.contains(rows.first().label.toUtf8()), qPrintable(format));
        }
        const test::CliResult missing = test::runCli({"report", "--db", db, "--experiments", "999", "--out", m_dir.filePath(QStringLiteral("x.md"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(QLatin1String("Experiment 999 is not in")));
        const test::CliResult badFormat = test::runCli({"report", "--db", db, "--out", m_dir.filePath(QStringLiteral("x.docx"))});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains(QLatin1String("html, pdf, md, csv or json")));
    }

    void sensitivityAndSearch()
    {
        SKIP_WHEN_SANITIZED();
        const QString model = m_dir.filePath(QStringLiteral("fragile.pt"));
        QString error;
        MlpOptions fragile;
        fragile.outlierLayer = 2;
        QVERIFY2(saveMlp(model, {64, 48, 48, 48, 10}, 5, {}, &error, fragile), qPrintable(error));
        ExperimentSpec spec;
        spec.modelPath = model;
        spec.quantization = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic);
        spec.quantization.defaults.weightScheme = WeightScheme::PerTensorSymmetric;
        spec.evaluation.seed = 2;
        spec.benchmarkRuns = 3;
        spec.benchmarkBatch = 8;
        const QString specPath = test::writeFile(m_dir.filePath(QStringLiteral("spec.json")),
                                                 QJsonDocument(spec.toJson()).toJson());
        const QString db = m_dir.filePath(QStringLiteral("search.sqlite"));

        const test::CliResult sweep = test::runCli({"sensitivity", specPath, "--db", db, "--json"});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        const QJsonObject ranking = QJsonDocument::fromJson(sweep.out.toUtf8()).object();
        QCOMPARE(ranking.value(QStringLiteral("layers")).toArray().first().toObject().value(QStringLiteral("layer")).toString(),
                 QStringLiteral("fc2"));

        const test::CliResult found = test::runCli({"search", specPath, "--db", db, "--min-agreement", "95", "--objective", "size"});
        QVERIFY2(found.exitCode == 0, qPrintable(found.out + found.err));
        QVERIFY2(found.out.contains(QLatin1String("float layers: fc2\n")), qPrintable(found.out));

        const test::CliResult limited = test::runCli({"search", specPath, "--db", db, "--min-agreement", "95", "--max-trials", "1"});
        QCOMPARE(limited.exitCode, 1);
        QVERIFY2(limited.out.contains(QLatin1String("no trial met the budget; closest: experiment")), qPrintable(limited.out));
        QVERIFY(limited.out.contains(QLatin1String("stopped: trial limit")));

        const test::CliResult noBudget = test::runCli({"search", specPath, "--db", db});
        QCOMPARE(noBudget.exitCode, 2);
        QVERIFY(noBudget.err.contains(QLatin1String("give a budget")));
        const test::CliResult badMode = test::runCli({"sensitivity", specPath, "--mode", "sideways"});
        QCOMPARE(badMode.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
