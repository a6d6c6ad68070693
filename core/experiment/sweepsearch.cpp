// Search sweeps: the ranking file every shard plans its trials from, computed once under a lock,
// and the best finished trial by the search's own rule. The grid side is in sweep.cpp.

#include "experiment/sweep.h"
#include "store/experimentstore.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>

QB_DECLARE_TR_FUNCTIONS(qb::Sweep)

namespace qb {

QJsonObject SweepRanking::toJson() const
{
    QJsonArray entries;
    for (int i = 0; i < layers.size(); ++i)
        entries.append(QJsonObject{{QStringLiteral("layer"), layers.at(i)},
                                   {QStringLiteral("impact"), i < impact.size() ? impact.at(i) : 0.0}});
    return {{QStringLiteral("format"), QStringLiteral("quantbench-ranking/1")},
            {QStringLiteral("spec_sha256"), specSha256},
            {QStringLiteral("ranking"), sweepModeName(mode)},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("sensitivity_uid"), experimentUid},
            {QStringLiteral("layers"), entries}};
}

std::optional<SweepRanking> SweepRanking::fromJson(const QJsonObject &json, QString *error)
{
    SweepRanking r;
    const auto mode = sweepModeFromName(json.value(QStringLiteral("ranking")).toString());
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("quantbench-ranking/1") || !mode
        || !json.value(QStringLiteral("layers")).isArray()) {
        *error = tr("it is not a QuantBench ranking file (format quantbench-ranking/1 with \"ranking\" and \"layers\")");
        return std::nullopt;
    }
    r.mode = *mode;
    r.specSha256 = json.value(QStringLiteral("spec_sha256")).toString();
    r.metric = json.value(QStringLiteral("metric")).toString();
    r.experimentUid = json.value(QStringLiteral("sensitivity_uid")).toString();
    QSet<QString> seen;
    for (const QJsonValue &entry : json.value(QStringLiteral("layers")).toArray()) {
        const QString layer = entry.toObject().value(QStringLiteral("layer")).toString();
        if (layer.isEmpty() || seen.contains(layer)) {
            *error = tr("its \"layers\" must name each layer once, as {\"layer\": NAME, \"impact\": NUMBER}");
            return std::nullopt;
        }
        seen.insert(layer);
        r.layers << layer;
        r.impact << entry.toObject().value(QStringLiteral("impact")).toDouble(qQNaN());
    }
    return r;
}

bool Sweep::planFromRankingFile(QString *error)
{
    error->clear();
    if (!search || !QFileInfo::exists(rankingPath))
        return false;
    QFile file(rankingPath);
    QJsonParseError parse;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(16 << 20), &parse)
                                                             : QJsonDocument();
    QString why = !file.isOpen()      ? file.errorString()
                  : !doc.isObject() ? tr("it is not JSON (%1)").arg(parse.errorString())
                                    : QString();
    std::optional<SweepRanking> ranking;
    if (why.isEmpty())
        ranking = SweepRanking::fromJson(doc.object(), &why);
    if (ranking && (ranking->specSha256 != specHash(base.toJson()) || ranking->mode != search->ranking))
        why = tr("it ranks another spec or with another ranking mode");
    if (!why.isEmpty()) {
        *error = tr("The search's ranking file %1 cannot be used: %2. Delete it to rank the layers again.")
                     .arg(rankingPath, why);
        return false;
    }
    planSearch(*ranking);
    return true;
}

SearchPick bestSearchItem(const Sweep &sweep, const QVector<ItemStatus> &states, const QVector<ExperimentRecord> &runs)
{
    SearchPick pick;
    if (!sweep.search)
        return pick;
    // By spec hash, not row id: the runs may come from several logs (one per shard), whose ids collide.
    QHash<QString, const ExperimentRecord *> finished;
    for (const ExperimentRecord &r : runs)
        if (r.isFinished())
            finished.insert(r.specSha256, &r);
    SearchTrial best;
    for (int i = 0; i < sweep.items.size() && i < states.size(); ++i) {
        const ExperimentRecord *r = states.at(i).state == ItemState::Done ? finished.value(sweep.items.at(i).specSha256) : nullptr;
        if (!r)
            continue;
        SearchTrial t;
        t.id = r->id;
        t.record = *r;
        for (const QJsonValue &layer : sweep.items.at(i).axes.value(QStringLiteral("float_layers")).toArray())
            t.floatLayers << layer.toString();
        t.shortfall = sweep.search->budget.shortfall(*r);
        t.withinBudget = t.shortfall == 0;
        if (pick.item < 0 || betterTrial(t, best, sweep.search->objective)) {
            best = t;
            pick = SearchPick{i, r->id, t.withinBudget, t.shortfall};
        }
    }
    return pick;
}

bool ensureSweepRanking(Sweep &sweep, ExperimentStore *store, const ProgressCallback &progress,
                        const std::function<void(const QString &)> &waiting, const std::atomic_bool *cancel,
                        QString *error, bool *rankedHere)
{
    if (rankedHere)
        *rankedHere = false;
    if (!sweep.search)
        return true;
    if (sweep.planFromRankingFile(error))
        return true;
    if (!error->isEmpty())
        return false;
    // One process ranks; the others wait for its file. A lock whose owner died on this machine is
    // taken over; one from another machine is waited for (its owner may still be ranking).
    QLockFile lock(sweep.rankingPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    bool told = false;
    while (!lock.tryLock(1000)) {
        if (lock.error() != QLockFile::LockFailedError) {
            *error = tr("Cannot create the lock %1 beside the search's ranking file: check that the sweep file's "
                        "folder is writable.").arg(sweep.rankingPath + QStringLiteral(".lock"));
            return false;
        }
        if (cancel && cancel->load()) {
            *error = tr("Cancelled while waiting for the ranking.");
            return false;
        }
        if (!told && waiting) {
            qint64 pid = 0;
            QString host, app;
            lock.getLockInfo(&pid, &host, &app);
            waiting(tr("waiting for the ranking that process %1 on %2 computes (if that process is gone, delete %3)")
                        .arg(pid).arg(host, sweep.rankingPath + QStringLiteral(".lock")));
            told = true;
        }
    }
    if (sweep.planFromRankingFile(error)) // ranked by the process that held the lock
        return true;
    if (!error->isEmpty())
        return false;
    const SensitivityResult result = runSensitivity(sweep.base, sweep.search->ranking, store, progress, cancel);
    if (!result.ok) {
        *error = result.cancelled ? tr("Cancelled while ranking the layers.")
                                  : tr("Ranking the layers for the search failed: %1").arg(result.error);
        return false;
    }
    SweepRanking ranking;
    ranking.specSha256 = specHash(sweep.base.toJson());
    ranking.mode = sweep.search->ranking;
    ranking.metric = result.metric;
    for (const LayerSensitivity &l : result.layers) {
        ranking.layers << l.layer;
        ranking.impact << l.impact;
    }
    if (store && result.id > 0)
        if (const auto stored = store->experiment(result.id))
            ranking.experimentUid = stored->uid;
    if (!writeFileAtomically(sweep.rankingPath, QJsonDocument(ranking.toJson()).toJson(), error))
        return false;
    sweep.planSearch(ranking);
    if (rankedHere)
        *rankedHere = true;
    return true;
}

} // namespace qb
