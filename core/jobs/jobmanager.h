#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace qb {

class Job;

/// Owns the jobs and the thread pool they run on. By default at most one LibTorch-heavy job per core
/// runs at a time; the rest wait, visibly Queued. Create on the GUI (or main) thread; submit and
/// cancel from it. Destroying the manager cancels every job and waits for the running ones.
class JobManager final : public QObject
{
    Q_OBJECT

public:
    explicit JobManager(QObject *parent = nullptr, int maxConcurrentJobs = 0);
    ~JobManager() override;

    /// Takes ownership and queues the job.
    void submit(Job *job);
    QList<Job *> jobs() const;
    /// Cancels one job: a running job stops within a batch; a queued one leaves the queue and ends
    /// (cancelled) at once, without waiting for the jobs before it.
    void cancel(Job *job);
    void cancelAll();
    /// Waits for every submitted job to end (tests and the CLI). Returns false on timeout.
    bool waitForDone(int msecs = -1);
    int maxConcurrentJobs() const { return m_pool.maxThreadCount(); }

Q_SIGNALS:
    void jobAdded(qb::Job *job);

private:
    QThreadPool m_pool;
    QList<QPointer<Job>> m_jobs;
};

} // namespace qb
