#include "charttheme.h"

#include "qcp.h"

#include <QEvent>
#include <QVBoxLayout>

namespace qb::charts {

namespace {

void applyPalette(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    QColor subGrid = text;
    subGrid.setAlpha(20);

    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text, 0));
            axis->setTickPen(QPen(text, 0));
            axis->setSubTickPen(QPen(text, 0));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(subGrid, 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(grid, 0, Qt::SolidLine));
        }
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            title->setTextColor(text);
    if (plot->legend) {
        QColor legendBackground = palette.color(QPalette::Base);
        legendBackground.setAlpha(220);
        plot->legend->setBrush(legendBackground);
        plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid), 0));
        plot->legend->setTextColor(text);
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *label = qobject_cast<QCPItemText *>(plot->item(i)); label && !label->property(kKeepColorProperty).toBool())
            label->setColor(text);
}

/// Replots when the application's (or the widget's) palette changes: a switch to dark mode.
class PaletteWatcher final : public QObject
{
public:
    explicit PaletteWatcher(QCustomPlot *plot)
        : QObject(plot)
    {
        plot->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            static_cast<QCustomPlot *>(watched)->replot(QCustomPlot::rpQueuedReplot);
        return false;
    }
};

} // namespace

void followPalette(QCustomPlot *plot)
{
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { applyPalette(plot); });
    new PaletteWatcher(plot);
    applyPalette(plot);
}

QCustomPlot *createPlot(QWidget *owner, const QString &objectName)
{
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *plot = new QCustomPlot(owner);
    plot->setObjectName(objectName);
    layout->addWidget(plot);
    followPalette(plot);
    return plot;
}

} // namespace qb::charts
