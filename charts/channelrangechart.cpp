#include "channelrangechart.h"

#include "chartexport.h"
#include "charttheme.h"
#include "qcp.h"

#include "model/modelinfo.h"

#include <algorithm>

namespace qb {

struct ChannelRangeChart::Private {
    QCustomPlot *plot = nullptr;
    QCPGraph *minGraph = nullptr;
    QCPGraph *maxGraph = nullptr;
    QCPItemStraightLine *tensorMin = nullptr;
    QCPItemStraightLine *tensorMax = nullptr;
    QCPTextElement *title = nullptr;
    int channels = 0;
};

ChannelRangeChart::ChannelRangeChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = charts::createPlot(this, QStringLiteral("channelRangePlot"));

    d->plot->plotLayout()->insertRow(0);
    d->title = new QCPTextElement(d->plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    d->plot->plotLayout()->addElement(0, 0, d->title);

    const QColor band = palette().color(QPalette::Highlight);
    d->maxGraph = d->plot->addGraph();
    d->minGraph = d->plot->addGraph();
    d->maxGraph->setName(tr("channel max"));
    d->minGraph->setName(tr("channel min"));
    d->maxGraph->setLineStyle(QCPGraph::lsStepCenter);
    d->minGraph->setLineStyle(QCPGraph::lsStepCenter);
    d->maxGraph->setPen(QPen(band.darker(120)));
    d->minGraph->setPen(QPen(band.darker(120)));
    QColor fill = band;
    fill.setAlpha(90);
    d->maxGraph->setBrush(fill);
    d->maxGraph->setChannelFillGraph(d->minGraph);

    QPen dashed(palette().color(QPalette::WindowText), 1, Qt::DashLine);
    d->tensorMin = new QCPItemStraightLine(d->plot);
    d->tensorMax = new QCPItemStraightLine(d->plot);
    for (auto *line : {d->tensorMin, d->tensorMax}) {
        line->setPen(dashed);
        line->setVisible(false);
    }
    // Channels are whole numbers: ticks at integer multiples only.
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    d->plot->xAxis->setTicker(ticker);
    d->plot->xAxis->setLabel(tr("output channel"));
    d->plot->yAxis->setLabel(tr("weight value"));
    d->plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    clear(tr("Select a layer with weights"));
}

ChannelRangeChart::~ChannelRangeChart() = default;

void ChannelRangeChart::setRanges(const QString &title, const QVector<ChannelRange> &ranges)
{
    QVector<double> x, lo, hi;
    double overallMin = 0, overallMax = 0;
    for (int i = 0; i < ranges.size(); ++i) {
        x << i;
        lo << ranges.at(i).min;
        hi << ranges.at(i).max;
        overallMin = std::min(overallMin, ranges.at(i).min);
        overallMax = std::max(overallMax, ranges.at(i).max);
    }
    d->channels = ranges.size();
    d->minGraph->setData(x, lo, true);
    d->maxGraph->setData(x, hi, true);
    d->title->setText(title);
    d->tensorMin->point1->setCoords(0, overallMin);
    d->tensorMin->point2->setCoords(1, overallMin);
    d->tensorMax->point1->setCoords(0, overallMax);
    d->tensorMax->point2->setCoords(1, overallMax);
    d->tensorMin->setVisible(!ranges.isEmpty());
    d->tensorMax->setVisible(!ranges.isEmpty());
    d->plot->xAxis->setRange(-0.5, std::max(0.5, ranges.size() - 0.5));
    const double pad = std::max(1e-6, (overallMax - overallMin) * 0.08);
    d->plot->yAxis->setRange(overallMin - pad, overallMax + pad);
    d->plot->replot();
}

void ChannelRangeChart::clear(const QString &message)
{
    setRanges(message, {});
}

bool ChannelRangeChart::exportTo(const QString &path, QString *error)
{
    return exportPlot(d->plot, path, error);
}

int ChannelRangeChart::channelCount() const
{
    return d->channels;
}

} // namespace qb
