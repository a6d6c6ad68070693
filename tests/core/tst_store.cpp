#include "store/experimentstore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <limits>

using namespace qb;

namespace {

ExperimentRecord record(const QString &label, double accuracy, ExperimentMode mode = ExperimentMode::Static)
{
    ExperimentRecord r;
    r.modelPath = QStringLiteral("/models/cnn.pt");
    r.modelSha256 = QStringLiteral("0123");
    r.label = label;
    r.mode = mode;
    r.engine = QuantEngine::OneDnn;
    r.status = ExperimentStatus::Finished;
    r.startedAt = QStringLiteral("2026-11-27T10:00:00Z");
    r.accuracy = accuracy;
    r.spec = QJsonObject{{QStringLiteral("label"), label}};
    return r;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    // A postgresql:// log is checked before anything is sent: a password in the URL, a URL without a
    // database, and a server that is not there each get their own message (the real server is
    // tests/cluster/postgres_store.sh).
    // Quantized models go beside a log file; a log on a server has no folder, so beside the default log.
    void artifactsGoBesideTheLog()
    {
        QCOMPARE(ExperimentStore::defaultArtifactFolder(QStringLiteral("/data/team/log.sqlite")),
                 QStringLiteral("/data/team/artifacts"));
        QCOMPARE(ExperimentStore::defaultArtifactFolder(QStringLiteral("postgresql://qb@db.example:5432/runs")),
                 QFileInfo(ExperimentStore::defaultPath()).absolutePath() + QStringLiteral("/artifacts"));
    }

    void serverUrlsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("password in the URL") << "postgresql://qb:secret@127.0.0.1:5432/quantbench" << "holds a password";
        QTest::newRow("no database") << "postgresql://qb@127.0.0.1:5432" << "is not a PostgreSQL log URL";
        QTest::newRow("nothing listens") << "postgres://qb@127.0.0.1:1/quantbench" << "Cannot reach PostgreSQL at 127.0.0.1:1";
    }

    void serverUrlsSayWhatIsWrong()
    {
        QFETCH(QString, url);
        QFETCH(QString, phrase);
        QVERIFY(ExperimentStore::isServerUrl(url));
        QVERIFY(!ExperimentStore::isServerUrl(path(QStringLiteral("postgresql.sqlite"))));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")) && phrase.startsWith(QLatin1String("Cannot reach")))
            phrase = QStringLiteral("libqt6sql6-psql");
        QString error;
        QVERIFY(!ExperimentStore::open(url, &error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error)); // never echoed
    }

