#include "comparisonplots.h"

#include "experiment/experimentdetails.h"
#include "report/report.h"

#include <QSharedPointer>

#include <cmath>

namespace qb::plots {

namespace {

QColor seriesColor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    return colors[i % 6];
}

void setTitle(QCustomPlot *plot, const QString &title)
{
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title, QFont(plot->font().family(), 11, QFont::Bold)));
}

/// Moves the point labels of a scatter chart apart: each label, left to right, takes the first of a
/// few vertical offsets at which its box overlaps no label placed before it (in pixels, converted
/// back to plot coordinates so the labels still follow panning). Needs a laid-out plot.
void separateLabels(QCustomPlot *plot, const QVector<QCPItemText *> &labels)
{
    plot->replot(); // lays out the axis rect, so coordinates map to pixels
    QVector<QRectF> placed;
    QVector<QCPItemText *> order = labels;
    std::sort(order.begin(), order.end(), [](QCPItemText *a, QCPItemText *b) {
        return a->position->coords().x() < b->position->coords().x();
    });
    const QFontMetrics metrics(labels.isEmpty() ? plot->font() : labels.first()->font());
    for (QCPItemText *label : std::as_const(order)) {
        const QPointF anchor = label->position->pixelPosition();
        const QSizeF size(metrics.horizontalAdvance(label->text()) + 4, metrics.height());
        QRectF box;
        // Right of the point first, then left of it, each at growing vertical offsets.
        bool free = false;
        for (const double side : {0.0, -1.0}) {
            for (const double offset : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0, 5.0, -5.0}) {
                box = QRectF(QPointF(anchor.x() + side * (size.width() + 6), anchor.y() - size.height() * (1 + offset)), size);
                free = std::none_of(placed.cbegin(), placed.cend(), [&box](const QRectF &r) { return r.intersects(box); });
                if (free)
                    break;
            }
            if (free)
                break;
        }
        placed << box;
        label->position->setCoords(plot->xAxis->pixelToCoord(box.left()), plot->yAxis->pixelToCoord(box.bottom()));
    }
}

} // namespace

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::SizeMB: return QCoreApplication::translate("qb::plots", "size (MB)");
    case Metric::LatencyMedianMs: return QCoreApplication::translate("qb::plots", "latency, median (ms)");
    case Metric::AccuracyPercent: return QCoreApplication::translate("qb::plots", "top-1 accuracy (%)");
    case Metric::AgreementPercent: return QCoreApplication::translate("qb::plots", "agreement with float (%)");
    case Metric::SqnrDb: return QCoreApplication::translate("qb::plots", "output SQNR (dB)");
    }
    return {};
}

double metricValue(const ExperimentRecord &r, Metric metric)
{
    switch (metric) {
    case Metric::SizeMB: return r.sizeBytes / 1e6;
    case Metric::LatencyMedianMs: return r.latencyMedianMs;
    case Metric::AccuracyPercent: return r.accuracy * 100;
    case Metric::AgreementPercent: return r.agreement * 100;
    case Metric::SqnrDb: return std::isinf(r.sqnrDb) ? qQNaN() : r.sqnrDb;
    }
    return qQNaN();
}

QString experimentTag(const ExperimentRecord &r)
{
    return QStringLiteral("#%1 %2 %3")
        .arg(r.id)
        .arg(experimentModeName(r.mode), r.mode == ExperimentMode::Float ? QString() : engineName(r.engine))
        .trimmed();
}

void reset(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->clearItems();
    // The scaling chart puts the legend under the plot: back into the axis rect's corner first, so
    // that only title rows are left to remove.
    if (plot->legend && !plot->axisRect()->insetLayout()->elements(false).contains(plot->legend)) {
        plot->plotLayout()->take(plot->legend);
        plot->plotLayout()->simplify();
        plot->axisRect()->insetLayout()->addElement(plot->legend, Qt::AlignRight | Qt::AlignTop);
        plot->legend->setWrap(0);
    }
    while (plot->plotLayout()->rowCount() > 1) {
        plot->plotLayout()->removeAt(0);
        plot->plotLayout()->simplify();
    }
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->setScaleType(QCPAxis::stLinear);
    plot->yAxis->setScaleType(QCPAxis::stLinear);
    plot->xAxis->setTickLabelRotation(0);
    plot->xAxis->setLabel(QString());
    plot->yAxis->setLabel(QString());
    plot->yAxis->setRangeReversed(false);
    plot->legend->setVisible(false);
}

