#include "modelopener.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qb {

ModelOpener::ModelOpener(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelOpener::onFinished);
}

ModelOpener::~ModelOpener()
{
    // The worker only reads a file; let it finish so it never outlives what it reports to.
    m_watcher.waitForFinished();
}

bool ModelOpener::isBusy() const
{
    return m_watcher.isRunning();
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

void ModelOpener::start(const QString &path, const ModelDocument::OpenOptions &options)
{
    m_currentPath = path;
    m_watcher.setFuture(QtConcurrent::run([path, options] { return ModelDocument::open(path, options); }));
    Q_EMIT busyChanged(true);
}

void ModelOpener::onFinished()
{
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
