#include "report/report.h"

#include "eval/deployment.h"
#include "experiment/experimentdetails.h"

#include "util/fileutil.h"
#include "util/jsonutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::Report)

namespace qb {

namespace {

QString fixed(double v, int decimals, double scale = 1.0)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v * scale, 'f', decimals);
}

QString signedFixed(double v, int decimals, double scale = 1.0)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    const double x = v * scale;
    return (x > 0 ? QStringLiteral("+") : QString()) + QString::number(x, 'f', decimals);
}

QString sqnrText(double v)
{
    if (std::isinf(v))
        return QStringLiteral("inf");
    return fixed(v, 1);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Markdown table cells: a pipe or a line break would end the cell.
/// Text as Markdown shows it literally: every character that could open a construct inside a line
/// (emphasis, code, links and images, inline HTML, entities, table pipes, strike-through) is
/// backslash-escaped, and line breaks become spaces so a cell or heading stays on its line.
QString mdCell(const QString &s)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (special.contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

/// A fence for a code block longer than any run of backticks inside it, so the text cannot close it.
QString mdFence(const QString &code)
{
    int longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString csvCell(const QString &s)
{
    // A text cell starting like a formula is opened by spreadsheets as one (CSV injection): a leading
    // apostrophe keeps it text. Numbers, negative ones included, are left as they are.
    QString cell = s;
    bool isNumber = false;
    s.toDouble(&isNumber);
    if (!isNumber && !s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        cell.prepend(QLatin1Char('\''));
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')))
        return cell;
    return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QStringList layerHeader()
{
    return {tr("layer"), tr("mode"), tr("activation SQNR dB"), tr("weight SQNR dB"), tr("weight error %"),
            tr("sensitivity %"), tr("rank"), tr("note")};
}

QStringList layerRow(const LayerMetricRecord &l)
{
    return {l.layer, modeName(l.mode), sqnrText(l.sqnrDb), sqnrText(l.weightSqnrDb), fixed(l.weightError, 3, 100),
            fixed(l.sensitivity, 2, 100), l.rank > 0 ? QString::number(l.rank) : QStringLiteral("-"), l.note};
}

/// The environment as key/value lines; nested objects flattened with dots.
QList<QPair<QString, QString>> flatten(const QJsonObject &o, const QString &prefix = QString())
{
    QList<QPair<QString, QString>> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it->isObject()) {
            out << flatten(it->toObject(), key);
        } else if (it->isArray()) {
            QStringList parts;
            for (const QJsonValue &v : it->toArray())
                parts << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
            out << qMakePair(key, parts.join(QLatin1String(", ")));
        } else if (it->isBool()) {
            out << qMakePair(key, it->toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
        } else if (it->isDouble()) {
            out << qMakePair(key, QString::number(it->toDouble()));
        } else {
            out << qMakePair(key, it->toString());
        }
    }
    return out;
}

/// Distinct environments and the experiments that ran in each.
QList<QPair<QJsonObject, QList<qint64>>> environments(const ReportData &data)
{
    QList<QPair<QJsonObject, QList<qint64>>> out;
    for (const ExperimentRecord &r : data.experiments) {
        QJsonObject env = r.environment;
        env.remove(QStringLiteral("blas")); // its measured speed differs run to run; keep the name below
        if (r.environment.contains(QStringLiteral("blas")))
            env.insert(QStringLiteral("blas"), r.environment.value(QStringLiteral("blas")).toObject().value(QStringLiteral("name")));
        auto found = std::find_if(out.begin(), out.end(), [&env](const auto &e) { return e.first == env; });
        if (found == out.end())
            out << qMakePair(env, QList<qint64>{r.id});
        else
            found->second << r.id;
    }
    return out;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1String(", "));
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("html"))
        return ReportFormat::Html;
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (n == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (n == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

std::optional<QList<qint64>> parseExperimentIds(const QString &text, QString *error)
{
    QList<qint64> ids;
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return ids;
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.trimmed().split(QLatin1Char('-'));
        bool ok1 = false, ok2 = true;
        const qint64 from = range.value(0).toLongLong(&ok1);
        const qint64 to = range.size() == 2 ? range.value(1).toLongLong(&ok2) : from;
        if (!ok1 || !ok2 || range.size() > 2 || from < 1 || to < from || to - from > 100000) {
            if (error)
                *error = tr("\"%1\" is not a list of experiment ids: write all, or ids and ranges like 3,5,7-9.").arg(text);
            return std::nullopt;
        }
        for (qint64 id = from; id <= to; ++id)
            ids << id;
    }
    if (ids.isEmpty()) {
        if (error)
            *error = tr("No experiment ids given: write all, or ids like 3,5,7-9.");
        return std::nullopt;
    }
    return ids;
}

std::optional<ReportData> collectReport(const ExperimentStore &store, const QList<qint64> &ids, QString *error)
{
    ReportData data;
    data.title = tr("QuantBench report");
    data.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    data.logPath = store.path();
    QList<qint64> wanted = ids;
    if (wanted.isEmpty()) {
        ExperimentStore::Query query;
        query.limit = 1 << 30;
        for (const ExperimentRecord &r : store.listExperiments(query, error))
            wanted << r.id;
    }
    for (qint64 id : std::as_const(wanted)) {
        const auto r = store.experiment(id);
        if (!r) {
            if (error)
                *error = tr("Experiment %1 is not in %2: list the log's experiments in the GUI's browser, or use all.")
                             .arg(id).arg(store.path());
            return std::nullopt;
        }
        data.experiments << *r;
        data.layers.insert(id, store.layerMetrics(id));
    }
    return data;
}

QStringList reportSummaryHeader()
{
    return {tr("id"), tr("label"), tr("model"), tr("kind"), tr("mode"), tr("engine"), tr("status"), tr("size"),
            tr("size ratio"), tr("peak memory"), tr("latency ms (median)"), tr("latency ms (p90)"), tr("speedup vs float"),
            tr("float baseline ms"), tr("accuracy %"), tr("change (points)"), tr("agreement %"), tr("SQNR dB")};
}

namespace {

/// What a row shows beyond its record's columns, read from its details once: the float latency its
/// speedup divides with the experiment whose run timed it, and the peak memory of the form the row is
/// about (the quantized model's, else the float model's), measured in a process of its own.
struct RowFigures {
    double baselineMs = qQNaN();
    qint64 baselineId = 0;  ///< the run that timed the baseline; 0 when its group timed it outside a run
    QString baselineGroup;  ///< the group that shared it ("sweep bench, shard 0/2"), if any
    std::optional<MemoryProbe> memory; ///< a valid probe, or none

    explicit RowFigures(const ExperimentRecord &r)
    {
        const ExperimentDetails details = ExperimentDetails::fromJson(r.details);
        if (details.latency && details.latency->baseline().valid) {
            baselineMs = details.latency->baseline().medianMs;
            baselineGroup = details.latency->baselineGroup;
            baselineId = details.latency->baselineId > 0 ? details.latency->baselineId
                         : baselineGroup.isEmpty()         ? r.id
                                                           : 0;
        }
        if (details.memory) {
            const MemoryProbe &probe = details.memory->quantized ? *details.memory->quantized : details.memory->floatModel;
            if (probe.valid)
                memory = probe;
        }
    }

    QString baselineText() const
    {
        if (std::isnan(baselineMs))
            return QStringLiteral("-");
        return baselineId > 0 ? QStringLiteral("%1 (#%2)").arg(fixed(baselineMs, 3)).arg(baselineId)
                              : QStringLiteral("%1 (%2)").arg(fixed(baselineMs, 3), baselineGroup);
    }

    /// "189.1 MB (+24.0 MB)": the process's peak, and what the model added to the bare runtime.
    QString memoryText() const
    {
        return memory ? QStringLiteral("%1 (+%2)").arg(formatBytes(memory->peakBytes), formatBytes(memory->modelBytes()))
                      : QStringLiteral("-");
    }
};

/// The archive a reader would load: the first quantized model the report's runs kept, else a name.
QString exampleArchive(const ReportData &data)
{
    for (const ExperimentRecord &r : data.experiments)
        if (r.mode != ExperimentMode::Float && !r.artifacts.isEmpty())
            return r.artifacts.first().path;
    return QStringLiteral("model-int8.pt");
}

bool anyQuantized(const ReportData &data)
{
    return std::any_of(data.experiments.cbegin(), data.experiments.cend(),
                       [](const ExperimentRecord &r) { return r.mode != ExperimentMode::Float && r.isFinished(); });
}

/// How the latencies were taken, and the lines that load a saved model in the same fast form.
QString deploymentIntro()
{
    return tr("Latency, operator profiles and memory are measured on the deployment form: the float model frozen "
              "and optimized for inference; each quantized archive saved, loaded back, frozen and optimized the same "
              "way. The optimized form cannot itself be saved, so the archives stay portable; these lines give the "
              "fast form after loading. Every speedup divides the float latency in the same row's baseline column, "
              "timed once per group of runs.");
}

} // namespace

QList<QStringList> reportSummaryRows(const ReportData &data)
{
    QList<QStringList> rows;
    for (const ExperimentRecord &r : data.experiments) {
        const RowFigures figures(r);
        rows << QStringList{QString::number(r.id), r.label, QFileInfo(r.modelPath).fileName(), kindName(r.kind),
                            experimentModeName(r.mode), engineName(r.engine), statusName(r.status), std::isnan(r.sizeBytes) ? QStringLiteral("-") : formatBytes(qint64(r.sizeBytes)),
                            std::isnan(r.sizeRatio()) ? QStringLiteral("-") : fixed(r.sizeRatio(), 3) + QLatin1Char('x'),
                            figures.memoryText(), fixed(r.latencyMedianMs, 3), fixed(r.latencyP90Ms, 3),
                            std::isnan(r.speedup) ? QStringLiteral("-") : fixed(r.speedup, 2) + QLatin1Char('x'),
                            figures.baselineText(), fixed(r.accuracy, 2, 100), signedFixed(r.accuracyDelta, 2, 100), fixed(r.agreement, 2, 100),
                            sqnrText(r.sqnrDb)};
    }
    return rows;
}

QVector<int> paretoFront(const QVector<double> &cost, const QVector<double> &benefit)
{
    QVector<int> order;
    for (int i = 0; i < std::min(cost.size(), benefit.size()); ++i)
        if (!std::isnan(cost.at(i)) && !std::isnan(benefit.at(i)))
            order << i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return cost.at(a) != cost.at(b) ? cost.at(a) < cost.at(b) : benefit.at(a) > benefit.at(b);
    });
    QVector<int> front;
    double best = -qInf();
    for (int i : order) {
        if (benefit.at(i) > best) {
            front << i;
            best = benefit.at(i);
        }
    }
    return front;
}

QString reportMarkdown(const ReportData &data)
{
    QString md;
    auto table = [&md](const QStringList &header, const QList<QStringList> &rows) {
        QStringList cells;
        for (const QString &h : header)
            cells << mdCell(h);
        md += QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
        md += QStringLiteral("|%1\n").arg(QStringLiteral("---|").repeated(header.size()));
        for (const QStringList &row : rows) {
            QStringList c;
            for (const QString &v : row)
                c << mdCell(v);
            md += QStringLiteral("| %1 |\n").arg(c.join(QLatin1String(" | ")));
        }
        md += QLatin1Char('\n');
    };
    md += QStringLiteral("# %1\n\n").arg(mdCell(data.title));
    md += tr("Generated %1 from %2; %3 experiments.\n\n").arg(data.generatedAt, mdCell(data.logPath)).arg(data.experiments.size());
    md += QStringLiteral("## %1\n\n").arg(tr("Summary"));
    table(reportSummaryHeader(), reportSummaryRows(data));
    if (anyQuantized(data)) {
        md += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Deployment form"), mdCell(deploymentIntro()));
        const QString archive = exampleArchive(data);
        for (const QString &code : {deploymentSnippetPython(archive), deploymentSnippetCpp(archive)})
            md += QStringLiteral("%1\n%2%1\n\n").arg(mdFence(code), code);
    }
    for (const ExperimentRecord &r : data.experiments) {
        if (!r.error.isEmpty())
            md += tr("Experiment %1 %2: %3\n\n").arg(r.id).arg(statusName(r.status), mdCell(r.error));
    }
    for (const ExperimentRecord &r : data.experiments) {
        const QVector<LayerMetricRecord> layers = data.layers.value(r.id);
        if (layers.isEmpty())
            continue;
        md += QStringLiteral("## %1\n\n").arg(tr("Layers of experiment %1 (%2)").arg(r.id).arg(mdCell(r.label.isEmpty() ? experimentModeName(r.mode) : r.label)));
        QList<QStringList> rows;
        for (const LayerMetricRecord &l : layers)
            rows << layerRow(l);
        table(layerHeader(), rows);
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Environment"));
    for (const auto &[env, ids] : environments(data)) {
        md += tr("Experiments %1:\n\n").arg(idList(ids));
        QList<QStringList> rows;
        for (const auto &[key, value] : flatten(env))
            rows << QStringList{key, value};
        table({tr("key"), tr("value")}, rows);
    }
    md += QStringLiteral("## %1\n\n").arg(tr("Specs"));
    for (const ExperimentRecord &r : data.experiments) {
        const QString spec = QString::fromUtf8(QJsonDocument(r.spec).toJson(QJsonDocument::Indented));
        const QString fence = mdFence(spec);
        md += tr("Experiment %1:").arg(r.id) + QStringLiteral("\n\n%1json\n%2%1\n\n").arg(fence, spec);
    }
    return md;
}

QString reportCsv(const ReportData &data)
{
    QString csv;
    auto line = [&csv](const QStringList &cells) {
        QStringList c;
        for (const QString &v : cells)
            c << csvCell(v);
        csv += c.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    // Machine-readable numbers: raw values, not display text.
    line({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("mode"),
          QStringLiteral("engine"), QStringLiteral("status"), QStringLiteral("size_bytes"), QStringLiteral("size_ratio"),
          QStringLiteral("peak_memory_bytes"), QStringLiteral("latency_median_ms"), QStringLiteral("latency_p90_ms"),
          QStringLiteral("speedup"), QStringLiteral("float_baseline_ms"), QStringLiteral("float_baseline_id"),
          QStringLiteral("accuracy"), QStringLiteral("accuracy_delta"), QStringLiteral("agreement"), QStringLiteral("sqnr_db"),
          QStringLiteral("started_at"), QStringLiteral("error")});
    auto num = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); };
    for (const ExperimentRecord &r : data.experiments) {
        const RowFigures figures(r);
        line({QString::number(r.id), r.label, r.modelPath, kindName(r.kind), experimentModeName(r.mode), engineName(r.engine),
              statusName(r.status), num(r.sizeBytes), num(r.sizeRatio()),
              figures.memory ? QString::number(figures.memory->peakBytes) : QString(), num(r.latencyMedianMs),
              num(r.latencyP90Ms), num(r.speedup), num(figures.baselineMs),
              figures.baselineId > 0 ? QString::number(figures.baselineId) : QString(), num(r.accuracy),
              num(r.accuracyDelta), num(r.agreement), num(r.sqnrDb), r.startedAt, r.error});
    }
    return csv;
}

QByteArray reportJson(const ReportData &data)
{
    QJsonArray experiments;
    for (const ExperimentRecord &r : data.experiments) {
        QJsonArray layers;
        for (const LayerMetricRecord &l : data.layers.value(r.id))
            layers.append(QJsonObject{{QStringLiteral("layer"), l.layer}, {QStringLiteral("mode"), modeName(l.mode)},
                                      {QStringLiteral("sqnr_db"), jsonNumber(l.sqnrDb)},
                                      {QStringLiteral("weight_sqnr_db"), jsonNumber(l.weightSqnrDb)},
                                      {QStringLiteral("weight_error"), jsonNumber(l.weightError)},
                                      {QStringLiteral("sensitivity"), jsonNumber(l.sensitivity)},
                                      {QStringLiteral("rank"), l.rank}, {QStringLiteral("note"), l.note}});
        QJsonArray artifacts;
        for (const ArtifactRecord &a : r.artifacts)
            artifacts.append(QJsonObject{{QStringLiteral("path"), a.path}, {QStringLiteral("sha256"), a.sha256}});
        experiments.append(QJsonObject{
            {QStringLiteral("id"), r.id}, {QStringLiteral("label"), r.label}, {QStringLiteral("model"), r.modelPath},
            {QStringLiteral("model_sha256"), r.modelSha256}, {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("parent_id"), r.parentId > 0 ? QJsonValue(r.parentId) : QJsonValue()},
            {QStringLiteral("mode"), experimentModeName(r.mode)}, {QStringLiteral("engine"), engineName(r.engine)},
            {QStringLiteral("status"), statusName(r.status)},
            {QStringLiteral("started_at"), r.startedAt}, {QStringLiteral("finished_at"), r.finishedAt},
            {QStringLiteral("error"), r.error}, {QStringLiteral("size_bytes"), jsonNumber(r.sizeBytes)},
            {QStringLiteral("size_ratio"), jsonNumber(r.sizeRatio())},
            {QStringLiteral("latency_median_ms"), jsonNumber(r.latencyMedianMs)},
            {QStringLiteral("latency_p90_ms"), jsonNumber(r.latencyP90Ms)}, {QStringLiteral("speedup"), jsonNumber(r.speedup)},
            {QStringLiteral("accuracy"), jsonNumber(r.accuracy)}, {QStringLiteral("accuracy_delta"), jsonNumber(r.accuracyDelta)},
            {QStringLiteral("agreement"), jsonNumber(r.agreement)}, {QStringLiteral("sqnr_db"), jsonNumber(r.sqnrDb)},
            {QStringLiteral("details"), r.details}, {QStringLiteral("environment"), r.environment},
            {QStringLiteral("spec"), r.spec}, {QStringLiteral("layers"), layers}, {QStringLiteral("artifacts"), artifacts}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), data.title},
                                     {QStringLiteral("generated_at"), data.generatedAt},
                                     {QStringLiteral("log"), data.logPath},
                                     {QStringLiteral("experiments"), experiments}})
        .toJson(QJsonDocument::Indented);
}

namespace {

/// Writes the report's HTML for a browser (Screen) or for QTextDocument's paged printer (Print):
/// the print layout keeps every table to the page width with fewer summary columns and a smaller
/// font, starts each big section on a page of its own, puts charts (their titles are drawn inside
/// them) two to a row and specs three to a row, so that no word breaks mid-way and no heading sits
/// apart from its chart.
class HtmlReport
{
public:
    HtmlReport(const ReportData &data, const QList<ReportChart> &charts,
               const std::function<QString(int, const ReportChart &)> &imageSource, ReportLayout layout)
        : m_data(data), m_charts(charts), m_imageSource(imageSource), m_print(layout == ReportLayout::Print)
    {
    }

    QString write()
    {
        head();
        summary();
        deployment();
        charts();
        layers();
        environment();
        specs();
        h += QStringLiteral("</body>\n</html>\n");
        return h;
    }

private:
    void table(const QStringList &header, const QList<QStringList> &rows, const QSet<int> &numeric)
    {
        h += m_print ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n<tr>")
                     : QStringLiteral("<table>\n<tr>");
        for (const QString &c : header)
            h += QStringLiteral("<th>%1</th>").arg(esc(c));
        h += QStringLiteral("</tr>\n");
        for (const QStringList &row : rows) {
            h += QStringLiteral("<tr>");
            for (int i = 0; i < row.size(); ++i)
                h += !numeric.contains(i) ? QStringLiteral("<td>%1</td>").arg(esc(row.at(i)))
                     : m_print            ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(row.at(i)))
                                          : QStringLiteral("<td class=\"n\">%1</td>").arg(esc(row.at(i)));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    /// Puts `cells` (HTML each) `perRow` to a row of a borderless full-width table (print), or one
    /// after another (screen).
    void grid(const QStringList &cells, int perRow)
    {
        if (!m_print) {
            h += cells.join(QString());
            return;
        }
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (int i = 0; i < cells.size(); i += perRow) {
            h += QStringLiteral("<tr>");
            for (int j = i; j < i + perRow; ++j)
                h += QStringLiteral("<td class=\"grid\" valign=\"top\" width=\"%1%\">%2</td>").arg(100 / perRow)
                         .arg(j < cells.size() ? cells.at(j) : QString());
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    /// A section heading; in print each big section starts a page, so a heading never ends one.
    void section(const QString &title, bool newPage = true)
    {
        h += m_print && newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(title))
                                : QStringLiteral("<h2>%1</h2>\n").arg(esc(title));
    }

    void head()
    {
        h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n")
                 .arg(esc(m_data.title));
        h += m_print ? QStringLiteral(
                           "<style>\n"
                           "body { font-family: sans-serif; color: #222; font-size: 8pt; }\n"
                           "h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: 10px; } h3 { font-size: 9pt; }\n"
                           "table { border-collapse: collapse; margin-bottom: 8px; font-size: 7pt; }\n"
                           "th, td { border: 1px solid #bbb; }\n"
                           "th { background: #eee; }\n"
                           "td.grid, table.grid { border: none; }\n"
                           "pre { font-size: 6pt; }\n"
                           ".error { color: #a00; }\n"
                           "</style>\n</head>\n<body>\n")
                     : QStringLiteral(
                           "<style>\n"
                           "body { font-family: sans-serif; margin: 2em; color: #222; }\n"
                           "table { border-collapse: collapse; margin: 0.5em 0 1.5em 0; font-size: 0.9em; }\n"
                           "th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: left; }\n"
                           "th { background: #eee; }\n"
                           "td.n { text-align: right; font-variant-numeric: tabular-nums; }\n"
                           "pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }\n"
                           "img { max-width: 100%; margin: 0.5em 0; }\n"
                           ".error { color: #a00; }\n"
                           "</style>\n</head>\n<body>\n");
        h += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_data.title));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Generated %1 from %2; %3 experiments.")
                                                     .arg(m_data.generatedAt, m_data.logPath).arg(m_data.experiments.size())));
    }

    void summary()
    {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Summary")));
        const QStringList header = reportSummaryHeader();
        const QList<QStringList> rows = reportSummaryRows(m_data);
        // Print: the columns a reader compares; the model, kind and status stay in the screen report.
        const QVector<int> columns = m_print ? QVector<int>{0, 1, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17}
                                             : QVector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
        const QSet<int> numeric{0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
        QStringList shownHeader;
        QSet<int> shownNumeric;
        for (int c : columns) {
            if (numeric.contains(c))
                shownNumeric.insert(shownHeader.size());
            shownHeader << header.at(c);
        }
        QList<QStringList> shownRows;
        for (const QStringList &row : rows) {
            QStringList shown;
            for (int c : columns)
                shown << row.at(c);
            shownRows << shown;
        }
        table(shownHeader, shownRows, shownNumeric);
        for (const ExperimentRecord &r : m_data.experiments)
            if (!r.error.isEmpty())
                h += QStringLiteral("<p class=\"error\">%1</p>\n")
                         .arg(esc(tr("Experiment %1 %2: %3").arg(r.id).arg(statusName(r.status), r.error)));
    }

    void deployment()
    {
        if (!anyQuantized(m_data))
            return;
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(tr("Deployment form")), esc(deploymentIntro()));
        const QString archive = exampleArchive(m_data);
        grid({QStringLiteral("<pre>%1</pre>\n").arg(esc(deploymentSnippetPython(archive))),
              QStringLiteral("<pre>%1</pre>\n").arg(esc(deploymentSnippetCpp(archive)))}, 2);
    }

    void charts()
    {
        if (m_charts.isEmpty())
            return;
        section(tr("Charts"));
        QStringList cells;
        for (int i = 0; i < m_charts.size(); ++i) {
            const ReportChart &c = m_charts.at(i);
            const QString src = m_imageSource ? m_imageSource(i, c)
                                              : QStringLiteral("data:image/png;base64,") + QString::fromLatin1(c.png.toBase64());
            // In print the title is the one drawn in the chart: a heading could land on another page.
            cells << (m_print ? QStringLiteral("<img alt=\"%1\" src=\"%2\" width=\"%3\">").arg(esc(c.title), src).arg(kPrintChartWidth)
                              : QStringLiteral("<h3>%1</h3>\n<img alt=\"%1\" src=\"%2\">\n").arg(esc(c.title), src));
        }
        grid(cells, 2);
    }

    void layers()
    {
        QStringList cells;
        for (const ExperimentRecord &r : m_data.experiments) {
            const QVector<LayerMetricRecord> layers = m_data.layers.value(r.id);
            if (layers.isEmpty())
                continue;
            QString cell;
            std::swap(cell, h);
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Layers of experiment %1 (%2)").arg(r.id).arg(r.label.isEmpty() ? experimentModeName(r.mode) : r.label)));
            QList<QStringList> rows;
            for (const LayerMetricRecord &l : layers)
                rows << layerRow(l);
            table(layerHeader(), rows, {2, 3, 4, 5, 6});
            std::swap(cell, h);
            cells << cell;
        }
        if (cells.isEmpty())
            return;
        section(tr("Layers"));
        grid(cells, 1);
    }

    void environment()
    {
        section(tr("Environment"));
        for (const auto &[env, ids] : environments(m_data)) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Experiments %1:").arg(idList(ids))));
            QList<QStringList> rows;
            for (const auto &[key, value] : flatten(env))
                rows << QStringList{key, value};
            table({tr("key"), tr("value")}, rows, {});
        }
    }

    void specs()
    {
        section(tr("Specs"));
        QStringList cells;
        for (const ExperimentRecord &r : m_data.experiments)
            cells << QStringLiteral("<h3>%1</h3>\n<pre>%2</pre>\n")
                         .arg(esc(tr("Experiment %1").arg(r.id)), esc(QString::fromUtf8(QJsonDocument(r.spec).toJson(QJsonDocument::Indented))));
        grid(cells, 3);
    }

    /// Two charts side by side across a landscape A4 page (QTextDocument lays out at 96 px per inch).
    static constexpr int kPrintChartWidth = 460;

    const ReportData &m_data;
    const QList<ReportChart> &m_charts;
    const std::function<QString(int, const ReportChart &)> &m_imageSource;
    const bool m_print;
    QString h;
};

} // namespace

QString reportHtml(const ReportData &data, const QList<ReportChart> &charts,
                   const std::function<QString(int, const ReportChart &)> &imageSource, ReportLayout layout)
{
    return HtmlReport(data, charts, imageSource, layout).write();
}

} // namespace qb
