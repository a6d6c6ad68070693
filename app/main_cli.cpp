#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("QuantBench"));
    QCoreApplication::setOrganizationName(QStringLiteral("QuantBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = qb::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
