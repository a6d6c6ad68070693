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

/// The Experiments tab: the log as a sortable, filterable table fetched in pages, with actions on
/// the selected rows (compare, re-run, delete, open the saved model, export a report). GUI thread.
class ExperimentBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentBrowser(QWidget *parent = nullptr);
    ~ExperimentBrowser() override;

    /// Shows the log at `path` (created when missing); false with a message in the view on failure.
    bool setLogPath(const QString &path);
    ExperimentTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Reads the log again, keeping the filters and the sort (after a job or another process wrote).
    void refresh();
    /// Selects the rows of these experiments (fetching pages as needed).
    void selectExperiments(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;

Q_SIGNALS:
    /// The selection changed: the compare view follows it.
    void selectionChanged(const QList<qint64> &ids);
    void rerunRequested(const QJsonObject &spec);
    void openModelRequested(const QString &path);
    /// A report was written (for the status bar).
    void reportWritten(const QString &path, int experiments);

private:
    void applyFilter();
    void deleteSelected();
    void rerunSelected();
    void openSelectedModel();
    void exportReport();
    void updateActions();

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
