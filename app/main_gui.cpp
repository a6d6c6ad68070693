#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuantBench"));
    QApplication::setOrganizationName(QStringLiteral("QuantBench"));
    QApplication::setApplicationVersion(QStringLiteral(QB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quantbench.QuantBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Quantization workbench for PyTorch models"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QApplication::translate("main", "TorchScript model to open."));
    parser.process(app);

    qb::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().first());
    return app.exec();
}
