#pragma once

#include <QHash>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace qb {

class Job;

/// The Jobs dock: every job with its state, a progress bar, stage, elapsed time and result, a Cancel
/// button for the selected job, and the selected job's log. GUI thread only; jobs report from worker
/// threads through queued signals.
class JobsView final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsView(QWidget *parent = nullptr);

    void addJob(Job *job);

Q_SIGNALS:
    /// A job ended; `summary` is what the Result column shows.
    void jobEnded(qb::Job *job, const QString &summary);

private:
    void updateRow(Job *job);
    Job *selectedJob() const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QHash<Job *, int> m_rows;
};

} // namespace qb
