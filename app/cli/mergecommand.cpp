#include "cli/cli.h"
#include "cli/clioutput.h"

#include "util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

int mergeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fold experiment logs (a sweep's per-shard logs, a colleague's log) into one. Merging again adds nothing; "
           "experiments still running are left for a later merge. Artifacts stay where they are unless "
           "--copy-artifacts is given."));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The log to merge into (created if missing)."));
    parser.addPositionalArgument(QStringLiteral("IN"), tr("Logs to merge from; they are only read."), tr("IN..."));
    const QCommandLineOption copy(QStringLiteral("copy-artifacts"),
                                  tr("Copy each merged experiment's artifacts into DIR and refer to the copies."), tr("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print what was merged as JSON."));
    parser.addOptions({copy, json});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(err, tr("merge takes the log to merge into, then at least one log to merge from."));
    auto target = openLog(positional.first(), err);
    if (!target)
        return InputError;
    const QString copyTo = parser.isSet(copy) ? QFileInfo(parser.value(copy)).absoluteFilePath() : QString();
    QJsonArray sources;
    ExperimentStore::MergeCount total;
    QList<QStringList> rows;
    for (const QString &path : positional.mid(1)) {
        auto source = openLog(path, err, ExperimentStore::Access::ReadOnly);
        if (!source)
            return InputError;
        QString error;
        const auto count = target->merge(*source, copyTo, &error);
        if (!count) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
        total.added += count->added;
        total.present += count->present;
        total.running += count->running;
        total.copiedArtifacts += count->copiedArtifacts;
        rows << QStringList{path, QString::number(count->added), QString::number(count->present), QString::number(count->running)};
        sources.append(QJsonObject{{QStringLiteral("log"), path}, {QStringLiteral("added"), count->added},
                                   {QStringLiteral("present"), count->present}, {QStringLiteral("running"), count->running}});
    }
    if (parser.isSet(json)) {
        printJson(out, QJsonObject{{QStringLiteral("into"), target->path()}, {QStringLiteral("sources"), sources},
                                   {QStringLiteral("added"), total.added}, {QStringLiteral("present"), total.present},
                                   {QStringLiteral("running"), total.running},
                                   {QStringLiteral("copied_artifacts"), total.copiedArtifacts},
                                   {QStringLiteral("experiments"), target->countExperiments()}});
        return Ok;
    }
    out << formatTable({tr("from"), tr("added"), tr("already there"), tr("still running")}, rows);
    out << tr("%1 now holds %2 experiments (%3 added").arg(target->path()).arg(target->countExperiments()).arg(total.added);
    if (!copyTo.isEmpty())
        out << tr(", %1 artifacts copied to %2").arg(total.copiedArtifacts).arg(copyTo);
    out << ")\n";
    if (total.running > 0)
        out << tr("%n experiment(s) still running were left out: merge again once they end.\n", nullptr, total.running);
    return Ok;
}

} // namespace qb::cli
