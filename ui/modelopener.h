#pragma once

#include "model/modeldocument.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace qb {

/// Opens models on a worker thread so a large archive never freezes the window. One open at a time:
/// a second request while one runs is queued and replaces any queued one. GUI thread only.
class ModelOpener final : public QObject
{
    Q_OBJECT

public:
    explicit ModelOpener(QObject *parent = nullptr);
    ~ModelOpener() override;

    void open(const QString &path, const ModelDocument::OpenOptions &options = {});
    bool isBusy() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void opened(std::shared_ptr<qb::ModelDocument> document);
    void failed(const QString &path, const QString &message);

private:
    void start(const QString &path, const ModelDocument::OpenOptions &options);
    void onFinished();

    QFutureWatcher<ModelDocument::OpenResult> m_watcher;
    QString m_currentPath;
    QString m_queuedPath;
    ModelDocument::OpenOptions m_queuedOptions;
};

} // namespace qb
