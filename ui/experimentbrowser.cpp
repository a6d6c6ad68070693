#include "experimentbrowser.h"

#include "experimenttablemodel.h"
#include "reportwriter.h"
#include "sweepstatusdialog.h"

#include "workbench/workbench.h"

#include <QComboBox>
#include <QDateTime>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qb {

ExperimentBrowser::ExperimentBrowser(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_model(new ExperimentTableModel(this))
{
    setObjectName(QStringLiteral("experimentBrowser"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("experimentFilter"));
    m_text->setPlaceholderText(tr("Filter by label or model"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_text, 2);
    // Each filter lists (shown text, code) pairs; the code is what the query matches.
    auto addCombo = [&](const char *name, const QString &any, const QList<QPair<QString, QString>> &values) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->addItem(any, QString());
        for (const auto &[text, code] : values)
            box->addItem(text, code);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ExperimentBrowser::applyFilter);
        return box;
    };
    QList<QPair<QString, QString>> modes, engines, kinds;
    for (ExperimentMode m : {ExperimentMode::Float, ExperimentMode::Dynamic, ExperimentMode::Static, ExperimentMode::Hybrid,
                             ExperimentMode::Qat})
        modes << qMakePair(experimentModeText(m), experimentModeName(m));
    for (QuantEngine e : {QuantEngine::OneDnn, QuantEngine::Qnnpack, QuantEngine::X86, QuantEngine::Fbgemm})
        engines << qMakePair(engineName(e), engineName(e));
    for (ExperimentKind k : {ExperimentKind::Experiment, ExperimentKind::Sensitivity, ExperimentKind::Search})
        kinds << qMakePair(kindText(k), kindName(k));
    m_mode = addCombo("modeFilter", tr("Any mode"), modes);
    m_engine = addCombo("engineFilter", tr("Any engine"), engines);
    m_kind = addCombo("kindFilter", tr("Any kind"), kinds);
    m_since = new QComboBox(this);
    m_since->setObjectName(QStringLiteral("sinceFilter"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Today"), 1);
    m_since->addItem(tr("Last 7 days"), 7);
    m_since->addItem(tr("Last 30 days"), 30);
    filters->addWidget(m_since);
    connect(m_since, &QComboBox::currentIndexChanged, this, &ExperimentBrowser::applyFilter);
    // Typing filters after a pause, not on every key: each filter is a query.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ExperimentBrowser::applyFilter);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("experimentTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ExperimentTableModel::IdColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ExperimentTableModel::LabelColumn, 260);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QList<qint64> ids = selectedIds();
        m_workbench->selectExperiments(ids);
        Q_EMIT selectionChanged(ids);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExperimentBrowser::updateActions);

    auto *buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("experimentCount"));
    buttons->addWidget(m_count, 1);
    auto addButton = [&](const char *name, const QString &text, const QString &tip, void (ExperimentBrowser::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        buttons->addWidget(b);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_rerun = addButton("rerunButton", tr("Re-run"), tr("Run the selected experiment's spec again"), &ExperimentBrowser::rerunSelected);
    m_openModel = addButton("openArtifactButton", tr("Open Saved Model"), tr("Open the quantized model this experiment saved"),
                            &ExperimentBrowser::openSelectedModel);
    m_export = addButton("exportReportButton", tr("Export Report…"), tr("HTML, PDF, Markdown, CSV or JSON of the selected experiments (all when none is selected)"),
                         &ExperimentBrowser::exportReport);
    addButton("sweepStatusButton", tr("Sweep Status…"),
              tr("Which items of a sweep file are done, running, failed or missing in this log"),
              &ExperimentBrowser::showSweepStatus);
    m_delete = addButton("deleteButton", tr("Delete…"), tr("Remove the selected experiments from the log"), &ExperimentBrowser::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    layout->addLayout(buttons);
    // The log is the workbench's; jobs that stored rows bring the table up to date.
    connect(workbench, &Workbench::logChanged, this, [this] { m_model->setStore(m_workbench->store()); });
    connect(workbench, &Workbench::experimentsStored, this, &ExperimentBrowser::refresh);
    m_model->setStore(workbench->store());
    updateActions();
}

ExperimentBrowser::~ExperimentBrowser() = default;

void ExperimentBrowser::refresh()
{
    const QList<qint64> selected = selectedIds();
    m_model->refresh();
    selectExperiments(selected);
}

void ExperimentBrowser::applyFilter()
{
    QString since;
    if (const int days = m_since->currentData().toInt(); days > 0) {
        const QDateTime start(QDate::currentDate().addDays(1 - days), QTime(0, 0));
        since = start.toUTC().toString(Qt::ISODateWithMs);
    }
    m_model->setFilter(m_text->text().trimmed(), experimentModeFromName(m_mode->currentData().toString()),
                       engineFromName(m_engine->currentData().toString()), kindFromName(m_kind->currentData().toString()),
                       since);
}

QList<qint64> ExperimentBrowser::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(ExperimentTableModel::IdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ExperimentBrowser::selectExperiments(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        int row = m_model->rowForId(id);
        while (row < 0 && m_model->canFetchMore({})) {
            m_model->fetchMore({});
            row = m_model->rowForId(id);
        }
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, ExperimentTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ExperimentBrowser::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const ExperimentRecord *one = nullptr;
    if (ids.size() == 1)
        one = m_model->recordAt(m_model->rowForId(ids.first()));
    m_rerun->setEnabled(one && one->kind == ExperimentKind::Experiment);
    m_openModel->setEnabled(one != nullptr);
    m_delete->setEnabled(!ids.isEmpty());
    m_export->setEnabled(m_model->totalCount() > 0);
    if (m_workbench->store())
        m_count->setText(tr("%n experiment(s) shown of %1 in %2", nullptr, m_model->totalCount())
                             .arg(m_workbench->store()->countExperiments())
                             .arg(QFileInfo(m_model->logPath()).fileName()));
}

void ExperimentBrowser::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_workbench->store())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete experiments"),
                                tr("Delete %n experiment(s) from the log? Their saved models stay on disk.", nullptr, ids.size()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result != QMessageBox::Yes)
            return;
        QStringList errors;
        for (qint64 id : ids) {
            QString error;
            if (!m_workbench->store()->removeExperiment(id, &error) && !error.isEmpty())
                errors << error;
        }
        m_model->refresh();
        if (!errors.isEmpty())
            QMessageBox::warning(this, tr("Delete experiments"), errors.join(QLatin1Char('\n')));
    });
    box->open();
}

void ExperimentBrowser::rerunSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const ExperimentRecord *r = m_model->recordAt(m_model->rowForId(ids.first()));
    if (!r)
        return;
    QString error;
    const ExperimentSpec spec = ExperimentSpec::fromJson(r->spec, &error);
    if (error.isEmpty())
        m_workbench->runExperiment(spec, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Re-run"), tr("The stored spec cannot be run: %1").arg(error));
}

void ExperimentBrowser::openSelectedModel()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_workbench->store())
        return;
    const auto r = m_workbench->store()->experiment(ids.first());
    if (!r)
        return;
    QString path = r->artifacts.isEmpty() ? QString() : r->artifacts.first().path;
    if (path.isEmpty() && r->mode == ExperimentMode::Float)
        path = r->modelPath; // a float baseline's model is the original
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("Open saved model"),
                                 path.isEmpty() ? tr("Experiment %1 saved no model (it failed, was cancelled, or ran without "
                                                     "an artifact folder).").arg(r->id)
                                                : tr("The saved model %1 is no longer on disk.").arg(path));
        return;
    }
    m_workbench->openModel(path);
}

