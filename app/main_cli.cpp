#include "cli/cli.h"
#include "env/memory.h"
#include "util/translation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    qb::tuneAllocator();
    // Reports draw their charts with QCustomPlot, which needs a QApplication; the CLI never shows a
    // window, so it draws offscreen unless the user chose a platform.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (qb::cli::needsWidgets(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("QuantBench"));
    QCoreApplication::setOrganizationName(QStringLiteral("QuantBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QB_VERSION));
    // The same language as the GUI; QUANTBENCH_LANGUAGE=en pins English for scripts.
    qb::installTranslators(qb::configuredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = qb::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
