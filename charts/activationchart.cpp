#include "activationchart.h"

#include "chartexport.h"
#include "charttheme.h"
#include "qcp.h"

#include "quant/quantsim.h"

namespace qb {

struct ActivationChart::Private {
    QCustomPlot *plot = nullptr;
    QCPGraph *bins = nullptr;
    QCPTextElement *title = nullptr;
    QList<QCPItemStraightLine *> lines;
    int binCount = 0;
};

ActivationChart::ActivationChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = charts::createPlot(this, QStringLiteral("activationPlot"));
    d->plot->plotLayout()->insertRow(0);
    d->title = new QCPTextElement(d->plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    d->plot->plotLayout()->addElement(0, 0, d->title);
    d->bins = d->plot->addGraph();
    d->bins->setName(tr("calibration activations"));
    d->bins->setLineStyle(QCPGraph::lsStepCenter);
    QColor fill = palette().color(QPalette::Highlight);
    d->bins->setPen(QPen(fill.darker(120)));
    fill.setAlpha(90);
    d->bins->setBrush(fill);
    // Counts span orders of magnitude (the tails are what clipping is about): a log scale.
    d->plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    d->plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    d->plot->xAxis->setLabel(tr("activation value"));
    d->plot->yAxis->setLabel(tr("count"));
    d->plot->legend->setVisible(true);
    d->plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    clear(tr("Calibrate to see this layer's activations (Experiment > Activation Histograms)"));
}

ActivationChart::~ActivationChart() = default;

int ActivationChart::binCount() const
{
    return d->binCount;
}

int ActivationChart::rangeLineCount() const
{
    return d->lines.size();
}

void ActivationChart::clear(const QString &message)
{
    d->bins->data()->clear();
    for (QCPItemStraightLine *line : std::as_const(d->lines))
        d->plot->removeItem(line);
    d->lines.clear();
    while (d->plot->graphCount() > 1)
        d->plot->removeGraph(d->plot->graphCount() - 1);
    d->binCount = 0;
    d->title->setText(message);
    d->plot->replot();
}

void ActivationChart::setHistogram(const ActivationHistogram &h, bool clipRanges, const QString &title, const QString &axis)
{
    clear(title.isEmpty() ? tr("%1: output activations during calibration, and each observer's clip range").arg(h.layer) : title);
    d->plot->xAxis->setLabel(axis.isEmpty() ? tr("activation value") : axis);
    const int n = h.counts.size();
    const double width = n > 0 ? (h.max - h.min) / n : 1;
    double top = 1;
    for (int i = 0; i < n; ++i) {
        // Empty bins sit at 0.5 so the log axis can show them as the floor.
        d->bins->addData(h.min + (i + 0.5) * width, std::max(0.5, h.counts.at(i)));
        top = std::max(top, h.counts.at(i));
    }
    d->binCount = n;
    const struct {
        QString name;
        double lo, hi;
        QColor color;
        Qt::PenStyle style;
    } ranges[] = {{tr("min-max"), h.min, h.max, QColor(0x55, 0x55, 0x55), Qt::DotLine},
                  {tr("percentile 99.99"), h.percentileLo, h.percentileHi, QColor(0xff, 0x7f, 0x0e), Qt::DashLine},
                  {tr("MSE"), h.mseLo, h.mseHi, QColor(0xd6, 0x27, 0x28), Qt::SolidLine}};
    for (const auto &r : ranges) {
        if (!clipRanges && r.lo != h.min)
            continue;
        // A legend entry per observer: an empty graph with the line's pen.
        QCPGraph *key = d->plot->addGraph();
        key->setName(QStringLiteral("%1  [%2, %3]").arg(r.name).arg(r.lo, 0, 'g', 4).arg(r.hi, 0, 'g', 4));
        key->setPen(QPen(r.color, 1.5, r.style));
        for (double x : {r.lo, r.hi}) {
            auto *line = new QCPItemStraightLine(d->plot);
            line->point1->setCoords(x, 1);
            line->point2->setCoords(x, 2);
            line->setPen(QPen(r.color, 1.5, r.style));
            d->lines << line;
        }
    }
    const double pad = (h.max - h.min) * 0.05 + 1e-9;
    d->plot->xAxis->setRange(h.min - pad, h.max + pad);
    d->plot->yAxis->setRange(0.4, top * 2);
    d->plot->replot();
}

bool ActivationChart::exportTo(const QString &path, QString *error)
{
    return exportPlot(d->plot, path, error);
}

} // namespace qb
