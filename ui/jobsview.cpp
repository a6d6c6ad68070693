#include "jobsview.h"

#include "trainingchart.h"

#include "jobs/job.h"
#include "jobs/jobmanager.h"
#include "util/torcherror.h"
#include "workbench/workbench.h"

#include <QHeaderView>
#include <QMetaEnum>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace qb {

namespace {
// The cancel button sits next to the progress it stops.
enum Column { TitleColumn, StateColumn, ProgressColumn, CancelColumn, ElapsedColumn, ResultColumn, ColumnCount };

QString stateName(Job::State state)
{
    switch (state) {
    case Job::State::Queued: return JobsView::tr("queued");
    case Job::State::Running: return JobsView::tr("running");
    case Job::State::Finished: return JobsView::tr("finished");
    case Job::State::Failed: return JobsView::tr("failed");
    case Job::State::Cancelled: return JobsView::tr("cancelled");
    }
    return {};
}

/// What the Result column says: the job's own summary, or its error's sentence (LibTorch's whole
/// report stays in the log).
QString summaryOf(const Job *job)
{
    return job->state() == Job::State::Failed ? splitCause(job->error()).first : job->summary();
}
} // namespace

JobsView::JobsView(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("jobsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Progress"), QString(), tr("Elapsed"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(CancelColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setParent(left);
    leftLayout->addWidget(m_table);
    m_cancel = new QPushButton(tr("Cancel job"), left);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setEnabled(false);
    leftLayout->addWidget(m_cancel, 0, Qt::AlignRight);
    auto *details = new QTabWidget(splitter);
    details->setObjectName(QStringLiteral("jobDetails"));
    m_log = new QPlainTextEdit(details);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setReadOnly(true);
    details->addTab(m_log, tr("Log"));
    m_training = new TrainingChart(details);
    m_training->setObjectName(QStringLiteral("trainingChart"));
    details->addTab(m_training, tr("Training"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (Job *job = selectedJob())
            requestCancel(job);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JobsView::showSelected);
    // Elapsed times tick while jobs run.
    auto *clock = new QTimer(this);
    clock->setInterval(500);
    connect(clock, &QTimer::timeout, this, [this] {
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            if (it.key()->state() == Job::State::Running)
                updateRow(it.key());
    });
    clock->start();
    connect(workbench, &Workbench::jobSubmitted, this, &JobsView::addJob);
}

void JobsView::requestCancel(Job *job)
{
    m_workbench->jobs()->cancel(job);
    updateRow(job); // "cancelling…" until the job reports
}

void JobsView::showSelected()
{
    Job *job = selectedJob();
    m_cancel->setEnabled(job && !job->isDone() && !job->isCancelRequested());
    m_log->setPlainText(job ? job->log().join(QLatin1Char('\n')) : QString());
    QVector<TrainingChart::Point> points;
    for (const auto &[step, values] : m_steps.value(job))
        points << TrainingChart::Point{step, values.first, values.second};
    m_training->setPoints(job && !points.isEmpty() ? tr("%1: QAT loss and batch accuracy").arg(job->title())
                                                   : tr("Select a QAT job to see its training curves"),
                          points);
}

Job *JobsView::selectedJob() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_rows.key(rows.first().row(), nullptr);
}

void JobsView::addJob(Job *job)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_rows.insert(job, row);
    for (int c = 0; c < ColumnCount; ++c)
        if (c != ProgressColumn && c != CancelColumn)
            m_table->setItem(row, c, new QTableWidgetItem());
    m_table->item(row, TitleColumn)->setText(job->title());
    auto *bar = new QProgressBar(m_table);
    bar->setRange(0, 1000);
    m_table->setCellWidget(row, ProgressColumn, bar);
    // Each queued or running job has its own Cancel; it is disabled once the job has ended.
    auto *cancel = new QToolButton(m_table);
    cancel->setObjectName(QStringLiteral("cancelRowButton"));
    cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    cancel->setToolTip(tr("Cancel this job (it stops within one batch)"));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, [this, job] { requestCancel(job); });
    m_table->setCellWidget(row, CancelColumn, cancel);
    // Emitted on worker threads: `this` as context makes them queued onto the GUI thread.
    connect(job, &Job::started, this, [this, job] { updateRow(job); });
    connect(job, &Job::progressChanged, this, [this, job] { updateRow(job); });
    connect(job, &Job::ended, this, [this, job] { updateRow(job); });
    connect(job, &Job::logAppended, this, [this, job](const QString &line) {
        if (selectedJob() == job)
            m_log->appendPlainText(line);
    });
    connect(job, &Job::trainingStep, this, [this, job](int step, int, double loss, double accuracy) {
        m_steps[job].append({step, {loss, accuracy}});
        if (selectedJob() == job)
            m_training->addPoint({step, loss, accuracy});
    });
    updateRow(job);
    m_table->selectRow(row);
}

void JobsView::updateRow(Job *job)
{
    const int row = m_rows.value(job, -1);
    if (row < 0)
        return;
    m_table->item(row, StateColumn)->setText(!job->isDone() && job->isCancelRequested() ? tr("cancelling…")
                                                                                         : stateName(job->state()));
    auto *bar = static_cast<QProgressBar *>(m_table->cellWidget(row, ProgressColumn));
    if (QWidget *cancel = m_table->cellWidget(row, CancelColumn))
        cancel->setEnabled(!job->isDone() && !job->isCancelRequested());
    bar->setValue(int(job->progress() * 1000));
    bar->setFormat(job->stage().isEmpty() ? QStringLiteral("%p%") : job->stage() + QStringLiteral(" %p%"));
    const double elapsed = job->elapsedMs() / 1000.0;
    const double done = job->progress();
    // What is left, from the pace so far, once there is a pace to go by.
    if (job->state() == Job::State::Running && done > 0.05 && done < 1.0)
        m_table->item(row, ElapsedColumn)->setText(tr("%1 s, ~%2 s left").arg(elapsed, 0, 'f', 1).arg(elapsed * (1 - done) / done, 0, 'f', 0));
    else
        m_table->item(row, ElapsedColumn)->setText(tr("%1 s").arg(elapsed, 0, 'f', 1));
    if (job->isDone()) {
        m_table->item(row, ResultColumn)->setText(summaryOf(job));
        m_table->item(row, ResultColumn)->setToolTip(job->log().join(QLatin1Char('\n')));
    }
    if (selectedJob() == job)
        m_cancel->setEnabled(!job->isDone() && !job->isCancelRequested());
}

} // namespace qb
