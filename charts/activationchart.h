#pragma once

#include <QWidget>

#include <memory>

namespace qb {

struct ActivationHistogram;

/// A layer's output activation histogram from calibration, with the clip range each observer would
/// choose drawn over it: min-max (the whole range), 99.99th percentile, and MSE. GUI thread only.
class ActivationChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationChart(QWidget *parent = nullptr);
    ~ActivationChart() override;
    Q_DISABLE_COPY_MOVE(ActivationChart)

    void setHistogram(const ActivationHistogram &histogram);
    void clear(const QString &message);
    int binCount() const;
    int rangeLineCount() const; ///< clip-range lines drawn (two per observer)

    bool exportTo(const QString &path, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qb
