#include "comparisonchart.h"

#include "chartexport.h"
#include "charttheme.h"
#include "comparisonplots.h"

#include "experiment/experimentdetails.h"
#include "util/statistics.h"

#include <QJsonArray>

#include <algorithm>

namespace qb {

namespace {

} // namespace

struct ComparisonChart::Private {
    QCustomPlot *plot = nullptr;
    int plotted = 0;
    QString message;
};

QString ComparisonChart::viewName(View view)
{
    switch (view) {
    case View::SizeBars: return tr("Size");
    case View::LatencyBars: return tr("Latency");
    case View::AccuracyBars: return tr("Accuracy");
    case View::AccuracyVsLatency: return tr("Accuracy against latency");
    case View::AccuracyVsSize: return tr("Accuracy against size");
    case View::LayerSqnr: return tr("Per-layer SQNR");
    case View::LatencyDistribution: return tr("Latency distribution");
    case View::ConfusionDifference: return tr("Confusion matrix change");
    case View::Sensitivity: return tr("Layer sensitivity");
    case View::Scaling: return tr("Scaling with batch size and threads");
    }
    return {};
}

ComparisonChart::ComparisonChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = charts::createPlot(this, QStringLiteral("comparisonPlot"));
    d->plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

ComparisonChart::~ComparisonChart() = default;

int ComparisonChart::plottedCount() const
{
    return d->plotted;
}

QString ComparisonChart::message() const
{
    return d->message;
}

void ComparisonChart::show(const QVector<ExperimentRecord> &experiments,
                           const QHash<qint64, QVector<LayerMetricRecord>> &layers, View view)
{
    QCustomPlot *plot = d->plot;
    d->plotted = 0;
    d->message.clear();
    QVector<ExperimentRecord> finished;
    for (const ExperimentRecord &r : experiments)
        if (r.isFinished())
            finished << r;
    auto countData = [plot] {
        int n = 0;
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (auto *p = plot->plottable(i); p && p->interface1D())
                n += p->interface1D()->dataCount();
        return n;
    };
    switch (view) {
    case View::SizeBars:
        plots::drawBars(plot, finished, plots::Metric::SizeMB, viewName(view));
        break;
    case View::LatencyBars:
        plots::drawBars(plot, finished, plots::Metric::LatencyMedianMs, viewName(view));
        break;
    case View::AccuracyBars:
        plots::drawBars(plot, finished, plots::Metric::AccuracyPercent, viewName(view));
        break;
    case View::AccuracyVsLatency:
        plots::drawTradeoff(plot, finished, plots::Metric::LatencyMedianMs, plots::Metric::AccuracyPercent, viewName(view));
        break;
    case View::AccuracyVsSize:
        plots::drawTradeoff(plot, finished, plots::Metric::SizeMB, plots::Metric::AccuracyPercent, viewName(view));
        break;
    case View::LayerSqnr: {
        QVector<QPair<ExperimentRecord, QVector<LayerMetricRecord>>> series;
        for (const ExperimentRecord &r : finished)
            if (!layers.value(r.id).isEmpty() && series.size() < 4)
                series << qMakePair(r, layers.value(r.id));
        plots::drawLayerSqnr(plot, series, viewName(view));
        if (series.isEmpty())
            d->message = tr("None of the selected experiments has per-layer SQNR (float baselines and QAT runs do not).");
        break;
    }
    case View::LatencyDistribution:
        drawLatencyDistribution(finished);
        break;
    case View::Sensitivity:
        drawSensitivity(finished, layers);
        break;
    case View::ConfusionDifference:
        if (drawConfusionDifference(finished))
            return;
        break;
    case View::Scaling:
        if (plots::drawScaling(plot, finished, viewName(view)) == 0)
            d->message = tr("None of the selected experiments timed batch sizes and threads: run them with "
                            "\"Scaling\" checked (quantbench-cli quantize --bench-runs N --scaling).");
        break;
    }
    d->plotted = countData();
    if (d->plotted == 0 && d->message.isEmpty())
        d->message = finished.isEmpty() ? tr("Select finished experiments in the Experiments tab to compare them.")
                                        : tr("The selected experiments have no values for this chart.");
    plot->replot();
}

void ComparisonChart::drawLatencyDistribution(const QVector<ExperimentRecord> &finished)
{
    QCustomPlot *plot = d->plot;
    plots::reset(plot);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    auto *boxes = new QCPStatisticalBox(plot->xAxis, plot->yAxis);
    int key = 0;
    double top = 0;
    for (const ExperimentRecord &r : finished) {
        QVector<double> t = ExperimentDetails::fromJson(r.details).latencyTimesMs();
        std::sort(t.begin(), t.end());
        if (t.isEmpty())
            continue;
        ++key;
        boxes->addData(key, t.first(), percentile(t, 25), percentile(t, 50), percentile(t, 75), t.last());
        ticker->addTick(key, plots::experimentTag(r));
        top = std::max(top, t.last());
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(key > 4 ? 30 : 0);
    plot->xAxis->setRange(0.3, key + (key > 4 ? 1.4 : 0.7));
    plot->yAxis->setLabel(tr("latency per run (ms): min, quartiles, max"));
    plot->yAxis->setRange(0, top * 1.1 + 1e-3);
    if (key == 0)
        d->message = tr("No timed runs stored for the selected experiments.");
}

void ComparisonChart::drawSensitivity(const QVector<ExperimentRecord> &finished, const QHash<qint64, QVector<LayerMetricRecord>> &layers)
{
    QCustomPlot *plot = d->plot;
    plots::reset(plot);
    const ExperimentRecord *sweep = nullptr;
    for (const ExperimentRecord &r : finished)
        if (r.kind == ExperimentKind::Sensitivity) {
            sweep = &r;
            break;
        }
    if (!sweep) {
        d->message = tr("Select a sensitivity sweep (Experiment menu) in the Experiments tab.");
        return;
    }
    QVector<LayerMetricRecord> rows = layers.value(sweep->id);
    std::sort(rows.begin(), rows.end(), [](const LayerMetricRecord &a, const LayerMetricRecord &b) { return a.rank < b.rank; });
    const SweepDetails summary = ExperimentDetails::fromJson(sweep->details).sweep.value_or(SweepDetails());
    const QString metric = summary.metric;
    const bool oneOn = summary.mode == SweepMode::OneOn;
    const double base = summary.referenceValue();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setBrush(QColor(0xd6, 0x27, 0x28));
    bars->setPen(QPen(QColor(0xd6, 0x27, 0x28).darker(130)));
    double top = 0, bottom = 0;
    int key = 0;
    for (const LayerMetricRecord &l : rows) {
        if (std::isnan(l.sensitivity) || std::isnan(base))
            continue;
        const double impact = (oneOn ? base - l.sensitivity : l.sensitivity - base) * 100;
        bars->addData(++key, impact);
        ticker->addTick(key, l.layer);
        top = std::max(top, impact);
        bottom = std::min(bottom, impact);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(key > 6 ? 45 : 0);
    plot->xAxis->setRange(0.3, key + (key > 6 ? 1.4 : 0.7));
    plot->yAxis->setLabel(oneOn ? tr("%1 lost with only this layer in int8 (points)").arg(metric)
                                : tr("%1 regained with only this layer in float (points)").arg(metric));
    plot->yAxis->setRange(bottom - 0.05 * (top - bottom + 1e-9), top + 0.1 * (top - bottom) + 1e-3);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, tr("#%1: layer sensitivity (%2)").arg(sweep->id).arg(
                                                                      oneOn ? tr("each layer alone in int8") : tr("each layer alone in float")),
                                                            QFont(font().family(), 11, QFont::Bold)));
    if (key == 0)
        d->message = tr("This sweep stored no scores.");
}

bool ComparisonChart::drawConfusionDifference(const QVector<ExperimentRecord> &finished)
{
    QCustomPlot *plot = d->plot;
    plots::reset(plot);
    const ExperimentRecord *chosen = nullptr;
    ExperimentDetails details;
    for (const ExperimentRecord &r : finished) {
        details = ExperimentDetails::fromJson(r.details);
        if (details.accuracy && details.floatAccuracy) {
            chosen = &r;
            break;
        }
    }
    if (!chosen) {
        d->message = tr("Select a quantized experiment evaluated on labelled data.");
        return false;
    }
    const QVector<QVector<int>> &q = details.accuracy->confusion;
    const QVector<QVector<int>> &f = details.floatAccuracy->confusion;
    const int n = std::min(q.size(), f.size());
    auto *map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
    int extreme = 1;
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n && p < q.at(t).size() && p < f.at(t).size(); ++p) {
            const int diff = q.at(t).at(p) - f.at(t).at(p);
            map->data()->setCell(p, t, diff);
            extreme = std::max(extreme, std::abs(diff));
            if (diff != 0) {
                auto *label = new QCPItemText(plot);
                label->position->setCoords(p, t);
                label->setText(QString::number(diff));
                label->setFont(QFont(font().family(), 8));
                label->setProperty(charts::kKeepColorProperty, true); // on the map's light cells
            }
        }
    QCPColorGradient gradient(QCPColorGradient::gpPolar);
    map->setGradient(gradient);
    map->setDataRange(QCPRange(-extreme, extreme));
    plot->xAxis->setLabel(tr("predicted class"));
    plot->yAxis->setLabel(tr("true class"));
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setRange(-0.5, n - 0.5);
    plot->yAxis->setRange(-0.5, n - 0.5);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, tr("#%1: quantized minus float predictions (red: more, blue: fewer)").arg(chosen->id),
                                                            QFont(font().family(), 11, QFont::Bold)));
    d->plotted = n * n;
    plot->replot();
    return true;
}

bool ComparisonChart::exportTo(const QString &path, QString *error)
{
    return exportPlot(d->plot, path, error);
}

} // namespace qb
