#include "workbench/modelopener.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qb {

ModelOpener::ModelOpener(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelOpener::onFinished);
}

ModelOpener::~ModelOpener()
{
    // The worker only reads a file (a regular one: ModelDocument::open refuses pipes and devices
    // before reading), so it ends; let it, so it never outlives what it reports to.
    m_watcher.waitForFinished();
}

bool ModelOpener::isBusy() const
{
    return m_watcher.isRunning() && !m_abandoned;
}

void ModelOpener::open(const QString &path, const ModelDocument::OpenOptions &options)
{
    if (isBusy()) {
        m_queuedPath = path;
        m_queuedOptions = options;
        return;
    }
    start(path, options);
}

void ModelOpener::cancel()
{
    if (!isBusy())
        return;
    m_abandoned = true;
    m_queuedPath.clear();
    Q_EMIT busyChanged(false);
    Q_EMIT cancelled(m_currentPath);
}

void ModelOpener::start(const QString &path, const ModelDocument::OpenOptions &options)
{
    m_currentPath = path;
    m_abandoned = false;
    m_watcher.setFuture(QtConcurrent::run([path, options] { return ModelDocument::open(path, options); }));
    Q_EMIT busyChanged(true);
}

void ModelOpener::onFinished()
{
    if (m_abandoned) {
        m_abandoned = false;
        return;
    }
    const ModelDocument::OpenResult result = m_watcher.result();
    if (result)
        Q_EMIT opened(result.document);
    else
        Q_EMIT failed(m_currentPath, result.message);
    if (!m_queuedPath.isEmpty()) {
        const QString next = std::exchange(m_queuedPath, QString());
        start(next, m_queuedOptions);
        return;
    }
    Q_EMIT busyChanged(false);
}

} // namespace qb
