#pragma once

#include "store/experimentstore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace qb {

/// What a report shows: experiments from the log with their per-layer rows. Plain data; any thread.
struct ReportData {
    QString title;
    QString generatedAt; ///< ISO 8601, UTC
    QString logPath;
    QVector<ExperimentRecord> experiments;
    QHash<qint64, QVector<LayerMetricRecord>> layers;
};

/// A chart already drawn (charts/ renders them with QCustomPlot), for the HTML and PDF reports.
struct ReportChart {
    QString title;
    QByteArray png;
};

enum class ReportFormat { Html, Pdf, Markdown, Csv, Json };
std::optional<ReportFormat> reportFormatFromName(const QString &name);

/// Reads the experiments `ids` (all of them, oldest first, when empty) from the log. Sets *error and
/// returns nullopt when an id is not in the log.
std::optional<ReportData> collectReport(const ExperimentStore &store, const QList<qint64> &ids, QString *error);

/// "all" or "3,5,7-9" into ids (empty for all). Sets *error on anything else.
std::optional<QList<qint64>> parseExperimentIds(const QString &text, QString *error);

/// One row per experiment: the summary columns every format shares, as display text.
QStringList reportSummaryHeader();
QList<QStringList> reportSummaryRows(const ReportData &data);

/// The index of each experiment on the Pareto front of (cost, benefit) — lower cost and higher
/// benefit are better — ordered by cost. NaN points are never on it.
QVector<int> paretoFront(const QVector<double> &cost, const QVector<double> &benefit);

QString reportMarkdown(const ReportData &data);
QString reportCsv(const ReportData &data);
QByteArray reportJson(const ReportData &data);
/// Screen: for a browser. Print: for a paged document (the PDF): tables to the page width, fewer
/// summary columns, charts and tables side by side.
enum class ReportLayout { Screen, Print };

/// One self-contained HTML file: charts embedded as data URIs, every string from the log escaped.
/// `imageSource` maps a chart to its <img src>; by default a base64 data URI.
QString reportHtml(const ReportData &data, const QList<ReportChart> &charts,
                   const std::function<QString(int index, const ReportChart &)> &imageSource = {},
                   ReportLayout layout = ReportLayout::Screen);

} // namespace qb
