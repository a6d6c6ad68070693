#include "trainingchart.h"

#include "charttheme.h"
#include "qcp.h"

#include <QElapsedTimer>
#include <QTimer>

namespace qb {

struct TrainingChart::Private {
    QCustomPlot *plot = nullptr;
    QCPGraph *loss = nullptr;
    QCPGraph *accuracy = nullptr;
    QCPTextElement *title = nullptr;
    QTimer *timer = nullptr;
    QElapsedTimer sinceReplot;
    int points = 0;
    int replots = 0;
    bool dirty = false;
};

TrainingChart::TrainingChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = charts::createPlot(this, QStringLiteral("trainingPlot"));
    d->plot->plotLayout()->insertRow(0);
    d->title = new QCPTextElement(d->plot, tr("Select a QAT job to see its training curves"), QFont(font().family(), 10, QFont::Bold));
    d->plot->plotLayout()->addElement(0, 0, d->title);
    d->loss = d->plot->addGraph(d->plot->xAxis, d->plot->yAxis);
    d->loss->setName(tr("loss"));
    d->loss->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    d->accuracy = d->plot->addGraph(d->plot->xAxis, d->plot->yAxis2);
    d->accuracy->setName(tr("batch accuracy"));
    d->accuracy->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.0));
    d->plot->yAxis2->setVisible(true);
    d->plot->xAxis->setLabel(tr("step"));
    d->plot->yAxis->setLabel(tr("cross-entropy loss"));
    d->plot->yAxis2->setLabel(tr("batch accuracy (%)"));
    d->plot->yAxis2->setRange(0, 100);
    d->plot->legend->setVisible(true);
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
    connect(d->timer, &QTimer::timeout, this, &TrainingChart::replotNow);
    d->sinceReplot.start();
}

TrainingChart::~TrainingChart() = default;

int TrainingChart::pointCount() const
{
    return d->points;
}

int TrainingChart::replotCount() const
{
    return d->replots;
}

void TrainingChart::setPoints(const QString &title, const QVector<Point> &points)
{
    d->loss->data()->clear();
    d->accuracy->data()->clear();
    d->points = 0;
    d->title->setText(title);
    for (const Point &p : points) {
        d->loss->addData(p.step, p.loss);
        d->accuracy->addData(p.step, p.accuracy * 100);
        ++d->points;
    }
    d->timer->stop();
    replotNow();
}

void TrainingChart::addPoint(const Point &point)
{
    d->loss->addData(point.step, point.loss);
    d->accuracy->addData(point.step, point.accuracy * 100);
    ++d->points;
    d->dirty = true;
    if (!d->timer->isActive())
        d->timer->start(std::max<int>(0, kReplotIntervalMs - int(d->sinceReplot.elapsed())));
}

void TrainingChart::replotNow()
{
    d->dirty = false;
    bool found = false;
    const QCPRange loss = d->loss->data()->valueRange(found);
    d->plot->xAxis->setRange(0, std::max(1, d->points));
    if (found)
        d->plot->yAxis->setRange(0, loss.upper * 1.1 + 1e-6);
    d->plot->replot(QCustomPlot::rpQueuedReplot);
    ++d->replots;
    d->sinceReplot.restart();
}

} // namespace qb
