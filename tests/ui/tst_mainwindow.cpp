#include "layertreemodel.h"
#include "mainwindow.h"
#include "store/experimentstore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace qb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuantBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void opensModelAndShowsLayers()
    {
        MainWindow window;
        window.show();
        window.openModel(test::fixture(QStringLiteral("cnn_scripted.pt")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("layerTree"));
        QVERIFY(tree);
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, 20000);
        const QModelIndex root = tree->model()->index(0, 0);
        QStringList names;
        for (int r = 0; r < tree->model()->rowCount(root); ++r)
            names << tree->model()->index(r, 0, root).data().toString();
        QCOMPARE(names.first(), QStringLiteral("conv1"));
        QVERIFY(names.contains(QStringLiteral("fc2")));
        QVERIFY(tree->isExpanded(root));

        auto *label = window.findChild<QLabel *>(QStringLiteral("modelLabel"));
        QVERIFY(label->text().contains(QLatin1String("cnn_scripted.pt")));
        QVERIFY(label->text().contains(QLatin1String("1x1x28x28")));

        // Selecting conv2 shows its tensors and a chart of its 16 output channels.
        const QModelIndex conv2 = tree->model()->index(names.indexOf(QStringLiteral("conv2")), 0, root);
        tree->setCurrentIndex(conv2);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("tensorTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("16 × 8 × 3 × 3"));
        QVERIFY(!table->item(0, 4)->text().isEmpty());

        // The file is remembered among the recent files.
        QVERIFY(QSettings().value(QStringLiteral("files/recent")).toStringList().first().endsWith(QLatin1String("cnn_scripted.pt")));
    }

    void filterKeepsMatchingLayersAndTheirParents()
    {
        MainWindow window;
        window.show();
        window.openModel(test::fixture(QStringLiteral("transformer.pt")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("layerTree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, 20000);
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("layerFilter"));
        filter->setText(QStringLiteral("out_proj"));
        const QModelIndex root = tree->model()->index(0, 0);
        QCOMPARE(tree->model()->rowCount(root), 1); // only "encoder" leads to out_proj
        QCOMPARE(tree->model()->index(0, 0, root).data().toString(), QStringLiteral("encoder"));
    }

    void runsAnExperimentFromTheWindow()
    {
        MainWindow window;
        window.show();
        window.openModel(test::fixture(QStringLiteral("cnn_scripted.pt")));
        auto *run = window.findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        for (const char *name : {"calibrationBox", "evaluationBox"}) {
            auto *box = window.findChild<QComboBox *>(QLatin1String(name));
            box->setCurrentIndex(box->findData(QStringLiteral("synthetic")));
        }
        auto *mode = window.findChild<QComboBox *>(QStringLiteral("modeBox"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("static")));
        run->click();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("jobsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 1)->text(), QStringLiteral("finished"), 120000);
        QVERIFY2(table->item(0, 4)->text().contains(QLatin1String("SQNR")), qPrintable(table->item(0, 4)->text()));
        // The run is in the experiment log.
        QString error;
        auto store = ExperimentStore::open(ExperimentStore::defaultPath(), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->countExperiments() >= 1);
    }

    void badFileShowsMessageAndKeepsRunning()
    {
        MainWindow window;
        window.show();
        window.openModel(test::fixture(QStringLiteral("state_dict.pt")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"))), 20000);
        QVERIFY2(box->text().contains(QLatin1String("state_dict()")), qPrintable(box->text()));
        box->accept();
        // The window still works: a good model opens afterwards.
        window.openModel(test::fixture(QStringLiteral("lstm.pt")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("layerTree"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 1, 20000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
