#pragma once

#include <QWidget>

#include <memory>

namespace qb {

struct ActivationHistogram;

/// A value histogram on a log scale: a layer's output activations from calibration, with the clip
/// range each observer would choose drawn over it (min-max, 99.99th percentile, MSE), or a weight
/// tensor's values with its range. GUI thread only.
class ActivationChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivationChart(QWidget *parent = nullptr);
    ~ActivationChart() override;
    Q_DISABLE_COPY_MOVE(ActivationChart)

    /// Draws the histogram; with `clipRanges` false only the min-max range (for weights, which are
    /// quantized over their whole range).
    void setHistogram(const ActivationHistogram &histogram, bool clipRanges = true, const QString &title = QString(),
                      const QString &axis = QString());
    void clear(const QString &message);
    int binCount() const;
    int rangeLineCount() const; ///< clip-range lines drawn (two per observer)

    bool exportTo(const QString &path, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qb
