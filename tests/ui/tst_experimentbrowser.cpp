// The experiment browser and the compare view against a real log.
#include "compareview.h"
#include "comparisonchart.h"
#include "datapanel.h"
#include "experimentbrowser.h"
#include "experimenttablemodel.h"
#include "sweepstatusdialog.h"
#include "testsupport.h"
#include "util/fileutil.h"
#include "model/modeldocument.h"
#include "workbench/workbench.h"
#include "trainingchart.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QMessageBox>
#include "experiment/experimentdetails.h"

#include <QJsonArray>
#include <QPushButton>
#include <QTableWidget>
#include <QTableView>
#include <QFileDialog>
#include <QTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

constexpr int kRows = 450;

ExperimentRecord record(int i)
{
    ExperimentRecord r;
    r.modelPath = QStringLiteral("/models/m%1.pt").arg(i % 3);
    r.modelSha256 = QStringLiteral("sha%1").arg(i % 3);
    r.modelSizeBytes = 4000;
    r.label = i == 7 ? QStringLiteral("<b>not bold</b> & 'quoted'") : QStringLiteral("run %1").arg(i);
    r.mode = i % 2 ? ExperimentMode::Static : ExperimentMode::Dynamic;
    r.engine = i % 4 < 2 ? QuantEngine::OneDnn : QuantEngine::Qnnpack;
    r.status = ExperimentStatus::Finished;
    r.startedAt = QStringLiteral("2026-11-%1T10:00:00.000Z").arg(1 + i % 27, 2, 10, QLatin1Char('0'));
    r.accuracy = 0.80 + (i % 97) / 1000.0;
    r.accuracyDelta = r.accuracy - 0.9;
    r.latencyMedianMs = 1.0 + (i % 13) / 10.0;
    r.sizeBytes = 1000 + i;
    r.details = QJsonObject{{QStringLiteral("latency"),
                             QJsonObject{{QStringLiteral("quantized"),
                                          QJsonObject{{QStringLiteral("times_ms"), QJsonArray{1.0, 1.2, 1.1, 1.5}}}}}}};
    return r;
}

} // namespace

class TestExperimentBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuantBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_experimentbrowser"));
        m_log = m_dir.filePath(QStringLiteral("log.sqlite"));
        QString error;
        auto store = ExperimentStore::open(m_log, &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 0; i < kRows; ++i) {
            LayerMetricRecord layer;
            layer.layer = QStringLiteral("fc1");
            layer.sqnrDb = 30 + i % 10;
            QVERIFY(store->addExperiment(record(i), {layer}, &error) > 0);
        }
    }

    void modelFetchesInPagesAndStaysConsistent()
    {
        QString openError;
        auto store = ExperimentStore::open(m_log, &openError);
        QVERIFY2(store, qPrintable(openError));
        ExperimentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        model.setStore(&*store);
        QCOMPARE(model.totalCount(), kRows);
        QCOMPARE(model.rowCount(), ExperimentTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), kRows);
        QVERIFY(!model.canFetchMore({}));
        // Newest first by default.
        QCOMPARE(model.index(0, ExperimentTableModel::IdColumn).data().toLongLong(), qint64(kRows));

        model.sort(ExperimentTableModel::AccuracyColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), ExperimentTableModel::kPageSize);
        QCOMPARE(model.index(0, ExperimentTableModel::AccuracyColumn).data().toString(), QLocale().toString(89.6, 'f', 2));
        model.sort(ExperimentTableModel::LatencyColumn, Qt::AscendingOrder);
        QCOMPARE(model.recordAt(0)->latencyMedianMs, 1.0);

        model.setFilter(QString(), ExperimentMode::Static, QuantEngine::Qnnpack, std::nullopt, QString());
        int expected = 0;
        for (int i = 0; i < kRows; ++i)
            expected += (i % 2) && i % 4 >= 2;
        QCOMPARE(model.totalCount(), expected);
        model.setFilter(QStringLiteral("m1.pt"), std::nullopt, std::nullopt, std::nullopt, QStringLiteral("2026-11-20T00:00:00Z"));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.recordAt(row)->startedAt >= QLatin1String("2026-11-20"));
        QVERIFY(model.totalCount() > 0 && model.totalCount() < kRows / 3);

        // A user's markup is text, as typed.
        model.setFilter(QStringLiteral("not bold"), std::nullopt, std::nullopt, std::nullopt, QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ExperimentTableModel::LabelColumn).data().toString(), QStringLiteral("<b>not bold</b> & 'quoted'"));
    }

    void selectionFeedsTheCompareView()
    {
        Workbench bench;
        QString error;
        QVERIFY2(bench.setLogPath(m_log, &error), qPrintable(error));
        ExperimentBrowser browser(&bench);
        CompareView compare(&bench);
        browser.selectExperiments({3, 5, 420});
        QCOMPARE(browser.selectedIds(), (QList<qint64>{3, 5, 420}));
        QCOMPARE(compare.experimentCount(), 3);
        auto *chartBox = compare.findChild<QComboBox *>(QStringLiteral("chartBox"));
        QVERIFY(chartBox);
        const QList<QPair<ComparisonChart::View, int>> expected{
            {ComparisonChart::View::SizeBars, 3},
            {ComparisonChart::View::AccuracyBars, 3},
            {ComparisonChart::View::AccuracyVsLatency, 3 + 1}, // points, then the Pareto front
            {ComparisonChart::View::LayerSqnr, 3},
            {ComparisonChart::View::LatencyDistribution, 3},
        };
        for (const auto &[view, count] : expected) {
            chartBox->setCurrentIndex(chartBox->findData(int(view)));
            if (view == ComparisonChart::View::AccuracyVsLatency)
                QVERIFY2(compare.chart()->plottedCount() >= count, qPrintable(QString::number(compare.chart()->plottedCount())));
            else
                QCOMPARE(compare.chart()->plottedCount(), count);
        }
        for (const QString &ext : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString path = m_dir.filePath(QStringLiteral("chart.") + ext);
            QString error;
            QVERIFY2(compare.chart()->exportTo(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 100);
        }
    }

    // The scaling chart: the group's float curve once, then each experiment's, one line per thread
    // count; experiments without curves say how to get them.
    void scalingChartDrawsEachCurveOnce()
    {
        ComparisonChart chart;
        auto curve = [](const QString &form, double ms) {
            ScalingCurve c;
            c.form = form;
            for (int threads : scalingThreads())
                for (int batch : {1, 16, 256})
                    c.points << ScalingPoint{batch, threads, ms * batch / threads};
            c.valid = true;
            return c;
        };
        QVector<ExperimentRecord> records;
        for (int i = 0; i < 2; ++i) {
            ExperimentRecord r = record(i);
            r.id = 10 + i;
            ExperimentDetails d;
            ScalingDetails &s = d.scaling.emplace();
            s.floatModel = curve(QStringLiteral("float (frozen, optimized)"), 1.0);
            s.quantized = curve(QStringLiteral("int8 onednn (loaded, frozen, optimized)"), 0.5 + i * 0.1);
            s.baselineId = 9;
            r.details = d.toJson();
            records << r;
        }
        const int pointsPerCurve = 3 * scalingThreads().size();
        chart.show(records, {}, ComparisonChart::View::Scaling);
        QCOMPARE(chart.plottedCount(), pointsPerCurve * 3); // float once, two quantized
        QVERIFY(chart.message().isEmpty());
        chart.show({record(1)}, {}, ComparisonChart::View::Scaling);
        QCOMPARE(chart.plottedCount(), 0);
        QVERIFY2(chart.message().contains(QLatin1String("--scaling")), qPrintable(chart.message()));
    }

    // The Experiments tab's sweep status: a finished item, a failed one with its error, and missing
    // ones, read from the log; Refresh sees a row another process added meanwhile.
    void sweepStatusReadsTheLog()
    {
        QString error;
        const QJsonObject json{{QStringLiteral("name"), QStringLiteral("gui")}, {QStringLiteral("spec"), test::quickCnnSpec().toJson()},
                               {QStringLiteral("grid"), QJsonObject{{QStringLiteral("modes"), QJsonArray{"dynamic", "static", "float"}}}}};
        auto sweep = Sweep::fromJson(json, m_dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        auto store = ExperimentStore::open(m_dir.filePath(QStringLiteral("sweep.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        auto stored = [&](int item, ExperimentStatus status, const QString &why) {
            ExperimentRecord r = record(item);
            r.spec = sweep->items.at(item).spec.toJson();
            r.status = status;
            r.error = why;
            return store->addExperiment(r, {}, &error);
        };
        const qint64 done = stored(0, ExperimentStatus::Finished, {});
        QVERIFY(done > 0);
        QVERIFY(stored(1, ExperimentStatus::Failed, QStringLiteral("out of memory")) > 0);
        SweepStatusDialog dialog(&*store, *sweep);
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("done"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QString::number(done));
        QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("failed"));
        QCOMPARE(dialog.table()->item(1, 6)->text(), QStringLiteral("out of memory"));
        QCOMPARE(dialog.table()->item(2, 2)->text(), QStringLiteral("missing"));
        QVERIFY2(dialog.summary().startsWith(QLatin1String("1 done, 0 running, 1 failed, 1 missing of 3 items")), qPrintable(dialog.summary()));
        QVERIFY(stored(2, ExperimentStatus::Finished, {}) > 0);
        dialog.refresh();
        QCOMPARE(dialog.table()->item(2, 2)->text(), QStringLiteral("done"));
        QSignalSpy activated(&dialog, &SweepStatusDialog::experimentActivated);
        Q_EMIT dialog.table()->cellDoubleClicked(0, 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), done);
    }

    // A search sweep's dialog says it waits for the ranking, plans once a shard has written it, and
    // names the best item within the budget.
    void sweepStatusFollowsASearch()
    {
        QString error;
        QTemporaryDir dir;
        const QJsonObject json{{QStringLiteral("name"), QStringLiteral("budget")}, {QStringLiteral("spec"), test::quickCnnSpec().toJson()},
                               {QStringLiteral("search"), QJsonObject{{QStringLiteral("min_agreement"), 0.9}}}};
        auto sweep = Sweep::fromJson(json, dir.path(), &error);
        QVERIFY2(sweep, qPrintable(error));
        auto store = ExperimentStore::open(dir.filePath(QStringLiteral("search.sqlite")), &error);
        QVERIFY2(store, qPrintable(error));
        SweepStatusDialog dialog(&*store, *sweep);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY2(dialog.summary().contains(QLatin1String("once the first shard has ranked the layers")), qPrintable(dialog.summary()));

        SweepRanking ranking;
        ranking.specSha256 = specHash(sweep->base.toJson());
        ranking.layers = {QStringLiteral("conv1"), QStringLiteral("fc2"), QStringLiteral("fc1")};
        QVERIFY(writeFileAtomically(sweep->rankingPath, QJsonDocument(ranking.toJson()).toJson(), &error));
        sweep->planSearch(ranking);
        ExperimentRecord r = record(0);
        r.spec = sweep->items.at(1).spec.toJson();
        r.status = ExperimentStatus::Finished;
        r.agreement = 0.95;
        const qint64 id = store->addExperiment(r, {}, &error);
        QVERIFY2(id > 0, qPrintable(error));
        dialog.refresh();
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("done"));
        QVERIFY2(dialog.summary().contains(QStringLiteral("Best within the budget (agreement >= 90.0%) so far: #1, float conv1 "
                                                          "(experiment %1)").arg(id)),
                 qPrintable(dialog.summary()));
        QCOMPARE(dialog.table()->currentRow(), 1);
    }

    void deleteAsksFirst()
    {
        Workbench bench;
        QString logError;
        QVERIFY2(bench.setLogPath(m_log, &logError), qPrintable(logError));
        ExperimentBrowser browser(&bench);
        browser.show();
        const int before = browser.model()->totalCount();
        browser.selectExperiments({kRows});
        auto *remove = browser.findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(remove->isEnabled());
        // Cancel keeps the row.
        remove->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = browser.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!browser.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
        QCOMPARE(browser.model()->totalCount(), before);
        // Yes deletes it.
        browser.selectExperiments({kRows});
        remove->click();
        QTRY_VERIFY((box = browser.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))));
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(browser.model()->totalCount(), before - 1);
        QCOMPARE(browser.model()->rowForId(kRows), -1);
    }

    // A name typed without an extension gets the one of the format picked in the export dialog, and
    // the window hears where the report went.
    void exportDialogAddsTheFormatsExtension()
    {
        Workbench bench;
        QString logError;
        QVERIFY2(bench.setLogPath(m_log, &logError), qPrintable(logError));
        ExperimentBrowser browser(&bench);
        browser.show();
        browser.selectExperiments({1, 2});
        QSignalSpy written(&browser, &ExperimentBrowser::reportWritten);
        const QString base = m_dir.filePath(QStringLiteral("summary"));
        bool answered = false;
        QTimer::singleShot(0, &browser, [&] {
            auto *dialog = browser.findChild<QFileDialog *>(QStringLiteral("exportReportDialog"));
            if (!dialog)
                return;
            // Pick Markdown as a user does: in the dialog's file type box (a programmatic
            // selectNameFilter() does not tell the dialog's listeners).
            auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            if (!types)
                return;
            types->setCurrentIndex(types->findText(QStringLiteral("Markdown (*.md)")));
            Q_EMIT types->activated(types->currentIndex());
            Q_EMIT types->textActivated(types->currentText());
            dialog->selectFile(base);
            answered = true;
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept: suffix, overwrite check
        });
        browser.findChild<QPushButton *>(QStringLiteral("exportReportButton"))->click();
        QVERIFY(answered);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().at(0).toString(), base + QStringLiteral(".md"));
        QCOMPARE(written.first().at(1).toInt(), 2);
        QFile report(base + QStringLiteral(".md"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("| 1 "));
    }

    void dataPanelBuildsTheData()
    {
        QSettings().clear();
        Workbench bench;
        DataPanel panel(&bench);
        // The workbench builds specs for an open model.
        bench.setDocument(ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt"))).document);
        auto *calibration = panel.findChild<QComboBox *>(QStringLiteral("calibrationBox"));
        calibration->setCurrentIndex(calibration->findData(QStringLiteral("synthetic")));
        panel.findChild<QSpinBox *>(QStringLiteral("calibrationSamples"))->setValue(100);
        panel.findChild<QSpinBox *>(QStringLiteral("evaluationSamples"))->setValue(600);
        panel.findChild<QCheckBox *>(QStringLiteral("randomSubset"))->setChecked(false);
        QString error;
        std::optional<ExperimentSpec> spec = bench.currentSpec(&error);
        QVERIFY2(spec, qPrintable(error));
        QVERIFY(spec->calibration.isSynthetic());
        QCOMPARE(spec->calibration.batchSize * spec->calibration.maxBatches, 100);
        QVERIFY(!spec->calibration.shuffle);
        QCOMPARE(spec->evaluation.batchSize, 256);
        QCOMPARE(spec->evaluation.maxBatches, 3); // 600 samples in batches of 256
        auto *shape = panel.findChild<QLineEdit *>(QStringLiteral("inputShapeEdit"));
        shape->setText(QStringLiteral("1x3xq"));
        QVERIFY(!bench.currentSpec(&error));
        QVERIFY2(error.contains(QLatin1String("q")), qPrintable(error));
        shape->setText(QStringLiteral("1x1x28x28"));
        error.clear();
        spec = bench.currentSpec(&error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->inputShape, QStringLiteral("1x1x28x28"));
    }

    // However fast QAT steps arrive, the curves redraw at most every 40 ms.
    void trainingCurvesReplotAtMostEvery40Ms()
    {
        TrainingChart chart;
        chart.show();
        chart.setPoints(QStringLiteral("QAT"), {});
        const int before = chart.replotCount();
        QElapsedTimer clock;
        clock.start();
        int step = 0;
        while (clock.elapsed() < 400) {
            for (int i = 0; i < 50; ++i, ++step)
                chart.addPoint({step, 2.0 / (1 + step), 0.5});
            QCoreApplication::processEvents();
        }
        QTest::qWait(100); // the last pending redraw
        const qint64 ms = clock.elapsed();
        const int replots = chart.replotCount() - before;
        QCOMPARE(chart.pointCount(), step);
        QVERIFY2(replots >= 2, qPrintable(QString::number(replots)));
        QVERIFY2(replots <= ms / TrainingChart::kReplotIntervalMs + 1,
                 qPrintable(QStringLiteral("%1 redraws in %2 ms for %3 steps").arg(replots).arg(ms).arg(step)));
    }
};

QTEST_MAIN(TestExperimentBrowser)
#include "tst_experimentbrowser.moc"
