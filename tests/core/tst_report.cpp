// Report data and the text formats: Pareto fronts, id lists, escaping of everything a user typed.
#include "experiment/experimentdetails.h"
#include "report/report.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace qb;

namespace {

const QString kHostile = QStringLiteral("<script>alert(\"x\")</script> | 'quoted', \"a,b\" & DROP TABLE experiments;--");

ExperimentRecord record(const QString &label, double accuracy, double latency)
{
    ExperimentRecord r;
    r.modelPath = QStringLiteral("/models/") + label + QStringLiteral(".pt");
    r.modelSha256 = QStringLiteral("ab");
    r.modelSizeBytes = 4000;
    r.label = label;
    r.mode = ExperimentMode::Static;
    r.engine = QuantEngine::OneDnn;
    r.status = ExperimentStatus::Finished;
    r.startedAt = QStringLiteral("2026-11-28T00:00:00Z");
    r.accuracy = accuracy;
    r.accuracyDelta = accuracy - 0.9;
    r.latencyMedianMs = latency;
    r.sizeBytes = 1000;
    r.spec = QJsonObject{{QStringLiteral("label"), label}};
    r.environment = QJsonObject{{QStringLiteral("host"), label}};
    return r;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void paretoFront()
    {
        // cost (latency) and benefit (accuracy): a dominates c, b is cheaper, d is NaN.
        const QVector<double> cost{2.0, 1.0, 3.0, qQNaN(), 4.0};
        const QVector<double> benefit{0.90, 0.80, 0.85, 0.99, 0.95};
        QCOMPARE(qb::paretoFront(cost, benefit), (QVector<int>{1, 0, 4}));
        QCOMPARE(qb::paretoFront({}, {}), QVector<int>{});
        // Equal cost: only the better one.
        QCOMPARE(qb::paretoFront({1.0, 1.0}, {0.5, 0.7}), QVector<int>{1});
    }

    void experimentIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<bool>("ok");
        QTest::newRow("all") << "all" << QList<qint64>{} << true;
        QTest::newRow("list and range") << "3, 5,7-9" << QList<qint64>{3, 5, 7, 8, 9} << true;
        QTest::newRow("reversed range") << "9-7" << QList<qint64>{} << false;
        QTest::newRow("words") << "first" << QList<qint64>{} << false;
        QTest::newRow("zero") << "0" << QList<qint64>{} << false;
        QTest::newRow("empty") << "," << QList<qint64>{} << false;
    }

