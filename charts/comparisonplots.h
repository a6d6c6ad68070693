#pragma once
// Charts/-internal: the comparison charts drawn into a QCustomPlot, shared by the compare view and
// the reports. Includes QCustomPlot; never include from ui/ or app/.

#include "qcp.h"

#include "store/experimentstore.h"

namespace qb::plots {

/// The per-experiment numbers a bar or scatter chart can show.
enum class Metric { SizeMB, LatencyMedianMs, AccuracyPercent, AgreementPercent, SqnrDb };
QString metricLabel(Metric metric);
double metricValue(const ExperimentRecord &r, Metric metric);

/// "#12 static onednn": how charts name an experiment.
QString experimentTag(const ExperimentRecord &r);

/// One bar per experiment (NaN values left out), labelled by experimentTag.
void drawBars(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, Metric metric, const QString &title);

/// Each experiment as a point of (x, y), tagged, with the Pareto front (lower x, higher y) joined by
/// a line.
void drawTradeoff(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, Metric x, Metric y,
                  const QString &title);

/// Latency per sample against batch size (log scales), one line per experiment and thread count:
/// each experiment's deployment form, and the float model of the first one as the dashed baseline.
/// Experiments without a scaling curve are left out; returns how many were drawn.
int drawScaling(QCustomPlot *plot, const QVector<ExperimentRecord> &experiments, const QString &title);

/// Per-layer activation SQNR of up to a few experiments side by side (grouped bars by layer).
void drawLayerSqnr(QCustomPlot *plot, const QVector<QPair<ExperimentRecord, QVector<LayerMetricRecord>>> &series,
                   const QString &title);

/// Removes every plottable, item and title row, ready to draw again.
void reset(QCustomPlot *plot);

} // namespace qb::plots
