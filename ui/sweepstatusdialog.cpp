#include "sweepstatusdialog.h"

#include "store/experimentstore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace qb {

namespace {

enum Column { Index, Id, State, Experiment, Model, Varies, Error, ColumnCount };

QString stateText(ItemState state)
{
    switch (state) {
    case ItemState::Done: return SweepStatusDialog::tr("done");
    case ItemState::Running: return SweepStatusDialog::tr("running");
    case ItemState::Failed: return SweepStatusDialog::tr("failed");
    case ItemState::Missing: return SweepStatusDialog::tr("missing");
    }
    return {};
}

} // namespace

SweepStatusDialog::SweepStatusDialog(ExperimentStore *store, Sweep sweep, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_sweep(std::move(sweep))
{
    setObjectName(QStringLiteral("sweepStatusDialog"));
    setWindowTitle(tr("Sweep \"%1\"").arg(m_sweep.name));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sweepSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("sweepItems"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Id"), tr("State"), tr("Experiment"), tr("Model"), tr("Varies"), tr("Error")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const qint64 id = m_table->item(row, Experiment)->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT experimentActivated(id);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("sweepRefresh"));
    again->setToolTip(tr("Read the log again: shards running elsewhere keep adding to it"));
    connect(again, &QPushButton::clicked, this, &SweepStatusDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
    refresh();
}

void SweepStatusDialog::refresh()
{
    QString error;
    // A search sweep's trials exist once a shard has ranked the layers, which may happen meanwhile.
    if (m_sweep.awaitsRanking() && !m_sweep.planFromRankingFile(&error) && error.isEmpty())
        error = tr("This sweep is a search: its trials are planned once the first shard has ranked the layers "
                   "(into %1). Nothing has run yet.").arg(m_sweep.rankingPath);
    const QVector<ExperimentRecord> runs = m_store ? sweepRuns(m_sweep.items, *m_store, &error) : QVector<ExperimentRecord>();
    const QVector<ItemStatus> states = sweepStatus(m_sweep.items, runs);
    std::map<ItemState, int> counts;
    m_table->setRowCount(int(m_sweep.items.size()));
    for (int row = 0; row < m_sweep.items.size(); ++row) {
        const SweepItem &item = m_sweep.items.at(row);
        const ItemStatus &s = states.at(row);
        ++counts[s.state];
        const QString cells[ColumnCount] = {QString::number(item.index), item.id, stateText(s.state),
                                            s.experimentId > 0 ? QString::number(s.experimentId) : QStringLiteral("–"),
                                            QFileInfo(item.spec.modelPath).fileName(), describeAxes(item), s.error};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            if (column == Error)
                cell->setToolTip(s.error);
            if (column == Experiment)
                cell->setData(Qt::UserRole, s.experimentId);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    QString text = !m_store ? tr("No experiment log is open.")
                   : !error.isEmpty()
                       ? error
                       : tr("%1 done, %2 running, %3 failed, %4 missing of %5 items, in %6")
                             .arg(QString::number(counts[ItemState::Done]), QString::number(counts[ItemState::Running]),
                                  QString::number(counts[ItemState::Failed]), QString::number(counts[ItemState::Missing]),
                                  QString::number(m_sweep.items.size()), m_store->path());
    const SearchPick best = bestSearchItem(m_sweep, states, runs);
    if (best.item >= 0) {
        const SweepItem &item = m_sweep.items.at(best.item);
        text += QLatin1Char('\n')
            + (best.withinBudget ? tr("Best within the budget (%1) so far: #%2, %3 (experiment %4)")
                                 : tr("None within the budget (%1) so far; the closest: #%2, %3 (experiment %4)"))
                  .arg(m_sweep.search->budget.describe(), QString::number(item.index), describeAxes(item),
                       QString::number(best.experimentId));
        m_table->selectRow(best.item);
    }
    m_summary->setText(text);
}

QString SweepStatusDialog::summary() const
{
    return m_summary->text();
}

} // namespace qb
