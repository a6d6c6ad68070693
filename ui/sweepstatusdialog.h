#pragma once

#include "experiment/sweep.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace qb {

class ExperimentStore;

/// Where a sweep stands in the open log (a shared one on a server, typically): each item of the
/// sweep file as done, running, failed (with its error) or missing, the counts, and a Refresh that
/// reads the log again while the shards run elsewhere. Double-clicking an item that has a row
/// asks for that experiment to be shown. GUI thread; the store is the caller's and must outlive it.
class SweepStatusDialog final : public QDialog
{
    Q_OBJECT

public:
    SweepStatusDialog(ExperimentStore *store, Sweep sweep, QWidget *parent = nullptr);

    /// Reads the items' runs from the log again.
    void refresh();
    QTableWidget *table() const { return m_table; }
    QString summary() const;

Q_SIGNALS:
    void experimentActivated(qint64 id);

private:
    ExperimentStore *m_store;
    Sweep m_sweep;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace qb
