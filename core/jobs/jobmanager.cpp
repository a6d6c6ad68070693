#include "jobs/jobmanager.h"

#include "jobs/job.h"

#include <QThread>

namespace qb {

JobManager::JobManager(QObject *parent, int maxConcurrentJobs)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(maxConcurrentJobs > 0 ? maxConcurrentJobs : std::max(1, QThread::idealThreadCount()));
    // LibTorch jobs are long; keep idle workers around instead of re-creating threads.
    m_pool.setExpiryTimeout(-1);
}

JobManager::~JobManager()
{
    cancelAll();
    m_pool.waitForDone();
}

void JobManager::submit(Job *job)
{
    job->setParent(this);
    m_jobs << job;
    Q_EMIT jobAdded(job);
    m_pool.start(job);
}

QList<Job *> JobManager::jobs() const
{
    QList<Job *> list;
    for (const QPointer<Job> &j : m_jobs)
        if (j)
            list << j.data();
    return list;
}

void JobManager::cancel(Job *job)
{
    if (!job || !m_jobs.contains(job))
        return;
    job->cancel();
    // Still queued: take it off and end it here. run() sees the cancel flag first and only reports.
    if (m_pool.tryTake(job))
        job->run();
}

void JobManager::cancelAll()
{
    for (const QPointer<Job> &j : m_jobs)
        if (j)
            j->cancel();
}

bool JobManager::waitForDone(int msecs)
{
    return m_pool.waitForDone(msecs);
}

} // namespace qb
