#include "chartexport.h"

#include "qcp.h"

#include <QFileInfo>
#include <QSvgGenerator>

namespace qb {

bool exportPlot(QCustomPlot *plot, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = plot->savePng(path, 0, 0, 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = plot->savePdf(path);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(plot->size());
        generator.setViewBox(plot->rect());
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            plot->toPainter(&painter, plot->width(), plot->height());
            painter.end();
        }
    } else {
        if (error)
            *error = QObject::tr("Cannot export a chart as \"%1\": use .png, .svg or .pdf.").arg(suffix);
        return false;
    }
    if (!ok && error)
        *error = QObject::tr("Could not write %1: check that the folder exists and is writable.").arg(path);
    return ok;
}

} // namespace qb
