#pragma once

#include "store/experimentstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace qb {

class ExperimentTableModel;
class Workbench;

/// The Experiments tab: the workbench's log as a sortable, filterable table fetched in pages, with
/// actions on the selected rows (compare, re-run, delete, open the saved model, export a report).
/// The selection is the workbench's, so every view that follows it sees the same rows. GUI thread.
class ExperimentBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentBrowser(Workbench *workbench, QWidget *parent = nullptr);
    ~ExperimentBrowser() override;

    ExperimentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Reads the log again, keeping the filters and the sort (after a job or another process wrote).
    void refresh();
    /// Selects the rows of these experiments (fetching pages as needed).
    void selectExperiments(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;

Q_SIGNALS:
    /// The selection changed (the workbench already has it).
    void selectionChanged(const QList<qint64> &ids);
    /// A report was written (for the status bar).
    void reportWritten(const QString &path, int experiments);

private:
    void applyFilter();
    void deleteSelected();
    void rerunSelected();
    void openSelectedModel();
    void exportReport();
    void showSweepStatus();
    void updateActions();

    Workbench *m_workbench;
    ExperimentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_engine = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_since = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_openModel = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace qb
