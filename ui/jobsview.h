#pragma once

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qb {

class Job;
class TrainingChart;

/// The Jobs dock: every job with its state, a progress bar, stage, elapsed time and an estimate of
/// what is left, its result, a Cancel button for the selected job, and the selected job's log and
/// (for QAT) live loss and accuracy curves. GUI thread only; jobs report from worker
/// threads through queued signals.
class JobsView final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsView(QWidget *parent = nullptr);

    void addJob(Job *job);
    TrainingChart *trainingChart() const { return m_training; }

Q_SIGNALS:
    /// A job ended; `summary` is what the Result column shows.
    void jobEnded(qb::Job *job, const QString &summary);
    /// The user asked to cancel a job (its row's button or the one under the list).
    void cancelRequested(qb::Job *job);

private:
    void requestCancel(Job *job);
    void updateRow(Job *job);
    void showSelected();
    Job *selectedJob() const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    TrainingChart *m_training = nullptr;
    QHash<Job *, int> m_rows;
    QHash<Job *, QVector<QPair<int, QPair<double, double>>>> m_steps; ///< QAT steps: step, (loss, accuracy)
};

} // namespace qb
