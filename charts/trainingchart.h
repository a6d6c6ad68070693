#pragma once

#include <QVector>
#include <QWidget>

#include <memory>

namespace qb {

/// Live QAT curves: training loss (left axis) and each step's batch accuracy (right axis). Steps can
/// arrive faster than a screen can show them; the chart replots at most every 40 ms. GUI thread.
class TrainingChart final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kReplotIntervalMs = 40;

    explicit TrainingChart(QWidget *parent = nullptr);
    ~TrainingChart() override;
    Q_DISABLE_COPY_MOVE(TrainingChart)

    struct Point {
        int step = 0;
        double loss = 0;
        double accuracy = 0;
    };
    /// Shows these steps (replacing what is shown) and redraws now.
    void setPoints(const QString &title, const QVector<Point> &points);
    /// Adds one step; the redraw waits for the next 40 ms tick.
    void addPoint(const Point &point);

    int pointCount() const;
    int replotCount() const; ///< redraws so far (for tests of the 40 ms limit)

private:
    void replotNow();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qb
