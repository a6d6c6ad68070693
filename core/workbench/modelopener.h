#pragma once

#include "model/modeldocument.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace qb {

/// Opens models on a worker thread so a large archive never blocks the thread that asked. One open
/// at a time: a request while one runs replaces any queued one. An open can be abandoned: its
/// result is dropped when it arrives, and the opener is free at once. Create and use on one thread
/// (the GUI's); it reports there.
class ModelOpener final : public QObject
{
    Q_OBJECT

public:
    explicit ModelOpener(QObject *parent = nullptr);
    ~ModelOpener() override;

    void open(const QString &path, const ModelDocument::OpenOptions &options = {});
    /// Stops waiting for the open in progress (and forgets a queued one); cancelled() follows.
    void cancel();
    bool isBusy() const;
    QString currentPath() const { return m_currentPath; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void opened(std::shared_ptr<qb::ModelDocument> document);
    void failed(const QString &path, const QString &message);
    void cancelled(const QString &path);

private:
    void start(const QString &path, const ModelDocument::OpenOptions &options);
    void onFinished();

    QFutureWatcher<ModelDocument::OpenResult> m_watcher;
    QString m_currentPath;
    bool m_abandoned = false;
    QString m_queuedPath;
    ModelDocument::OpenOptions m_queuedOptions;
};

} // namespace qb
