#include "activationchart.h"
#include "comparisonplots.h"
#include "trainingchart.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QtTest>

using namespace qb;

/// The charts follow the system's light or dark palette, including a switch while they are shown.
class TestCharts : public QObject
{
    Q_OBJECT

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        return p;
    }

    /// Colour of a pixel inside the plot's margin, left of the y axis labels: the background.
    static QColor backgroundOf(QWidget *chart)
    {
        auto *plot = chart->findChildren<QWidget *>().value(0);
        if (!plot)
            return {};
        QCoreApplication::processEvents(); // queued replots
        const QImage image = plot->grab().toImage();
        return image.pixelColor(2, image.height() / 2);
    }

    /// How many pixels of the plot have (nearly) the given colour.
    static int pixelsNear(QWidget *chart, const QColor &color)
    {
        const QImage image = chart->findChildren<QWidget *>().value(0)->grab().toImage();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 40;
            }
        return n;
    }

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void followsAPaletteSwitch()
    {
        const QPalette light = QApplication::palette();
        ActivationChart activations;
        TrainingChart training;
        for (QWidget *chart : {static_cast<QWidget *>(&activations), static_cast<QWidget *>(&training)}) {
            chart->resize(500, 300);
            chart->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&activations));
        QCOMPARE(backgroundOf(&activations), light.color(QPalette::Base));

        const QPalette dark = darkPalette();
        QApplication::setPalette(dark);
        for (QWidget *chart : {static_cast<QWidget *>(&activations), static_cast<QWidget *>(&training)}) {
            QTRY_COMPARE(backgroundOf(chart), dark.color(QPalette::Base));
            // The title and axis labels are drawn in the palette's text colour, not QCustomPlot's black.
            QVERIFY(pixelsNear(chart, dark.color(QPalette::Text)) > 50);
            QCOMPARE(pixelsNear(chart, Qt::black), 0);
        }
        QApplication::setPalette(light);
        QTRY_COMPARE(backgroundOf(&activations), light.color(QPalette::Base));
    }

    // Eight experiments at almost the same point: their "#id" labels are moved apart, none overlaps.
    void tradeoffLabelsDoNotCollide()
    {
        QVector<ExperimentRecord> records;
        for (int i = 0; i < 8; ++i) {
            ExperimentRecord r;
            r.id = i + 1;
            r.status = ExperimentStatus::Finished;
            r.sizeBytes = 220000 + i * 100;
            r.accuracy = 0.903 + i * 0.0001;
            records << r;
        }
        records << records.first();
        records.last().id = 42;
        records.last().sizeBytes = 1.6e6; // one far away
        QCustomPlot plot;
        plot.resize(900, 420);
        plots::drawTradeoff(&plot, records, plots::Metric::SizeMB, plots::Metric::AccuracyPercent, QStringLiteral("t"));
        QVector<QRectF> boxes;
        for (int i = 0; i < plot.itemCount(); ++i) {
            auto *label = qobject_cast<QCPItemText *>(plot.item(i));
            if (!label)
                continue;
            const QFontMetrics metrics(label->font());
            const QPointF at = label->position->pixelPosition();
            boxes << QRectF(at.x(), at.y() - metrics.height(), metrics.horizontalAdvance(label->text()), metrics.height())
                         .adjusted(1, 1, -1, -1);
        }
        QCOMPARE(boxes.size(), records.size());
        for (int a = 0; a < boxes.size(); ++a)
            for (int b = a + 1; b < boxes.size(); ++b)
                QVERIFY2(!boxes.at(a).intersects(boxes.at(b)), qPrintable(QStringLiteral("labels %1 and %2").arg(a).arg(b)));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
