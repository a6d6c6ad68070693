#pragma once

#include <QString>

class QCustomPlot;

namespace qb {

/// Saves a plot as PNG, SVG or PDF, chosen by the file's extension. Returns false and sets *error
/// when the format is unknown or the file cannot be written. GUI thread (it paints).
bool exportPlot(QCustomPlot *plot, const QString &path, QString *error);

} // namespace qb