    void freshLogIsMigrated()
    {
        QString error;
        auto store = ExperimentStore::open(path(QStringLiteral("fresh.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ExperimentStore::kSchemaVersion);
        QCOMPARE(store->countExperiments(), 0);
        QVERIFY(store->checkIntegrity());
        QVERIFY(store->addExperiment(record(QStringLiteral("a"), 0.5), {}, &error) > 0);
        store.reset();
        // Reopening keeps the rows and does not migrate again.
        auto again = ExperimentStore::open(path(QStringLiteral("fresh.sqlite")), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->countExperiments(), 1);
    }

    // A log left by each earlier schema version, with a row in it, migrates to the current one and
    // keeps the row.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < ExperimentStore::kSchemaVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString file = path(QStringLiteral("old-%1.sqlite").arg(from));
        QString error;
        qint64 id = 0;
        {
            auto old = ExperimentStore::openAtVersion(file, from, &error);
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->schemaVersion(), from);
            if (from >= 1) {
                // Written as that version's QuantBench wrote it: raw SQL of the version-1 tables.
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO models (path, sha256) VALUES ('/m.pt', 'ab')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO experiments (model_id, label, mode, engine, status, spec_json,"
                                              " started_at) VALUES (1, 'old run', 'static', 'onednn', 'finished', '{}',"
                                              " '2026-01-01T00:00:00Z')")));
                id = q.lastInsertId().toLongLong();
                QVERIFY(q.exec(QStringLiteral("INSERT INTO metrics (experiment_id, accuracy) VALUES (%1, 0.9)").arg(id)));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO layer_metrics (experiment_id, layer, sqnr_db) VALUES (%1, 'fc1', 33)").arg(id)));
                q.clear();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto store = ExperimentStore::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), ExperimentStore::kSchemaVersion);
        QVERIFY(store->checkIntegrity());
        if (from >= 1) {
            const auto r = store->experiment(id);
            QVERIFY(r);
            QCOMPARE(r->label, QStringLiteral("old run"));
            QCOMPARE(r->accuracy, 0.9);
            QCOMPARE(r->kind, ExperimentKind::Experiment); // the new column's default
            const auto layers = store->layerMetrics(id);
            QCOMPARE(layers.size(), 1);
            QCOMPARE(layers.first().sqnrDb, 33.0);
            QCOMPARE(layers.first().rank, 0);
        }
        // And the migrated log takes new rows with every new field.
        QVERIFY2(store->addExperiment(record(QStringLiteral("new"), 0.5), {}, &error) > 0, qPrintable(error));
    }

    void detailsArtifactsLogsAndChildrenRoundTrip()
    {
        QString error;
        auto store = ExperimentStore::open(path(QStringLiteral("details.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        ExperimentRecord parent = record(QStringLiteral("search"), qQNaN());
        parent.kind = ExperimentKind::Search;
        parent.modelSizeBytes = 4000;
        parent.modelLayerCount = 7;
        const qint64 parentId = store->addExperiment(parent, {}, &error);
        QVERIFY2(parentId > 0, qPrintable(error));

        ExperimentRecord trial = record(QStringLiteral("trial"), 0.8);
        trial.parentId = parentId;
        trial.sizeBytes = 1000;
        trial.modelSizeBytes = 4000;
        trial.details = QJsonObject{{QStringLiteral("latency"), QJsonObject{{QStringLiteral("p10_ms"), 1.5}}}};
        trial.artifacts << ArtifactRecord{QStringLiteral("/tmp/a.pt"), QStringLiteral("beef")};
        trial.log << LogRecord{QStringLiteral("2026-11-28T00:00:00Z"), LogLevel::Error, QStringLiteral("it broke")};
        LayerMetricRecord layer;
        layer.layer = QStringLiteral("fc1");
        layer.mode = QuantMode::Static;
        layer.weightSqnrDb = 41.5;
        layer.channelSqnrDb = {40.0, 42.0, std::numeric_limits<double>::infinity()};
        layer.sensitivity = 0.75;
        layer.rank = 1;
        layer.note = QStringLiteral("kept <float> \"on purpose\"");
        const qint64 id = store->addExperiment(trial, {layer}, &error);
        QVERIFY2(id > 0, qPrintable(error));

        const auto read = store->experiment(id);
        QVERIFY(read);
        QCOMPARE(read->parentId, parentId);
        QCOMPARE(read->modelSizeBytes, 4000);
        QCOMPARE(read->sizeRatio(), 0.25);
        QCOMPARE(read->details.value(QStringLiteral("latency")).toObject().value(QStringLiteral("p10_ms")).toDouble(), 1.5);
        QCOMPARE(read->artifacts.size(), 1);
        QCOMPARE(read->artifacts.first().sha256, QStringLiteral("beef"));
        QCOMPARE(read->log.size(), 1);
        QCOMPARE(read->log.first().message, QStringLiteral("it broke"));
        const auto layers = store->layerMetrics(id);
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers.first().weightSqnrDb, 41.5);
        QCOMPARE(layers.first().channelSqnrDb.size(), 3);
        QVERIFY(std::isinf(layers.first().channelSqnrDb.at(2)));
        QCOMPARE(layers.first().sensitivity, 0.75);
        QCOMPARE(layers.first().rank, 1);
        QCOMPARE(layers.first().note, layer.note);
        const auto trials = store->children(parentId);
        QCOMPARE(trials.size(), 1);
        QCOMPARE(trials.first().id, id);
        ExperimentStore::Query searches;
        searches.kind = ExperimentKind::Search;
        QCOMPARE(store->listExperiments(searches).size(), 1);
        // Deleting the search keeps its trials (they are experiments in their own right).
        QVERIFY(store->removeExperiment(parentId, &error));
        QVERIFY(store->experiment(id));
        QCOMPARE(store->experiment(id)->parentId, 0);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("text file") << "notes.sqlite" << "is not a QuantBench experiment log";
        QTest::newRow("folder") << "folder.sqlite" << "is a folder";
        QTest::newRow("newer schema") << "newer.sqlite" << "newer QuantBench (schema 99";
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QString, file);
        QFETCH(QString, phrase);
        test::writeFile(path(QStringLiteral("notes.sqlite")), QByteArray("this is not a database, just some text\n").repeated(50));
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.sqlite"));
        if (!QFileInfo::exists(path(QStringLiteral("newer.sqlite")))) {
            QString error;
            auto newer = ExperimentStore::open(path(QStringLiteral("newer.sqlite")), &error);
            QVERIFY(newer);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path(QStringLiteral("newer.sqlite")));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        QVERIFY(!ExperimentStore::open(path(file), &error));
        QVERIFY2(error.contains(phrase), qPrintable(error));
    }

    void alteredTableIsNamed()
    {
        const QString file = path(QStringLiteral("altered.sqlite"));
        QString error;
        QVERIFY2(ExperimentStore::open(file, &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE metrics DROP COLUMN sqnr_db")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
        for (auto access : {ExperimentStore::Access::ReadWrite, ExperimentStore::Access::ReadOnly}) {
            QVERIFY(!ExperimentStore::open(file, &error, access));
            QVERIFY2(error.contains(QLatin1String("table metrics has no column sqnr_db")), qPrintable(error));
        }
    }

    // A search's parent row stays "running" while its process works; when that process is killed,
    // the next open finds the process gone and says so, while a live owner's row is left alone.
    void staleRunningRowsAreMarkedInterrupted()
    {
        const QString file = path(QStringLiteral("stale.sqlite"));
        QString error;
        qint64 live = 0, dead = 0;
        {
            auto store = ExperimentStore::open(file, &error);
            QVERIFY2(store, qPrintable(error));
            ExperimentRecord running = record(QStringLiteral("search"), qQNaN());
            running.status = ExperimentStatus::Running;
            live = store->addExperiment(running, {}, &error);
            dead = store->addExperiment(running, {}, &error);
            QVERIFY(live > 0 && dead > 0);
        }
        // A real process that has ended: its PID no longer names it.
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(child.waitForStarted());
        const qint64 childPid = child.processId();
        QVERIFY(child.waitForFinished());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE experiments SET owner_pid = %1 WHERE id = %2").arg(childPid).arg(dead)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stale"));

        // Reading does not write: the row is still running for a read-only reader.
        auto reader = ExperimentStore::open(file, &error, ExperimentStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->experiment(dead)->status, ExperimentStatus::Running);

        auto store = ExperimentStore::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        const auto ended = store->experiment(dead);
        QCOMPARE(ended->status, ExperimentStatus::Interrupted);
        QVERIFY2(ended->error.contains(QStringLiteral("PID %1").arg(childPid)), qPrintable(ended->error));
        QVERIFY(!ended->finishedAt.isEmpty());
        QCOMPARE(store->experiment(live)->status, ExperimentStatus::Running);
    }

    void readOnlyAccessNeverWrites()
    {
        const QString file = path(QStringLiteral("readonly.sqlite"));
        QString error;
        QVERIFY(!ExperimentStore::open(file, &error, ExperimentStore::Access::ReadOnly));
        QVERIFY2(error.contains(QLatin1String("There is no experiment log")), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(file), "a read-only open created the log");
        {
            auto store = ExperimentStore::open(file, &error);
            QVERIFY(store && store->addExperiment(record(QStringLiteral("kept"), 0.5), {}, &error) > 0);
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (QFileInfo(file).isWritable()) // root: permissions do not stop writes; tests/cli covers a read-only mount
            QSKIP("running as root: a read-only file is still writable");
        QVERIFY(!ExperimentStore::open(file, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")) && error.contains(QLatin1String("reports can still be exported")),
                 qPrintable(error));
        auto reader = ExperimentStore::open(file, &error, ExperimentStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->listExperiments({}).size(), 1);
    }

    void hostileStringsAreData()
    {
        QString error;
        auto store = ExperimentStore::open(path(QStringLiteral("hostile.sqlite")), &error);
        QVERIFY(store);
        const QString label = QStringLiteral("it's \"quoted\"'); DROP TABLE experiments; -- <script>alert(1)</script> 100%_");
        ExperimentRecord r = record(label, 0.7);
        r.modelPath = QStringLiteral("/tmp/o'neil/model\".pt");
        const QVector<LayerMetricRecord> layers{{QStringLiteral("layer'); DELETE FROM metrics; --"), QuantMode::Static, 31.5, 0.02}};
        const qint64 id = store->addExperiment(r, layers, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const auto back = store->experiment(id);
        QVERIFY(back);
        QCOMPARE(back->label, label);
        QCOMPARE(back->modelPath, r.modelPath);
        QCOMPARE(back->spec.value(QStringLiteral("label")).toString(), label);
        QCOMPARE(store->layerMetrics(id).first().layer, layers.first().layer);
        QCOMPARE(store->countExperiments(), 1);
        // LIKE wildcards in a filter are literal characters.
        ExperimentStore::Query q;
        q.text = QStringLiteral("100%_");
        QCOMPARE(store->listExperiments(q).size(), 1);
        q.text = QStringLiteral("1_0");
        QCOMPARE(store->listExperiments(q).size(), 0);
    }

    void sortFilterPage()
    {
        QString error;
        auto store = ExperimentStore::open(path(QStringLiteral("sort.sqlite")), &error);
        QVERIFY(store);
        store->addExperiment(record(QStringLiteral("b"), 0.8), {}, &error);
        store->addExperiment(record(QStringLiteral("a"), 0.9, ExperimentMode::Dynamic), {}, &error);
        store->addExperiment(record(QStringLiteral("c"), qQNaN()), {}, &error); // failed run: no accuracy
        store->addExperiment(record(QStringLiteral("d"), 0.7), {}, &error);

        ExperimentStore::Query q;
        q.sort = ExperimentStore::SortKey::Accuracy;
        q.descending = true;
        QStringList labels;
        for (const ExperimentRecord &r : store->listExperiments(q))
            labels << r.label;
        QCOMPARE(labels, (QStringList{"a", "b", "d", "c"})); // unmeasured last
        q.descending = false;
        labels.clear();
        for (const ExperimentRecord &r : store->listExperiments(q))
            labels << r.label;
        QCOMPARE(labels, (QStringList{"d", "b", "a", "c"}));

        q = {};
        q.mode = ExperimentMode::Dynamic;
        QCOMPARE(store->listExperiments(q).size(), 1);
        q = {};
        q.limit = 2;
        q.offset = 2;
        const auto page = store->listExperiments(q);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.first().label, QStringLiteral("c"));
        QVERIFY(std::isnan(page.first().accuracy));
    }

    void deleteCascades()
    {
        QString error;
        auto store = ExperimentStore::open(path(QStringLiteral("delete.sqlite")), &error);
        const qint64 id = store->addExperiment(record(QStringLiteral("x"), 0.5),
                                               {{QStringLiteral("fc1"), QuantMode::Static, 30, 0.1}}, &error);
        QVERIFY(store->removeExperiment(id, &error));
        QVERIFY(store->layerMetrics(id).isEmpty());
        QVERIFY(!store->experiment(id));
        QVERIFY(!store->removeExperiment(id, &error));
    }

    void killedWriterLosesNothingCommitted()
    {
        const QString db = path(QStringLiteral("killed.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(QB_STORE_WRITER_PATH), {db, QStringLiteral("0"), QStringLiteral("k")});
        QVERIFY(writer.waitForStarted());
        // Wait until at least 30 experiments are reported committed, then SIGKILL mid-write.
        int committed = 0;
        QElapsedTimer timer;
        timer.start();
        while (committed < 30 && timer.elapsed() < 30000) {
            writer.waitForReadyRead(1000);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines)
                if (!line.trimmed().isEmpty())
                    committed = line.trimmed().toInt();
        }
        QVERIFY2(committed >= 30, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        QString error;
        auto store = ExperimentStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QString details;
        QVERIFY2(store->checkIntegrity(&details), qPrintable(details));
        const int count = store->countExperiments();
        QVERIFY2(count >= committed, qPrintable(QStringLiteral("%1 < %2").arg(count).arg(committed)));
        // Every stored experiment is whole: its five layer rows came in the same transaction.
        ExperimentStore::Query q;
        q.limit = count;
        for (const ExperimentRecord &r : store->listExperiments(q))
            QCOMPARE(store->layerMetrics(r.id).size(), 5);
    }

    void twoWritersAtOnce()
    {
        const QString db = path(QStringLiteral("shared.sqlite"));
        QProcess a, b;
        a.start(QStringLiteral(QB_STORE_WRITER_PATH), {db, QStringLiteral("60"), QStringLiteral("a")});
        b.start(QStringLiteral(QB_STORE_WRITER_PATH), {db, QStringLiteral("60"), QStringLiteral("b")});
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QString error;
        auto store = ExperimentStore::open(db, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->countExperiments(), 120);
        ExperimentStore::Query q;
        q.text = QStringLiteral("b-");
        q.limit = 1000;
        QCOMPARE(store->listExperiments(q).size(), 60);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
