#pragma once

class QCustomPlot;
class QString;
class QWidget;

namespace qb::charts {

/// The plot of a chart widget: a QCustomPlot filling `owner` (margins none) that follows the
/// palette (followPalette). Every chart widget starts from it.
QCustomPlot *createPlot(QWidget *owner, const QString &objectName);

/// Makes a plot follow its widget's palette, light or dark: background from Base, axes, labels,
/// titles and legend from Text, grid lines a faint Text. It applies before every replot (so titles
/// and axes a chart creates later are covered) and replots when the palette changes. Charts drawn
/// for reports and exports off screen don't call it and keep QCustomPlot's light defaults.
void followPalette(QCustomPlot *plot);

/// Set this property to true on a QCPItemText drawn over its own colours (a colour map's cells) to
/// keep its colour; other text items follow the palette.
inline constexpr char kKeepColorProperty[] = "qbKeepColor";

} // namespace qb::charts
