#include "jobs/job.h"

#include <QDateTime>
#include <QMutexLocker>

#include <exception>

namespace qb {

Job::Job(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
{
    // The manager owns jobs (QObject parent); the pool must never delete them.
    setAutoDelete(false);
}

Job::~Job() = default;

bool Job::isDone() const
{
    const State s = state();
    return s == State::Finished || s == State::Failed || s == State::Cancelled;
}

double Job::progress() const
{
    QMutexLocker lock(&m_mutex);
    return m_progress;
}

QString Job::stage() const
{
    QMutexLocker lock(&m_mutex);
    return m_stage;
}

QString Job::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QStringList Job::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

QString Job::summary() const
{
    QMutexLocker lock(&m_mutex);
    return m_summary;
}

void Job::setSummary(const QString &summary)
{
    QMutexLocker lock(&m_mutex);
    m_summary = summary;
}

bool Job::openStore(const QString &dbPath, std::optional<ExperimentStore> *store)
{
    if (dbPath.isEmpty())
        return true;
    QString error;
    std::optional<ExperimentStore> opened = ExperimentStore::open(dbPath, &error);
    if (!opened) {
        fail(error);
        return false;
    }
    store->emplace(std::move(*opened));
    return true;
}

qint64 Job::elapsedMs() const
{
    const qint64 start = m_startedAtMs.load();
    if (start == 0)
        return 0;
    const qint64 end = m_endedAtMs.load();
    return (end ? end : QDateTime::currentMSecsSinceEpoch()) - start;
}

void Job::cancel()
{
    m_cancel = true;
}

void Job::reportProgress(double fraction, const QString &stage)
{
    {
        QMutexLocker lock(&m_mutex);
        m_progress = fraction;
        m_stage = stage;
    }
    Q_EMIT progressChanged(fraction, stage);
}

void Job::appendLog(const QString &line)
{
    const QString stamped = QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line;
    {
        QMutexLocker lock(&m_mutex);
        m_log << stamped;
    }
    Q_EMIT logAppended(stamped);
}

void Job::fail(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    if (m_error.isEmpty())
        m_error = error;
}

void Job::run()
{
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_cancel) {
        m_endedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_state = State::Cancelled;
        Q_EMIT cancelled();
        Q_EMIT ended();
        return;
    }
    m_state = State::Running;
    Q_EMIT started();
    appendLog(tr("started: %1").arg(m_title));
    try {
        execute();
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    } catch (...) {
        fail(tr("an unknown error stopped the job"));
    }
    m_endedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QString problem = error();
    if (!problem.isEmpty()) {
        appendLog(tr("failed: %1").arg(problem));
        m_state = State::Failed;
        Q_EMIT failed(problem);
    } else if (m_cancel) {
        appendLog(tr("cancelled"));
        m_state = State::Cancelled;
        Q_EMIT cancelled();
    } else {
        appendLog(tr("finished"));
        m_state = State::Finished;
        Q_EMIT finished();
    }
    Q_EMIT ended();
}

} // namespace qb
