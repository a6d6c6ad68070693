#include "compareview.h"

#include "comparisonchart.h"

#include "workbench/workbench.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace qb {

CompareView::CompareView(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Chart:"), this));
    m_viewBox = new QComboBox(this);
    m_viewBox->setObjectName(QStringLiteral("chartBox"));
    using V = ComparisonChart::View;
    for (V v : {V::SizeBars, V::LatencyBars, V::AccuracyBars, V::AccuracyVsLatency, V::AccuracyVsSize, V::LayerSqnr,
                V::LatencyDistribution, V::ConfusionDifference, V::Sensitivity, V::Scaling})
        m_viewBox->addItem(ComparisonChart::viewName(v), int(v));
    m_viewBox->setCurrentIndex(QSettings().value(QStringLiteral("compare/view"), 0).toInt());
    bar->addWidget(m_viewBox);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    bar->addWidget(m_message, 1);
    m_export = new QPushButton(tr("Export Chart…"), this);
    m_export->setObjectName(QStringLiteral("exportChartButton"));
    m_export->setToolTip(tr("Save this chart as PNG, SVG or PDF"));
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_chart = new ComparisonChart(this);
    layout->addWidget(m_chart, 1);
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings().setValue(QStringLiteral("compare/view"), index);
        redraw();
    });
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportChart);
    connect(workbench, &Workbench::selectionChanged, this, &CompareView::redraw);
    redraw();
}

CompareView::~CompareView() = default;

int CompareView::experimentCount() const
{
    return m_workbench->selectedExperiments().size();
}

void CompareView::setView(int view)
{
    const int index = m_viewBox->findData(view);
    if (index >= 0)
        m_viewBox->setCurrentIndex(index);
}

void CompareView::redraw()
{
    m_chart->show(m_workbench->selectedExperiments(), m_workbench->selectedLayers(),
                  ComparisonChart::View(m_viewBox->currentData().toInt()));
    m_message->setText(m_chart->message());
    m_export->setEnabled(m_chart->plottedCount() > 0);
}

void CompareView::exportChart()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                      settings.value(QStringLiteral("compare/exportPath"), QStringLiteral("chart.png")).toString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("compare/exportPath"), path);
    QString error;
    if (!m_chart->exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace qb