void drawBars(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, Metric metric, const QString &title)
{
    reset(plot);
    setTitle(plot, title);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, values;
    double top = 0;
    for (const ExperimentRecord &r : experiments) {
        const double v = metricValue(r, metric);
        if (std::isnan(v))
            continue;
        keys << keys.size() + 1;
        values << v;
        ticker->addTick(keys.last(), experimentTag(r));
        top = std::max(top, v);
    }
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setWidth(0.6);
    bars->setPen(QPen(seriesColor(0).darker(130)));
    bars->setBrush(seriesColor(0));
    bars->setData(keys, values, true);
    plot->xAxis->setTicker(ticker);
    const bool rotated = keys.size() > 4;
    plot->xAxis->setTickLabelRotation(rotated ? 30 : 0);
    // Rotated labels run down and to the right: leave room for the last one.
    plot->xAxis->setRange(0.3, keys.size() + (rotated ? 1.4 : 0.7));
    plot->yAxis->setLabel(metricLabel(metric));
    // Accuracy differences live in the top few points: start the axis near the smallest bar (the
    // bars still rise from zero, cut by the axis).
    double bottom = 0;
    if ((metric == Metric::AccuracyPercent || metric == Metric::AgreementPercent) && !values.isEmpty()) {
        const double low = *std::min_element(values.cbegin(), values.cend());
        bottom = std::max(0.0, std::floor(low - (top - low) - 1));
    }
    plot->yAxis->setRange(bottom, top > bottom ? top + (top - bottom) * 0.1 : bottom + 1);
    plot->replot();
}

void drawTradeoff(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, Metric x, Metric y, const QString &title)
{
    reset(plot);
    setTitle(plot, title);
    QVector<double> xs, ys;
    QVector<const ExperimentRecord *> shown;
    for (const ExperimentRecord &r : experiments) {
        const double vx = metricValue(r, x), vy = metricValue(r, y);
        if (std::isnan(vx) || std::isnan(vy))
            continue;
        xs << vx;
        ys << vy;
        shown << &r;
    }
    auto *points = plot->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColor(0), 8));
    points->setData(xs, ys);
    points->setName(QCoreApplication::translate("qb::plots", "experiments"));
    const QVector<int> front = paretoFront(xs, ys);
    QVector<double> fx, fy;
    for (int i : front) {
        fx << xs.at(i);
        fy << ys.at(i);
    }
    auto *line = plot->addGraph();
    line->setPen(QPen(seriesColor(3), 1.5, Qt::DashLine));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColor(3), 12));
    line->setData(fx, fy, true);
    line->setName(QCoreApplication::translate("qb::plots", "Pareto front"));
    QVector<QCPItemText *> labels;
    for (int i = 0; i < shown.size(); ++i) {
        auto *label = new QCPItemText(plot);
        label->position->setCoords(xs.at(i), ys.at(i));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(QStringLiteral(" #%1").arg(shown.at(i)->id));
        label->setFont(QFont(plot->font().family(), 8));
        labels << label;
    }
    plot->xAxis->setLabel(metricLabel(x));
    plot->yAxis->setLabel(metricLabel(y));
    plot->rescaleAxes();
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        const QCPRange r = axis->range();
        const double pad = std::max(r.size() * 0.12, std::abs(r.center()) * 0.02 + 1e-3);
        axis->setRange(r.lower - pad, r.upper + pad);
    }
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    separateLabels(plot, labels);
    plot->replot();
}

