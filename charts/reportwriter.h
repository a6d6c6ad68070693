#pragma once

#include "report/report.h"

#include <QSize>

namespace qb {

/// The comparison charts of a report (size, latency and accuracy bars; accuracy against latency and
/// against size with their Pareto fronts), drawn offscreen as PNG. Needs a QApplication (the charts
/// are widgets, never shown); any platform, "offscreen" included. GUI thread.
QList<ReportChart> renderReportCharts(const ReportData &data, const QSize &size = QSize(900, 420));

/// Writes a report in any format; HTML and PDF include the charts. Returns false and sets *error
/// when the file cannot be written. GUI thread (it paints).
bool writeReport(const ReportData &data, ReportFormat format, const QString &path, QString *error);

} // namespace qb
