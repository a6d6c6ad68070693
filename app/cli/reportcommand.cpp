#include "cli/cli.h"
#include "cli/clioutput.h"

#include "reportwriter.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

int reportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export experiments from the log as a report: a summary table, per-layer "
                                        "tables, the environment and the specs; HTML and PDF with charts."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Experiment log (default: in the user's data folder)."), tr("FILE"));
    const QCommandLineOption experiments(QStringLiteral("experiments"), tr("Experiment ids: all (default) or a list "
                                                                           "like 3,5,7-9."), tr("IDS"), QStringLiteral("all"));
    const QCommandLineOption format(QStringLiteral("format"), tr("html, pdf, md, csv or json (default: from --out's "
                                                                 "extension)."), tr("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The report file."), tr("FILE"));
    parser.addOptions({db, experiments, format, outFile});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (!parser.isSet(outFile))
        return usageError(err, tr("say where to write the report with --out FILE."));
    const QString path = parser.value(outFile);
    const QString formatName = parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const auto reportFormat = reportFormatFromName(formatName);
    if (!reportFormat)
        return usageError(err, tr("the report format is html, pdf, md, csv or json, not \"%1\".").arg(formatName));
    QString error;
    const auto ids = parseExperimentIds(parser.value(experiments), &error);
    if (!ids)
        return usageError(err, error);
    if (!parser.isSet(db) && !QFileInfo::exists(ExperimentStore::defaultPath())) {
        err << tr("error: there is no experiment log at %1 yet: run an experiment first, or name a log with --db.\n")
                   .arg(ExperimentStore::defaultPath());
        return InputError;
    }
    if (parser.isSet(db) && !ExperimentStore::isServerUrl(parser.value(db)) && !QFileInfo::exists(parser.value(db))) {
        err << tr("error: there is no experiment log at %1: check the path.\n").arg(parser.value(db));
        return InputError;
    }
    auto store = openLog(parser.value(db), err, ExperimentStore::Access::ReadOnly);
    if (!store)
        return InputError;
    const auto data = collectReport(*store, *ids, &error);
    if (!data) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    if (!writeReport(*data, *reportFormat, path, &error)) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    out << tr("wrote %1 (%2 experiments)\n").arg(path).arg(data->experiments.size());
    return Ok;
}

} // namespace qb::cli