int drawScaling(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, const QString &title)
{
    reset(plot);
    setTitle(plot, title);
    auto addCurve = [plot](const ScalingCurve &curve, int threads, const QPen &pen, const QString &name) {
        QVector<double> batch, usPerSample;
        for (const ScalingPoint &p : curve.points) {
            if (p.threads != threads || p.medianMs <= 0)
                continue;
            batch << p.batch;
            usPerSample << p.msPerSample() * 1000;
        }
        if (batch.isEmpty())
            return;
        QCPGraph *graph = plot->addGraph();
        graph->setPen(pen);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pen.color(), 5));
        graph->setData(batch, usPerSample, true);
        graph->setName(name);
    };
    const QVector<int> threadCounts = scalingThreads();
    const Qt::PenStyle threadStyles[] = {Qt::SolidLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    int drawn = 0;
    bool baselineDrawn = false;
    for (const ExperimentRecord &r : experiments) {
        const std::optional<ScalingDetails> scaling = ExperimentDetails::fromJson(r.details).scaling;
        if (!scaling || !scaling->floatModel.valid)
            continue;
        for (int t = 0; t < threadCounts.size(); ++t) {
            const int threads = threadCounts.at(t);
            const QString suffix = QCoreApplication::translate("qb::plots", ", threads: %1").arg(threads);
            if (!baselineDrawn)
                addCurve(scaling->floatModel, threads, QPen(Qt::darkGray, 1.5, t == 0 ? Qt::DashLine : threadStyles[t % 4]),
                         QCoreApplication::translate("qb::plots", "float (#%1)")
                                 .arg(scaling->baselineId > 0 ? scaling->baselineId : r.id) + suffix);
            if (scaling->quantized && scaling->quantized->valid)
                addCurve(*scaling->quantized, threads, QPen(seriesColor(drawn), 1.5, threadStyles[t % 4]),
                         experimentTag(r) + suffix);
        }
        baselineDrawn = true;
        ++drawn;
    }
    plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot->xAxis->setLabel(QCoreApplication::translate("qb::plots", "batch size"));
    plot->yAxis->setLabel(QCoreApplication::translate("qb::plots", "latency per sample (µs, median)"));
    plot->rescaleAxes();
    plot->xAxis->setRange(plot->xAxis->range().lower / 1.5, plot->xAxis->range().upper * 1.5);
    plot->yAxis->setRange(plot->yAxis->range().lower / 1.3, plot->yAxis->range().upper * 1.3);
    // Many curves: the legend goes under the plot in columns instead of over the lines.
    plot->legend->setVisible(drawn > 0);
    plot->legend->setFont(QFont(plot->font().family(), 7));
    if (drawn > 2 && plot->axisRect()->insetLayout()->elements(false).contains(plot->legend)) {
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(plot->plotLayout()->rowCount() - 1, 0.001);
        plot->legend->setWrap(4);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    } else {
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    }
    plot->replot();
    return drawn;
}

void drawLayerSqnr(QCustomPlot *plot, const QVector<QPair<ExperimentRecord, QVector<LayerMetricRecord>>> &series,
                   const QString &title)
{
    reset(plot);
    setTitle(plot, title);
    QStringList layers;
    for (const auto &s : series)
        for (const LayerMetricRecord &l : s.second)
            if (!layers.contains(l.layer) && std::isfinite(l.sqnrDb))
                layers << l.layer;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < layers.size(); ++i)
        ticker->addTick(i + 1, layers.at(i));
    auto *group = new QCPBarsGroup(plot);
    double top = 0;
    for (int s = 0; s < series.size(); ++s) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(experimentTag(series.at(s).first));
        bars->setPen(QPen(seriesColor(s).darker(130)));
        bars->setBrush(seriesColor(s));
        bars->setWidth(0.8 / std::max<qsizetype>(1, series.size()));
        bars->setBarsGroup(group);
        for (const LayerMetricRecord &l : series.at(s).second) {
            const int index = layers.indexOf(l.layer);
            if (index >= 0 && std::isfinite(l.sqnrDb)) {
                bars->addData(index + 1, l.sqnrDb);
                top = std::max(top, l.sqnrDb);
            }
        }
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(layers.size() > 6 ? 45 : 0);
    plot->xAxis->setRange(0.3, layers.size() + (layers.size() > 6 ? 1.4 : 0.7));
    plot->yAxis->setLabel(QCoreApplication::translate("qb::plots", "activation SQNR (dB), higher is better"));
    plot->yAxis->setRange(0, top * 1.1 + 1);
    plot->legend->setVisible(series.size() > 1);
    plot->replot();
}

} // namespace qb::plots
