#pragma once

#include "store/experimentstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace qb {

class ComparisonChart;

/// The Compare tab: charts of the experiments selected in the browser (bars, trade-offs with the
/// Pareto front, per-layer SQNR, latency distributions, confusion change), each exportable.
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    /// Shows these experiments, read from `store` (which must outlive the call only).
    void setExperiments(ExperimentStore *store, const QList<qint64> &ids);
    ComparisonChart *chart() const { return m_chart; }
    /// Picks a chart by its position in the chart list (as ComparisonChart::View).
    void setView(int view);
    int experimentCount() const { return m_experiments.size(); }
    /// The experiments shown, as read from the log (for the other views that follow the selection).
    const QVector<ExperimentRecord> &experiments() const { return m_experiments; }
    QVector<LayerMetricRecord> layerMetrics(qint64 id) const { return m_layers.value(id); }

private:
    void redraw();
    void exportChart();

    QVector<ExperimentRecord> m_experiments;
    QHash<qint64, QVector<LayerMetricRecord>> m_layers;
    QComboBox *m_viewBox = nullptr;
    ComparisonChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace qb
