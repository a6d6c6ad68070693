#include "mainwindow.h"
#include "appearance.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include "compareview.h"
#include "experimentbrowser.h"
#include "layerinspector.h"
#include "report/report.h"
#include "env/memory.h"
#include "util/translation.h"

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuantBench"));
    QApplication::setOrganizationName(QStringLiteral("QuantBench"));
    QApplication::setApplicationVersion(QStringLiteral(QB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quantbench.QuantBench"));
    QIcon icon(QStringLiteral(":/icons/scalable/apps/io.github.quantbench.QuantBench.svg"));
    icon.addFile(QStringLiteral(":/icons/64x64/apps/io.github.quantbench.QuantBench.png"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.quantbench.QuantBench"), icon));
    // Before anything builds text: the command-line help and every window are translated.
    qb::installTranslators(qb::configuredLanguage());
    qb::applyColorScheme(qb::configuredColorScheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quantization workbench for PyTorch models"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QApplication::translate("main", "TorchScript model to open."));
    // For documentation: open MODEL, select a layer, save a picture of the real window, quit.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a screenshot of the window and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Layer to select after opening."),
                                    QStringLiteral("LAYER"));
    const QCommandLineOption experiments(QStringLiteral("experiments"),
                                         QApplication::translate("main", "Experiments to select in the browser (ids: 3,5,7-9)."),
                                         QStringLiteral("IDS"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "Tab to show: inspector, experiments, compare or samples."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption chart(QStringLiteral("chart"), QApplication::translate("main", "Compare chart number (0-8)."),
                                   QStringLiteral("N"));
    const QCommandLineOption activations(QStringLiteral("activations"),
                                         QApplication::translate("main", "Calibrate and show the activation histograms (Experiment > Activation Histograms)."));
    parser.addOptions({screenshot, select, experiments, view, chart, activations});
    parser.process(app);

    qb::MainWindow window;
    QObject::connect(&window, &qb::MainWindow::modelShown, &window, [&] {
        if (parser.isSet(experiments)) {
            QString error;
            if (const auto ids = qb::parseExperimentIds(parser.value(experiments), &error))
                window.browser()->selectExperiments(*ids);
        }
        if (parser.isSet(chart))
            window.compareView()->setView(parser.value(chart).toInt());
        if (parser.isSet(view))
            window.showView(parser.value(view));
        if (parser.isSet(select))
            window.selectLayer(parser.value(select));
        if (parser.isSet(activations))
            if (auto *action = window.findChild<QAction *>(QStringLiteral("actionHistograms")))
                action->trigger();
    });
    if (parser.isSet(screenshot)) {
        auto save = [&] {
            QTimer::singleShot(400, &window, [&] {
                const bool ok = window.grab().save(parser.value(screenshot));
                QApplication::exit(ok ? 0 : 1);
            });
        };
        // A screenshot run that never gets its picture (a failed job) must not hang a script.
        QTimer::singleShot(300000, &window, [] {
            qWarning("no screenshot after 5 minutes; giving up");
            QApplication::exit(1);
        });
        if (parser.isSet(activations)) {
            QObject::connect(window.inspector(), &qb::LayerInspector::activationsShown, &window, save);
        } else {
            QObject::connect(window.inspector(), &qb::LayerInspector::statisticsShown, &window, [&, save](int layer) {
                if (parser.isSet(select) && window.inspector()->currentLayer() == 0 && layer == 0)
                    return; // wait for the selected layer
                save();
            });
        }
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().first());
    return app.exec();
}
