#include "cli/cli.h"
#include "cli/clioutput.h"

#include "experiment/experimentrunner.h"
#include "experiment/sweep.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTextStream>

#include <map>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

struct SweepOptionSet {
    QCommandLineOption plan{QStringLiteral("plan"), tr("Print the work items with their stable ids, and run nothing.")};
    QCommandLineOption shard{QStringLiteral("shard"), tr("Run shard I of N only (counted from 0): every N-th item from "
                                                         "the I-th. Items already finished in the log are skipped."),
                             tr("I/N")};
    QCommandLineOption status{QStringLiteral("status"), tr("Show which items are done, running, failed or missing "
                                                           "in the log(s); exit 1 until all are done.")};
    QCommandLineOption emit{QStringLiteral("emit"), tr("Write a job script instead of running: slurm."), tr("KIND")};
    QCommandLineOption shards{QStringLiteral("shards"), tr("With --emit or --status: the number of shards (default 4 "
                                                           "for --emit)."), tr("N")};
    QCommandLineOption db{QStringLiteral("db"), tr("Experiment log; \"{shard}\" in it becomes the shard's index, so "
                                                   "each task can write its own (merge them afterwards). --status takes "
                                                   "several."), tr("FILE")};
    QCommandLineOption artifacts{QStringLiteral("artifacts"), tr("Folder for the quantized models (default: next to "
                                                                 "the log)."), tr("DIR")};
    QCommandLineOption out{QStringLiteral("out"), tr("With --emit: write the script here instead of printing it."),
                           tr("FILE")};
    QCommandLineOption logs{QStringLiteral("logs"), tr("With --emit slurm: the folder for each task's output "
                                                       "(default: slurm-logs beside the sweep file)."), tr("DIR")};
    QCommandLineOption partition{QStringLiteral("partition"), tr("With --emit slurm: the partition to submit to."),
                                 tr("NAME")};
    QCommandLineOption time{QStringLiteral("time"), tr("With --emit slurm: each task's time limit, as sbatch --time "
                                                       "takes it."), tr("LIMIT")};
    QCommandLineOption json{QStringLiteral("json"), tr("With --plan or --status: print JSON.")};
    QCommandLineOption prepare{QStringLiteral("prepare"), tr("For a search sweep: rank the layers now (stored in --db, "
                                                             "and in a ranking file beside the sweep file) and plan; "
                                                             "otherwise the first shard to start does it.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({plan, shard, status, emit, shards, db, artifacts, out, logs, partition, time, json, prepare});
    }
};

QString modelOf(const SweepItem &item)
{
    return QFileInfo(item.spec.modelPath).fileName();
}

/// What a search sweep waiting for its ranking can say about its plan.
QString awaitingRankingText(const Sweep &sweep)
{
    return tr("sweep \"%1\" is a search (%2, %3 ranking, at most %n trial(s)): its items are the trials with the k "
              "most sensitive layers kept float, so they are planned once the layers are ranked. The first shard to "
              "start ranks them, or run: quantbench-cli sweep %4 --prepare --db LOG\n", nullptr, sweep.search->maxTrials)
        .arg(sweep.name, sweep.search->budget.describe(), sweepModeName(sweep.search->ranking), sweep.path);
}

int printPlan(const Sweep &sweep, int shards, bool asJson, QTextStream &out)
{
    if (sweep.awaitsRanking()) {
        if (asJson)
            printJson(out, QJsonObject{{QStringLiteral("name"), sweep.name}, {QStringLiteral("items"), QJsonArray()},
                                       {QStringLiteral("awaits_ranking"), true},
                                       {QStringLiteral("ranking_file"), sweep.rankingPath}});
        else
            out << awaitingRankingText(sweep);
        return Ok;
    }
    if (asJson) {
        QJsonArray items;
        for (const SweepItem &item : sweep.items) {
            QJsonObject o{{QStringLiteral("index"), item.index}, {QStringLiteral("id"), item.id},
                          {QStringLiteral("spec_sha256"), item.specSha256}, {QStringLiteral("axes"), item.axes},
                          {QStringLiteral("label"), item.spec.label}, {QStringLiteral("model"), item.spec.modelPath}};
            if (shards > 0)
                o.insert(QStringLiteral("shard"), item.index % shards);
            items.append(o);
        }
        printJson(out, QJsonObject{{QStringLiteral("name"), sweep.name}, {QStringLiteral("items"), items}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const SweepItem &item : sweep.items) {
        QStringList row{QString::number(item.index), item.id};
        if (shards > 0)
            row << QStringLiteral("%1/%2").arg(item.index % shards).arg(shards);
        rows << (row << modelOf(item) << describeAxes(item));
    }
    QStringList header{tr("#"), tr("id"), tr("model"), tr("varies")};
    if (shards > 0)
        header.insert(2, tr("shard"));
    out << tr("sweep \"%1\": %n item(s)\n", nullptr, int(sweep.items.size())).arg(sweep.name) << formatTable(header, rows);
    return Ok;
}

/// The logs --status reads: each --db, with "{shard}" expanded for every shard.
QStringList statusLogs(const QStringList &dbs, int shards)
{
    QStringList logs;
    for (const QString &db : dbs) {
        if (!db.contains(QLatin1String("{shard}"))) {
            logs << db;
            continue;
        }
        for (int s = 0; s < shards; ++s)
            logs << QString(db).replace(QLatin1String("{shard}"), QString::number(s));
    }
    return logs;
}

int printStatus(const Sweep &sweep, const QStringList &dbs, int shards, bool asJson, QTextStream &out, QTextStream &err)
{
    if (sweep.awaitsRanking()) {
        if (asJson)
            printJson(out, QJsonObject{{QStringLiteral("name"), sweep.name}, {QStringLiteral("items"), QJsonArray()},
                                       {QStringLiteral("awaits_ranking"), true}});
        else
            out << awaitingRankingText(sweep) << tr("No item has run yet.\n");
        return CheckFailed;
    }
    QVector<ExperimentRecord> runs;
    QStringList absent;
    for (const QString &path : statusLogs(dbs, shards)) {
        if (!ExperimentStore::isServerUrl(path) && !QFileInfo::exists(path)) {
            absent << path; // a shard that has not started yet
            continue;
        }
        auto store = openLog(path, err, ExperimentStore::Access::ReadOnly);
        if (!store)
            return InputError;
        QString error;
        runs += sweepRuns(sweep.items, *store, &error);
        if (!error.isEmpty()) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
    }
    const QVector<ItemStatus> states = sweepStatus(sweep.items, runs);
    std::map<ItemState, int> counts;
    QList<QStringList> rows;
    QJsonArray items;
    for (int i = 0; i < sweep.items.size(); ++i) {
        const SweepItem &item = sweep.items.at(i);
        const ItemStatus &s = states.at(i);
        ++counts[s.state];
        rows << QStringList{QString::number(item.index), item.id, itemStateName(s.state),
                            s.experimentId > 0 ? QString::number(s.experimentId) : QStringLiteral("-"), modelOf(item),
                            describeAxes(item), s.error.left(120)};
        items.append(QJsonObject{{QStringLiteral("index"), item.index}, {QStringLiteral("id"), item.id},
                                 {QStringLiteral("state"), itemStateName(s.state)},
                                 {QStringLiteral("experiment_id"), s.experimentId}, {QStringLiteral("error"), s.error}});
    }
    const bool allDone = counts[ItemState::Done] == sweep.items.size();
    const SearchPick best = bestSearchItem(sweep, states, runs);
    if (asJson) {
        QJsonObject o{{QStringLiteral("name"), sweep.name}, {QStringLiteral("items"), items}};
        for (ItemState state : {ItemState::Done, ItemState::Running, ItemState::Failed, ItemState::Missing})
            o.insert(itemStateName(state), counts[state]);
        if (best.item >= 0)
            o.insert(QStringLiteral("best"), QJsonObject{{QStringLiteral("index"), best.item},
                                                         {QStringLiteral("id"), sweep.items.at(best.item).id},
                                                         {QStringLiteral("experiment_id"), best.experimentId},
                                                         {QStringLiteral("within_budget"), best.withinBudget}});
        printJson(out, o);
    } else {
        out << formatTable({tr("#"), tr("id"), tr("state"), tr("experiment"), tr("model"), tr("varies"), tr("error")}, rows);
        out << tr("%1 done, %2 running, %3 failed, %4 missing of %5\n")
                   .arg(counts[ItemState::Done]).arg(counts[ItemState::Running]).arg(counts[ItemState::Failed])
                   .arg(counts[ItemState::Missing]).arg(sweep.items.size());
        for (const QString &path : std::as_const(absent))
            out << tr("(no log yet at %1)\n").arg(path);
        if (best.item >= 0) {
            const SweepItem &item = sweep.items.at(best.item);
            out << (best.withinBudget ? tr("best within the budget (%1) so far: #%2 %3 %4, experiment %5\n")
                                      : tr("none within the budget (%1) so far; the closest: #%2 %3 %4, experiment %5\n"))
                       .arg(sweep.search->budget.describe(), QString::number(item.index), item.id, describeAxes(item),
                            QString::number(best.experimentId));
        }
    }
    return allDone ? Ok : CheckFailed;
}

int emitScript(const Sweep &sweep, const QCommandLineParser &parser, const SweepOptionSet &o, int shards,
               QTextStream &out, QTextStream &err)
{
    if (parser.value(o.emit) != QLatin1String("slurm"))
        return usageError(err, tr("--emit knows slurm, not \"%1\".").arg(parser.value(o.emit)));
    const QFileInfo file(sweep.path);
    SlurmScriptOptions options;
    options.program = QCoreApplication::applicationFilePath();
    options.sweepFile = sweep.path;
    options.shards = shards;
    const QString db = parser.value(o.db);
    options.db = !parser.isSet(o.db)              ? file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-shard{shard}.sqlite"))
                 : ExperimentStore::isServerUrl(db) ? db
                                                    : QFileInfo(db).absoluteFilePath();
    if (parser.isSet(o.artifacts))
        options.artifacts = QFileInfo(parser.value(o.artifacts)).absoluteFilePath();
    options.logFolder = parser.isSet(o.logs) ? QFileInfo(parser.value(o.logs)).absoluteFilePath()
                                             : file.absoluteDir().filePath(QStringLiteral("slurm-logs"));
    options.partition = parser.value(o.partition);
    options.timeLimit = parser.value(o.time);
    options.threads = std::max(1, sweep.base.threads);
    if (options.logFolder.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")))) {
        err << tr("error: the folder for the tasks' output, %1, holds a line break or another control character, which "
                  "an #SBATCH line cannot carry: choose another with --logs.\n").arg(options.logFolder);
        return InputError;
    }
    if (!QDir().mkpath(options.logFolder)) {
        err << tr("error: cannot create the folder %1 for the tasks' output.\n").arg(options.logFolder);
        return InputError;
    }
    const QString script = slurmScript(sweep, options);
    if (!parser.isSet(o.out)) {
        out << script;
        return Ok;
    }
    QString error;
    if (!writeFileAtomically(parser.value(o.out), script.toUtf8(), &error)) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    QFile::setPermissions(parser.value(o.out), QFile::permissions(parser.value(o.out)) | QFileDevice::ExeOwner);
    if (options.db.contains(QLatin1String("{shard}")))
        out << tr("wrote %1: submit it with sbatch %1, then merge the shard logs with quantbench-cli merge OUT %2\n")
                   .arg(parser.value(o.out), QString(options.db).replace(QLatin1String("{shard}"), QLatin1String("*")));
    else
        out << tr("wrote %1: submit it with sbatch %1; every task records into %2\n").arg(parser.value(o.out), options.db);
    return Ok;
}

/// A search sweep's ranking: read, waited for, or computed here (into `store`). Says which.
bool rankSearch(Sweep &sweep, ExperimentStore *store, QTextStream &out, QTextStream &err, QString *error)
{
    if (!sweep.awaitsRanking())
        return true;
    out << tr("sweep \"%1\" is a search: its trials come from the layers' %2 ranking in %3\n")
               .arg(sweep.name, sweepModeName(sweep.search->ranking), sweep.rankingPath);
    out.flush();
    ProgressLine line(err);
    bool rankedHere = false;
    const bool ok = ensureSweepRanking(sweep, store, [&line](double f, const QString &stage) { line.show(f, stage); },
                                       [&out](const QString &what) { out << what << '\n' << Qt::flush; }, nullptr, error,
                                       &rankedHere);
    line.clear();
    if (ok)
        out << (rankedHere ? tr("ranked the layers here (stored in %1): %n trial(s) planned\n", nullptr, int(sweep.items.size()))
                                 .arg(store->path())
                           : tr("another process ranked the layers: %n trial(s) planned\n", nullptr, int(sweep.items.size())));
    return ok;
}

/// Runs the items of one shard that the log has not finished, one after another, with one float
/// timing per model shared by all of them.
int runShard(Sweep &sweep, const ShardChoice &shard, const QCommandLineParser &parser, const SweepOptionSet &o,
             QTextStream &out, QTextStream &err)
{
    const QString db = QString(parser.value(o.db)).replace(QLatin1String("{shard}"), QString::number(shard.index));
    auto store = openLog(db, err);
    if (!store)
        return InputError;
    QString error;
    if (!rankSearch(sweep, &*store, out, err, &error)) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    const QVector<SweepItem> items = sweep.shard(shard.index, shard.count);
    const QVector<ItemStatus> before = sweepStatus(items, sweepRuns(items, *store, &error));
    if (!error.isEmpty()) {
        err << tr("error: %1\n").arg(error);
        return InputError;
    }
    const QString artifactDir = artifactFolder(parser.value(o.artifacts), *store);
    out << tr("sweep \"%1\", shard %2/%3: %n item(s)", nullptr, int(items.size()))
               .arg(sweep.name, QString::number(shard.index), QString::number(shard.count))
        << tr(", log %1\n").arg(store->path());
    out.flush();
    // One float timing per model; a model whose timing failed runs its items without a shared one
    // (each then times float itself, and says so if it cannot).
    std::map<QString, std::optional<SharedBaseline>> baselines;
    int failed = 0, skipped = 0, ran = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < items.size(); ++i) {
        const SweepItem &item = items.at(i);
        const QString what = QStringLiteral("#%1 %2 %3 %4").arg(QString::number(item.index), item.id, modelOf(item),
                                                                 describeAxes(item));
        if (before.at(i).state == ItemState::Done) {
            out << tr("%1: already done (experiment %2), skipped\n").arg(what).arg(before.at(i).experimentId);
            ++skipped;
            continue;
        }
        RunContext context;
        if (item.spec.quantize) {
            auto found = baselines.find(item.spec.modelPath);
            if (found == baselines.end()) {
                QString why;
                const QString group = tr("sweep %1, shard %2/%3")
                                          .arg(sweep.name, QString::number(shard.index), QString::number(shard.count));
                found = baselines.emplace(item.spec.modelPath, SharedBaseline::measure(item.spec, group, &why)).first;
                if (!found->second)
                    out << tr("%1: no shared float timing (%2); each item times float itself\n").arg(modelOf(item), why);
            }
            context.baseline = found->second;
        }
        ProgressLine line(err);
        QElapsedTimer itemClock;
        itemClock.start();
        const ExperimentOutcome outcome = runExperiment(item.spec, &*store, artifactDir, [&line](double f, const QString &stage) {
            line.show(f, stage);
        }, nullptr, context);
        line.clear();
        ++ran;
        const ExperimentRecord &r = outcome.record;
        if (!outcome.storeError.isEmpty()) {
            err << tr("error: %1\n").arg(outcome.storeError);
            return InputError;
        }
        if (r.isFinished()) {
            out << tr("%1: done, experiment %2, %3 ms, %4x, in %5 s\n").arg(what).arg(outcome.id)
                       .arg(orDash(r.latencyMedianMs, 3), orDash(r.speedup, 2))
                       .arg(itemClock.elapsed() / 1000.0, 0, 'f', 1);
        } else {
            ++failed;
            out << tr("%1: %2, experiment %3: %4\n").arg(what, statusName(r.status), QString::number(outcome.id), r.error);
        }
        out.flush(); // one line per item as it ends, also when stdout is a file (a job's log)
    }
    out << tr("shard %1/%2: %3 run, %4 already done, %5 failed, in %6 s\n").arg(shard.index).arg(shard.count)
               .arg(ran).arg(skipped).arg(failed).arg(clock.elapsed() / 1000.0, 0, 'f', 1);
    return failed == 0 ? Ok : InputError;
}

} // namespace

int sweepCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a grid of experiments from a sweep file (README, \"Running on a cluster\"), whole or one shard at a "
           "time; plan it, follow its progress, or write a Slurm job-array script for it."));
    parser.addPositionalArgument(QStringLiteral("SWEEP"), tr("Sweep file, JSON."));
    const SweepOptionSet o;
    o.addTo(parser);
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, tr("sweep takes one SWEEP file."));
    if (int(parser.isSet(o.plan)) + int(parser.isSet(o.status)) + int(parser.isSet(o.emit)) + int(parser.isSet(o.prepare)) > 1)
        return usageError(err, tr("give at most one of --plan, --status, --emit and --prepare."));
    int shards = 0;
    if (parser.isSet(o.shards)) {
        if (QString e = readInt(parser, o.shards, 1, 100000, &shards); !e.isEmpty())
            return usageError(err, e);
    }
    std::optional<ShardChoice> shard;
    if (parser.isSet(o.shard)) {
        QString e;
        shard = ShardChoice::parse(parser.value(o.shard), &e);
        if (!shard)
            return usageError(err, e);
        if (parser.isSet(o.status) || parser.isSet(o.emit))
            return usageError(err, tr("--shard selects what to run or plan; --status and --emit cover every shard."));
    }
    QString error;
    auto sweep = Sweep::read(parser.positionalArguments().first(), &error);
    if (!sweep) {
        err << tr("error: %1\n").arg(error);
        return UsageError;
    }
    if (sweep->items.isEmpty() && !sweep->awaitsRanking()) {
        err << tr("error: the sweep %1 has no items.\n").arg(sweep->path);
        return UsageError;
    }
    if (parser.isSet(o.plan))
        return printPlan(*sweep, shard ? shard->count : shards, parser.isSet(o.json), out);
    if (parser.isSet(o.emit))
        return emitScript(*sweep, parser, o, shards > 0 ? shards : 4, out, err);
    if (parser.isSet(o.status)) {
        const QStringList dbs = parser.isSet(o.db) ? parser.values(o.db) : QStringList{QString()};
        for (const QString &db : dbs)
            if (db.contains(QLatin1String("{shard}")) && shards == 0)
                return usageError(err, tr("--db %1 names one log per shard: say how many with --shards N.").arg(db));
        QStringList paths;
        for (const QString &db : dbs)
            paths << (db.isEmpty() ? ExperimentStore::defaultPath() : db);
        return printStatus(*sweep, paths, shards, parser.isSet(o.json), out, err);
    }
    if (parser.values(o.db).size() > 1)
        return usageError(err, tr("a sweep run writes one log: give --db once."));
    if (parser.isSet(o.prepare)) {
        if (!sweep->search)
            return usageError(err, tr("--prepare ranks the layers of a search sweep; %1 is a grid.").arg(sweep->path));
        if (parser.value(o.db).contains(QLatin1String("{shard}")))
            return usageError(err, tr("--prepare writes one log: give --db without {shard}."));
        auto store = openLog(parser.value(o.db), err);
        if (!store)
            return InputError;
        if (!rankSearch(*sweep, &*store, out, err, &error)) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
        return printPlan(*sweep, shards, parser.isSet(o.json), out);
    }
    if (parser.value(o.db).contains(QLatin1String("{shard}")) && !shard)
        return usageError(err, tr("--db names one log per shard: run one shard with --shard I/N."));
    return runShard(*sweep, shard.value_or(ShardChoice{0, 1}), parser, o, out, err);
}

} // namespace qb::cli
