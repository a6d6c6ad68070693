#include "reportwriter.h"

#include "comparisonplots.h"
#include "util/translation.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include "util/fileutil.h"
#include <QTextDocument>

QB_DECLARE_TR_FUNCTIONS(qb::ReportWriter)

namespace qb {

namespace {

QByteArray toPng(QCustomPlot &plot, const QSize &size)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    plot.toPixmap(size.width(), size.height()).save(&buffer, "PNG");
    return png;
}

bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    // Written whole or not at all: a full disk or a crash never leaves half a report over a good one.
    return writeFileAtomically(path, bytes, error);
}

} // namespace

QList<ReportChart> renderReportCharts(const ReportData &data, const QSize &size)
{
    QVector<ExperimentRecord> finished;
    for (const ExperimentRecord &r : data.experiments)
        if (r.isFinished())
            finished << r;
    QList<ReportChart> charts;
    if (finished.isEmpty())
        return charts;
    QCustomPlot plot;
    plot.resize(size);
    auto add = [&](const QString &title) { charts << ReportChart{title, toPng(plot, size)}; };
    const QString size_ = tr("Size");
    plots::drawBars(&plot, finished, plots::Metric::SizeMB, size_);
    add(size_);
    const QString latency = tr("Latency (median)");
    plots::drawBars(&plot, finished, plots::Metric::LatencyMedianMs, latency);
    add(latency);
    const QString accuracy = tr("Accuracy");
    plots::drawBars(&plot, finished, plots::Metric::AccuracyPercent, accuracy);
    add(accuracy);
    const QString vsLatency = tr("Accuracy against latency (Pareto front dashed)");
    plots::drawTradeoff(&plot, finished, plots::Metric::LatencyMedianMs, plots::Metric::AccuracyPercent, vsLatency);
    add(vsLatency);
    const QString vsSize = tr("Accuracy against size (Pareto front dashed)");
    plots::drawTradeoff(&plot, finished, plots::Metric::SizeMB, plots::Metric::AccuracyPercent, vsSize);
    add(vsSize);
    const QString scaling = tr("Latency per sample against batch size and threads");
    if (plots::drawScaling(&plot, finished, scaling) > 0)
        add(scaling);
    return charts;
}

bool writeReport(const ReportData &data, ReportFormat format, const QString &path, QString *error)
{
    switch (format) {
    case ReportFormat::Markdown:
        return save(path, reportMarkdown(data).toUtf8(), error);
    case ReportFormat::Csv:
        return save(path, reportCsv(data).toUtf8(), error);
    case ReportFormat::Json:
        return save(path, reportJson(data), error);
    case ReportFormat::Html:
        return save(path, reportHtml(data, renderReportCharts(data)).toUtf8(), error);
    case ReportFormat::Pdf: {
        const QList<ReportChart> charts = renderReportCharts(data, QSize(900, 420));
        QTextDocument doc;
        const QString html = reportHtml(data, charts, [](int i, const ReportChart &) {
            return QStringLiteral("chart-%1.png").arg(i);
        }, ReportLayout::Print);
        for (int i = 0; i < charts.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-%1.png").arg(i)),
                            QImage::fromData(charts.at(i).png, "PNG"));
        doc.setHtml(html);
        // Into memory first, then written whole like every other format.
        QByteArray pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageOrientation(QPageLayout::Landscape);
            writer.setResolution(110);
            writer.setTitle(data.title);
            writer.setCreator(QStringLiteral("QuantBench"));
            doc.print(&writer);
        }
        buffer.close();
        return save(path, pdf, error);
    }
    }
    return false;
}

} // namespace qb
