#pragma once

#include "store/experimentstore.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace qb {

/// The compare view's chart: one of several views of the selected experiments, drawn with
/// QCustomPlot (hidden behind a pimpl). Exports to PNG, SVG and PDF. GUI thread only.
class ComparisonChart final : public QWidget
{
    Q_OBJECT

public:
    enum class View {
        SizeBars,
        LatencyBars,
        AccuracyBars,
        AccuracyVsLatency,
        AccuracyVsSize,
        LayerSqnr,           ///< per-layer activation SQNR, side by side
        LatencyDistribution, ///< box plots of every timed run
        ConfusionDifference, ///< quantized minus float confusion matrix of the first experiment
        Sensitivity,         ///< the first selected sensitivity sweep, one bar per layer, most sensitive first
        Scaling,             ///< latency per sample against batch size and threads, with the float baseline
    };
    static QString viewName(View view);

    explicit ComparisonChart(QWidget *parent = nullptr);
    ~ComparisonChart() override;
    Q_DISABLE_COPY_MOVE(ComparisonChart)

    void show(const QVector<ExperimentRecord> &experiments, const QHash<qint64, QVector<LayerMetricRecord>> &layers,
              View view);

    /// Bars, points or boxes drawn (for tests and for "nothing to show" messages).
    int plottedCount() const;
    QString message() const; ///< why nothing is drawn, when nothing is

    bool exportTo(const QString &path, QString *error);

private:
    void drawLatencyDistribution(const QVector<ExperimentRecord> &finished);
    void drawSensitivity(const QVector<ExperimentRecord> &finished, const QHash<qint64, QVector<LayerMetricRecord>> &layers);
    /// Draws and replots; false when no experiment has what it needs (the message says so).
    bool drawConfusionDifference(const QVector<ExperimentRecord> &finished);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qb
