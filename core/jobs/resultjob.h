#pragma once

#include "jobs/job.h"

#include <QMutex>
#include <QMutexLocker>

namespace qb {

/// A job that produces one value: the plumbing every job needs (a result written on the worker
/// thread, read on any thread once the job has ended) written once. Subclasses implement execute()
/// and call setResult(); result() is valid in handlers of finished, failed and cancelled.
template <typename Result>
class ResultJob : public Job
{
public:
    Result result() const
    {
        QMutexLocker lock(&m_resultMutex);
        return m_result;
    }

protected:
    explicit ResultJob(const QString &title, QObject *parent = nullptr)
        : Job(title, parent)
    {
    }

    void setResult(Result result)
    {
        QMutexLocker lock(&m_resultMutex);
        m_result = std::move(result);
    }

private:
    mutable QMutex m_resultMutex;
    Result m_result{};
};

} // namespace qb
