#pragma once

#include <QVector>
#include <QWidget>

#include <memory>

namespace qb {

struct ChannelRange;

/// Per-output-channel weight ranges of one tensor: a band from each channel's min to its max, with
/// the tensor's overall range as dashed lines, so channels that would waste a per-tensor scale stand
/// out. Hides QCustomPlot behind a pimpl. GUI thread only.
class ChannelRangeChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelRangeChart(QWidget *parent = nullptr);
    ~ChannelRangeChart() override;
    Q_DISABLE_COPY_MOVE(ChannelRangeChart)

    void setRanges(const QString &title, const QVector<ChannelRange> &ranges);
    void clear(const QString &message);

    /// Saves the chart as PNG, SVG or PDF by extension.
    bool exportTo(const QString &path, QString *error);

    int channelCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qb
