#pragma once

#include <QHash>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qb {

class Job;
class TrainingChart;
class Workbench;

/// The Jobs dock: every job with its state, a progress bar, stage, elapsed time and an estimate of
/// what is left, its result, a Cancel button for the selected job, and the selected job's log and
/// (for QAT) live loss and accuracy curves. GUI thread only; jobs report from worker
/// threads through queued signals.
class JobsView final : public QWidget
{
    Q_OBJECT

public:
    /// Shows every job the workbench starts; Cancel goes to the workbench's job manager.
    explicit JobsView(Workbench *workbench, QWidget *parent = nullptr);

    TrainingChart *trainingChart() const { return m_training; }

private:
    void addJob(Job *job);
    void requestCancel(Job *job);
    void updateRow(Job *job);
    void showSelected();
    Job *selectedJob() const;

    Workbench *m_workbench;
    QTableWidget *m_table = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    TrainingChart *m_training = nullptr;
    QHash<Job *, int> m_rows;
    QHash<Job *, QVector<QPair<int, QPair<double, double>>>> m_steps; ///< QAT steps: step, (loss, accuracy)
};

} // namespace qb
