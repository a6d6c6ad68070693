#include "store/experimentstore.h"
#include "workbench/workbench.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

// Faults injected for real: a full disk (a 64 KiB tmpfs, filled) and read-only storage (a read-only
// bind mount), a log locked by another process, a failure inside LibTorch. Mounting needs root;
// without it those cases say they skipped, never a silent pass. (FIFOs and devices as inputs are
// in tests/core/tst_badinput.cpp.)
class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_mounts;
    QString m_skipReason;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(p.readAll()).trimmed();
        return ok;
    }

    bool mount(const QStringList &args, const QString &target)
    {
        QString output;
        if (!run(QStringLiteral("mount"), args + QStringList{target}, &output)) {
            m_skipReason = QStringLiteral("cannot mount (%1): these fault tests need root and a kernel that allows "
                                          "mounts here").arg(output);
            return false;
        }
        m_mounts.prepend(target);
        return true;
    }

    /// Fills the mounted file system until a write fails with "no space".
    void fill(const QString &folder)
    {
        QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }

    /// The log holds exactly one run, stored as failed, whose error names `reason`.
    static void verifyOneFailedRun(const QString &log, const QString &reason)
    {
        QString error;
        auto store = ExperimentStore::open(log, &error);
        QVERIFY2(store, qPrintable(error));
        const auto rows = store->listExperiments({});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, ExperimentStatus::Failed);
        QVERIFY2(rows.first().error.contains(reason), qPrintable(rows.first().error));
    }

    QStringList entries(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("full"));
        QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
        QDir(m_dir.path()).mkpath(QStringLiteral("readonly"));
        if (!mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64k"),
                    QStringLiteral("tmpfs")}, path(QStringLiteral("full"))))
            return;
        fill(path(QStringLiteral("full")));
        // A log with one experiment in it, then the same folder seen through a read-only mount.
        QString error;
        {
            auto store = ExperimentStore::open(path(QStringLiteral("logs/experiments.sqlite")), &error);
            QVERIFY2(store, qPrintable(error));
            ExperimentRecord r;
            r.modelPath = QStringLiteral("/models/cnn.pt");
            r.label = QStringLiteral("kept");
            r.status = ExperimentStatus::Finished;
            r.startedAt = logTimestamp();
            QVERIFY2(store->addExperiment(r, {}, &error) > 0, qPrintable(error));
        }
        if (mount({QStringLiteral("--bind"), path(QStringLiteral("logs"))}, path(QStringLiteral("readonly"))))
            run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), path(QStringLiteral("readonly"))});
    }

    void cleanupTestCase()
    {
        for (const QString &target : std::as_const(m_mounts))
            run(QStringLiteral("umount"), {target});
    }

#define REQUIRE_MOUNTS()                                                                                               \
    do {                                                                                                               \
        if (!m_skipReason.isEmpty())                                                                                   \
            QSKIP(qPrintable(m_skipReason));                                                                           \
    } while (false)

    // Saving an int8 model onto a full disk: exit 3 with the system's reason, no file left behind
    // (not even a temporary one), and the run stored as failed with that reason.
    void quantizedModelOntoFullDisk()
    {
        REQUIRE_MOUNTS();
        const QString log = path(QStringLiteral("full-disk.sqlite"));
        const QString target = path(QStringLiteral("full/model-int8.pt"));
        const test::CliResult cli = test::runCli({QStringLiteral("quantize"), test::fixture(QStringLiteral("cnn_scripted.pt")),
                                                  QStringLiteral("--mode"), QStringLiteral("dynamic"),
                                                  QStringLiteral("--out"), target, QStringLiteral("--db"), log});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("No space left on device")), qPrintable(cli.err));
        QCOMPARE(entries(path(QStringLiteral("full"))), QStringList{QStringLiteral("filler")});
        verifyOneFailedRun(log, QStringLiteral("No space left on device"));
    }

    void reportOntoFullDisk_data()
    {
        QTest::addColumn<QString>("extension");
        for (const char *e : {"md", "csv", "json", "html", "pdf"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }
    void reportOntoFullDisk()
    {
        REQUIRE_MOUNTS();
        QFETCH(QString, extension);
        const QString target = path(QStringLiteral("full/report.") + extension);
        const test::CliResult cli = test::runCli({QStringLiteral("report"), QStringLiteral("--db"),
                                                  path(QStringLiteral("logs/experiments.sqlite")), QStringLiteral("--out"), target});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("No space left on device")), qPrintable(cli.err));
        QVERIFY2(!cli.out.contains(QLatin1String("wrote")), qPrintable(cli.out));
        QCOMPARE(entries(path(QStringLiteral("full"))), QStringList{QStringLiteral("filler")});
    }

    // A log on read-only storage: reports are still exported from it, runs are refused up front
    // with what to do, and the log is untouched.
    void logOnReadOnlyStorage()
    {
        REQUIRE_MOUNTS();
        const QString log = path(QStringLiteral("readonly/experiments.sqlite"));
        const test::CliResult report = test::runCli({QStringLiteral("report"), QStringLiteral("--db"), log,
                                                     QStringLiteral("--out"), path(QStringLiteral("from-readonly.md"))});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QVERIFY2(report.out.contains(QLatin1String("(1 experiments)")), qPrintable(report.out));

        const test::CliResult run = test::runCli({QStringLiteral("quantize"), test::fixture(QStringLiteral("mlp.pt")),
                                                  QStringLiteral("--mode"), QStringLiteral("dynamic"), QStringLiteral("--db"), log});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("read-only storage")) && run.err.contains(QLatin1String("--db")),
                 qPrintable(run.err));

        // The GUI's workbench opens it read-only: browsable, with the reason for the missing writes.
        Workbench bench;
        QString error;
        QVERIFY2(bench.setLogPath(log, &error), qPrintable(error));
        QVERIFY(bench.isLogReadOnly());
        QCOMPARE(bench.store()->listExperiments({}).size(), 1);
    }

    // Another process holds the log locked past the busy timeout: the run says so (and what to do)
    // after that timeout, instead of waiting forever or reporting a "migration" problem.
    void logLockedByAnotherProcess()
    {
        const QString log = path(QStringLiteral("locked.sqlite"));
        QString error;
        QVERIFY2(ExperimentStore::open(log, &error), qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(log);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer timer;
        timer.start();
        const test::CliResult cli = test::runCli({QStringLiteral("quantize"), test::fixture(QStringLiteral("mlp.pt")),
                                                  QStringLiteral("--mode"), QStringLiteral("dynamic"), QStringLiteral("--db"), log});
        const qint64 waited = timer.elapsed();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("held the log locked for more than 10 s"))
                     && cli.err.contains(QLatin1String("--db")), qPrintable(cli.err));
        QVERIFY2(waited >= 9000 && waited < 60000, qPrintable(QString::number(waited)));
    }

    // A model that raises inside LibTorch while a job runs: exit 3, the cause kept, the run stored
    // as failed rather than lost.
    void failureInsideLibTorchIsStored()
    {
        const QString log = path(QStringLiteral("torch-failure.sqlite"));
        const test::CliResult cli = test::runCli({QStringLiteral("quantize"), test::fixture(QStringLiteral("custom_block.pt")),
                                                  QStringLiteral("--input-shape"), QStringLiteral("1x3x32x32"),
                                                  QStringLiteral("--db"), log});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(QLatin1String("Traceback of TorchScript")), qPrintable(cli.err));
        verifyOneFailedRun(log, QStringLiteral("expected input["));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
