#include "jobs/experimentjob.h"
#include "jobs/jobmanager.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

ExperimentSpec quickSpec()
{
    ExperimentSpec spec;
    spec.modelPath = test::fixture(QStringLiteral("cnn_scripted.pt"));
    spec.quantization = QuantConfig::preset(QuantEngine::Qnnpack);
    spec.calibration.maxBatches = 2;
    spec.evaluation.maxBatches = 1;
    spec.benchmarkRuns = 0;
    return spec;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("log.sqlite")); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<qb::Job *>(); }

    void experimentJobFinishesAndIsStored()
    {
        JobManager manager;
        auto *job = new ExperimentJob(quickSpec(), db(), {});
        QSignalSpy started(job, &Job::started);
        QSignalSpy progress(job, &Job::progressChanged);
        QSignalSpy finished(job, &Job::finished);
        manager.submit(job);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); // the job may end before any wait() starts
        QCOMPARE(started.size(), 1);
        QVERIFY(progress.size() > 3);
        QCOMPARE(job->state(), Job::State::Finished);
        QCOMPARE(job->progress(), 1.0);
        QVERIFY(job->log().last().endsWith(QLatin1String("finished")));
        QString error;
        auto store = ExperimentStore::open(db(), &error);
        QVERIFY(store);
        QCOMPARE(store->experiment(job->outcome().id)->status, ExperimentStatus::Finished);
    }

    void failedJobKeepsItsError()
    {
        JobManager manager;
        ExperimentSpec spec = quickSpec();
        spec.modelPath = m_dir.filePath(QStringLiteral("missing.pt"));
        auto *job = new ExperimentJob(spec, db(), {});
        QSignalSpy failed(job, &Job::failed);
        manager.submit(job);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("There is no file")));
        QCOMPARE(job->state(), Job::State::Failed);
        QCOMPARE(job->error(), failed.first().first().toString());
        QString error;
        auto store = ExperimentStore::open(db(), &error);
        QVERIFY2(job->outcome().id > 0, qPrintable(job->outcome().storeError));
        QCOMPARE(store->experiment(job->outcome().id)->error, job->error());
    }

    void cancelTakesEffectWithinOneSecond()
    {
        JobManager manager;
        ExperimentSpec spec = quickSpec();
        // Synthetic batches are made up front (the data layer does not stream yet): many small ones
        // keep memory low and calibration running for seconds.
        spec.calibration.batchSize = 8;
        spec.calibration.maxBatches = 20000;
        auto *job = new ExperimentJob(spec, db(), {});
        QSignalSpy cancelled(job, &Job::cancelled);
        QSignalSpy progress(job, &Job::progressChanged);
        manager.submit(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->stage() == QLatin1String("calibrating"), 30000);
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 5000);
        // Under the sanitizers every batch runs several times slower: the bound there is 3 s.
        const qint64 bound = qEnvironmentVariableIsSet("QB_SANITIZED") ? 3000 : 1000;
        QVERIFY2(timer.elapsed() < bound, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(job->state(), Job::State::Cancelled);
        QString error;
        auto store = ExperimentStore::open(db(), &error);
        QCOMPARE(store->experiment(job->outcome().id)->status, ExperimentStatus::Cancelled);
    }

    void extraJobsWaitQueued()
    {
        JobManager manager(nullptr, 1);
        QCOMPARE(manager.maxConcurrentJobs(), 1);
        ExperimentSpec slow = quickSpec();
        slow.calibration.batchSize = 8;
        slow.calibration.maxBatches = 20000;
        auto *first = new ExperimentJob(slow, QString(), {});
        auto *second = new ExperimentJob(quickSpec(), QString(), {});
        QSignalSpy added(&manager, &JobManager::jobAdded);
        manager.submit(first);
        manager.submit(second);
        QCOMPARE(added.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), Job::State::Running, 30000);
        QTest::qWait(200);
        QCOMPARE(second->state(), Job::State::Queued);
        first->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), Job::State::Finished, 60000);
        QCOMPARE(first->state(), Job::State::Cancelled);
    }

    /// Cancelling a queued job ends it at once instead of when the jobs before it are done.
    void cancellingAQueuedJobEndsItAtOnce()
    {
        JobManager manager(nullptr, 1);
        ExperimentSpec slow = quickSpec();
        slow.calibration.batchSize = 8;
        slow.calibration.maxBatches = 20000;
        auto *first = new ExperimentJob(slow, QString(), {});
        auto *second = new ExperimentJob(quickSpec(), QString(), {});
        manager.submit(first);
        manager.submit(second);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), Job::State::Running, 30000);
        QSignalSpy cancelled(second, &Job::cancelled);
        manager.cancel(second);
        QCOMPARE(cancelled.size(), 1); // synchronously: it never reached a worker
        QCOMPARE(second->state(), Job::State::Cancelled);
        QCOMPARE(first->state(), Job::State::Running);
        manager.cancel(first);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), Job::State::Cancelled, 10000);
        manager.cancel(first); // ended jobs ignore it
        manager.cancel(nullptr);
        QCOMPARE(first->state(), Job::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