    void experimentIds()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        QFETCH(bool, ok);
        QString error;
        const auto parsed = parseExperimentIds(text, &error);
        QCOMPARE(bool(parsed), ok);
        if (ok)
            QCOMPARE(*parsed, ids);
        else
            QVERIFY(error.contains(QLatin1String("3,5,7-9")));
    }

    void hostileStringsAreTextInEveryFormat()
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("hostile.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        ExperimentRecord r = record(kHostile, 0.91, 1.5);
        r.error = QStringLiteral("<b>bold</b> error");
        LayerMetricRecord layer;
        layer.layer = QStringLiteral("fc<1>");
        layer.note = QStringLiteral("</td><td>injected");
        const qint64 id = store->addExperiment(r, {layer}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const auto data = collectReport(*store, {id}, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->experiments.first().label, kHostile); // stored and read back as text

        const QString html = reportHtml(*data, {ReportChart{QStringLiteral("<chart>"), QByteArray("png")}});
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
        QVERIFY(!html.contains(QLatin1String("</td><td>injected")));
        QVERIFY(html.contains(QLatin1String("fc&lt;1&gt;")));
        QVERIFY(html.contains(QLatin1String("alt=\"&lt;chart&gt;\"")));
        QVERIFY(html.contains(QLatin1String("data:image/png;base64,") + QString::fromLatin1(QByteArray("png").toBase64())));

        // CSV: the label is one quoted cell.
        const QString csv = reportCsv(*data);
        const QString quoted = QLatin1Char('"') + QString(kHostile).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        QVERIFY2(csv.contains(QLatin1Char(',') + quoted + QLatin1Char(',')), qPrintable(csv));

        // Markdown: the pipe cannot end the cell, tags and entities stay text, and a spec cannot close
        // its code block.
        const QString md = reportMarkdown(*data);
        QVERIFY2(md.contains(QLatin1String("\\<script\\>alert(\"x\")\\</script\\> \\| 'quoted', \"a,b\" \\& DROP")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("\\<b\\>bold\\</b\\> error")));
        QVERIFY(md.contains(QLatin1String("fc\\<1\\>")));
        // (The spec blocks hold the raw JSON, as code: only there may the tag appear as it is.)
        QVERIFY(!md.left(md.indexOf(QLatin1String("## Specs"))).contains(QLatin1String("<script>")));
        ReportData fenced = *data;
        fenced.experiments.first().spec = QJsonObject{{QStringLiteral("label"), QStringLiteral("```\n# not a heading")}};
        QVERIFY(reportMarkdown(fenced).contains(QLatin1String("````json\n")));

        // CSV: a text cell that a spreadsheet would run as a formula is kept text.
        ReportData formula = *data;
        formula.experiments.first().label = QStringLiteral("=HYPERLINK(\"http://x\")");
        QVERIFY2(reportCsv(formula).contains(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(reportCsv(formula)));

        // JSON round-trips the exact text.
        const QJsonObject json = QJsonDocument::fromJson(reportJson(*data)).object();
        QCOMPARE(json.value(QStringLiteral("experiments")).toArray().first().toObject().value(QStringLiteral("label")).toString(), kHostile);
    }

    void summaryRowsMatchTheRecords()
    {
        ReportData data;
        ExperimentRecord a = record(QStringLiteral("a"), 0.9032, 1.41);
        a.id = 7;
        a.speedup = 1.234;
        a.agreement = 0.995;
        a.sqnrDb = std::numeric_limits<double>::infinity();
        data.experiments << a;
        const QList<QStringList> rows = reportSummaryRows(data);
        QCOMPARE(rows.size(), 1);
        const QStringList header = reportSummaryHeader();
        QCOMPARE(rows.first().size(), header.size());
        auto cell = [&](const QString &column) { return rows.first().at(header.indexOf(column)); };
        QCOMPARE(cell(QStringLiteral("id")), QStringLiteral("7"));
        QCOMPARE(cell(QStringLiteral("accuracy %")), QStringLiteral("90.32"));
        QCOMPARE(cell(QStringLiteral("change (points)")), QStringLiteral("+0.32"));
        QCOMPARE(cell(QStringLiteral("size ratio")), QStringLiteral("0.250x"));
        QCOMPARE(cell(QStringLiteral("speedup vs float")), QStringLiteral("1.23x"));
        QCOMPARE(cell(QStringLiteral("SQNR dB")), QStringLiteral("inf"));
    }

    // The PDF's layout: fewer summary columns, sections on pages of their own; the screen report keeps
    // every column. Both name the float baseline each speedup divides and say how to load the fast form.
    void printLayoutKeepsToThePage()
    {
        ReportData data;
        ExperimentRecord f = record(QStringLiteral("float"), 0.9, 1.0);
        f.id = 3;
        f.mode = ExperimentMode::Float;
        ExperimentDetails fd;
        LatencyDetails &fl = fd.latency.emplace();
        fl.floatOptimized = summarizeLatencies({1.5, 1.6, 1.7}, 64, 1);
        f.details = fd.toJson();
        ExperimentRecord q = record(QStringLiteral("int8"), 0.89, 0.25);
        q.id = 4;
        q.mode = ExperimentMode::Static;
        ExperimentDetails qd = fd;
        qd.latency->baselineId = 3;
        qd.latency->quantized = summarizeLatencies({0.5}, 64, 1);
        q.details = qd.toJson();
        ExperimentRecord s = q;
        s.id = 5;
        ExperimentDetails sd = qd;
        sd.latency->baselineId = 0; // a sweep shard timed float before its first item, in no run
        sd.latency->baselineGroup = QStringLiteral("sweep grid, shard 0/2");
        s.details = sd.toJson();
        data.experiments << f << q << s;
        const QList<QStringList> rows = reportSummaryRows(data);
        const int baselineColumn = reportSummaryHeader().indexOf(QStringLiteral("float baseline ms"));
        QCOMPARE(rows.at(0).at(baselineColumn), QStringLiteral("1.600 (#3)"));
        QCOMPARE(rows.at(1).at(baselineColumn), QStringLiteral("1.600 (#3)")); // timed by the float run
        QCOMPARE(rows.at(2).at(baselineColumn), QStringLiteral("1.600 (sweep grid, shard 0/2)"));
        const QString screen = reportHtml(data, {});
        const QString print = reportHtml(data, {}, {}, ReportLayout::Print);
        for (const QString &html : {screen, print}) {
            QVERIFY(html.contains(QLatin1String("Deployment form")));
            QVERIFY(html.contains(QLatin1String("torch.jit.optimize_for_inference")));
        }
        QVERIFY(screen.contains(QLatin1String("<th>kind</th>")));
        QVERIFY(!print.contains(QLatin1String("<th>kind</th>")));
        QVERIFY(print.contains(QLatin1String("page-break-before: always")));
        QVERIFY(print.contains(QLatin1String("width=\"100%\"")));
    }

    void unknownIdIsAnError()
    {
        QString error;
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("empty.sqlite")), &error);
        QVERIFY(store);
        QVERIFY(!collectReport(*store, {42}, &error));
        QVERIFY(error.contains(QLatin1String("Experiment 42 is not in")));
        const auto all = collectReport(*store, {}, &error);
        QVERIFY(all);
        QVERIFY(all->experiments.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
