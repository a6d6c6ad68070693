#pragma once

#include "store/experimentstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace qb {

class ComparisonChart;
class Workbench;

/// The Compare tab: charts of the workbench's selected experiments (bars, trade-offs with the
/// Pareto front, per-layer SQNR, latency distributions, confusion change), each exportable.
class CompareView final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(Workbench *workbench, QWidget *parent = nullptr);
    ~CompareView() override;

    ComparisonChart *chart() const { return m_chart; }
    /// Picks a chart by its position in the chart list (as ComparisonChart::View).
    void setView(int view);
    int experimentCount() const;

private:
    void redraw();
    void exportChart();

    Workbench *m_workbench;
    QComboBox *m_viewBox = nullptr;
    ComparisonChart *m_chart = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace qb