void ExperimentBrowser::exportReport()
{
    if (!m_workbench->store())
        return;
    QSettings settings;
    const QString start = settings.value(QStringLiteral("report/lastPath"), QStringLiteral("quantbench-report.html")).toString();
    // A name typed without an extension takes the one of the format picked in the dialog, before
    // the dialog checks for a file to overwrite.
    static const QRegularExpression filterSuffix(QStringLiteral("\\(\\*\\.(\\w+)\\)"));
    QFileDialog dialog(this, tr("Export Report"), start,
                       tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)"));
    dialog.setObjectName(QStringLiteral("exportReportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    for (const QString &filter : dialog.nameFilters())
        if (filter.contains(QStringLiteral("*.") + QFileInfo(start).suffix()))
            dialog.selectNameFilter(filter);
    auto useSuffixOf = [&dialog](const QString &filter) { dialog.setDefaultSuffix(filterSuffix.match(filter).captured(1)); };
    useSuffixOf(dialog.selectedNameFilter());
    connect(&dialog, &QFileDialog::filterSelected, &dialog, useSuffixOf);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("report/lastPath"), path);
    const auto format = reportFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        QMessageBox::warning(this, tr("Export Report"), tr("Name the file with .html, .pdf, .md, .csv or .json."));
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor); // charts are drawn on this thread: a second or two
    auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); }); // also if it throws
    const auto data = collectReport(*m_workbench->store(), selectedIds(), &error);
    const bool written = data && writeReport(*data, *format, path, &error);
    QApplication::restoreOverrideCursor(); // before any message box
    restoreCursor.dismiss();
    if (!written) {
        QMessageBox::warning(this, tr("Export Report"), error);
        return;
    }
    Q_EMIT reportWritten(path, int(data->experiments.size()));
}

void ExperimentBrowser::showSweepStatus()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Sweep Status"), settings.value(QStringLiteral("sweep/lastFile")).toString(),
                                                      tr("Sweep files (*.json)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("sweep/lastFile"), file);
    QString error;
    auto sweep = Sweep::read(file, &error);
    if (!sweep) {
        QMessageBox::warning(this, tr("Sweep Status"), error);
        return;
    }
    auto *dialog = new SweepStatusDialog(m_workbench->store(), std::move(*sweep), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SweepStatusDialog::experimentActivated, this, [this](qint64 id) { selectExperiments({id}); });
    // A new log (Settings, Open Shared Log) takes the store the dialog reads from.
    connect(m_workbench, &Workbench::logChanged, dialog, &QDialog::close);
    dialog->open();
}

} // namespace qb
