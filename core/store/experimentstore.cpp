#include "store/experimentstore.h"
#include "store/schema_p.h"

#include "util/jsonutil.h"
#include "util/translation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentStore)

namespace qb {

using detail::describeSqlError;
using detail::kBusyTimeoutMs;
using detail::processStartTicks;

namespace {


/// JSON as the log stores it: compact text. Bound as a string, never as bytes (which PostgreSQL's
/// driver would write as a bytea literal into the TEXT column).
QString jsonText(const QJsonDocument &json)
{
    return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
}

QVariant nullable(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

double number(const QVariant &v)
{
    return v.isNull() ? qQNaN() : v.toDouble();
}

QString sortColumn(ExperimentStore::SortKey key)
{
    switch (key) {
    case ExperimentStore::SortKey::Id: return QStringLiteral("e.id");
    case ExperimentStore::SortKey::StartedAt: return QStringLiteral("e.started_at");
    case ExperimentStore::SortKey::Label: return QStringLiteral("e.label");
    case ExperimentStore::SortKey::Mode: return QStringLiteral("e.mode");
    case ExperimentStore::SortKey::Engine: return QStringLiteral("e.engine");
    case ExperimentStore::SortKey::Accuracy: return QStringLiteral("m.accuracy");
    case ExperimentStore::SortKey::LatencyMedian: return QStringLiteral("m.latency_median_ms");
    case ExperimentStore::SortKey::Size: return QStringLiteral("m.size_bytes");
    case ExperimentStore::SortKey::SqnrDb: return QStringLiteral("m.sqnr_db");
    case ExperimentStore::SortKey::Model: return QStringLiteral("mo.path");
    case ExperimentStore::SortKey::Kind: return QStringLiteral("e.kind");
    case ExperimentStore::SortKey::Status: return QStringLiteral("e.status");
    case ExperimentStore::SortKey::SizeRatio: return QStringLiteral("(m.size_bytes / mo.size_bytes)");
    case ExperimentStore::SortKey::LatencyP90: return QStringLiteral("m.latency_p90_ms");
    case ExperimentStore::SortKey::Speedup: return QStringLiteral("m.speedup");
    case ExperimentStore::SortKey::AccuracyDelta: return QStringLiteral("m.accuracy_delta");
    case ExperimentStore::SortKey::Agreement: return QStringLiteral("m.agreement");
    }
    return QStringLiteral("e.id");
}

/// The query readRecord() reads. A log older than schema 4 (read only, so not migrated) has no run
/// ids or spec hashes: they read as empty.
QString selectExperiments(bool runIds)
{
    return QStringLiteral("SELECT e.id, mo.path, mo.sha256, e.label, e.mode, e.engine, e.status, e.started_at,"
                          " e.finished_at, e.error, e.spec_json, e.environment_json, m.size_bytes, m.latency_median_ms,"
                          " m.latency_p90_ms, m.speedup, m.accuracy, m.accuracy_delta, m.agreement, m.sqnr_db, e.kind,"
                          " e.parent_id, mo.size_bytes, mo.layer_count, m.details_json, %1"
                          " FROM experiments e JOIN models mo ON mo.id = e.model_id"
                          " LEFT JOIN metrics m ON m.experiment_id = e.id")
        .arg(runIds ? QLatin1String("e.uid, e.spec_sha256") : QLatin1String("NULL, NULL"));
}

ExperimentRecord readRecord(const QSqlQuery &q)
{
    ExperimentRecord r;
    r.id = q.value(0).toLongLong();
    r.modelPath = q.value(1).toString();
    r.modelSha256 = q.value(2).toString();
    r.label = q.value(3).toString();
    // A value this build does not know (a newer QuantBench wrote it) reads as the neutral one.
    r.mode = experimentModeFromName(q.value(4).toString()).value_or(ExperimentMode::Float);
    r.engine = engineFromName(q.value(5).toString()).value_or(QuantEngine::None);
    r.status = statusFromName(q.value(6).toString()).value_or(ExperimentStatus::Interrupted);
    r.startedAt = q.value(7).toString();
    r.finishedAt = q.value(8).toString();
    r.error = q.value(9).toString();
    r.spec = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    r.environment = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
    r.sizeBytes = number(q.value(12));
    r.latencyMedianMs = number(q.value(13));
    r.latencyP90Ms = number(q.value(14));
    r.speedup = number(q.value(15));
    r.accuracy = number(q.value(16));
    r.accuracyDelta = number(q.value(17));
    r.agreement = number(q.value(18));
    r.sqnrDb = number(q.value(19));
    r.kind = kindFromName(q.value(20).toString()).value_or(ExperimentKind::Experiment);
    r.parentId = q.value(21).toLongLong();
    r.modelSizeBytes = q.value(22).toLongLong();
    r.modelLayerCount = q.value(23).toInt();
    r.details = QJsonDocument::fromJson(q.value(24).toByteArray()).object();
    r.uid = q.value(25).toString();
    r.specSha256 = q.value(26).toString();
    return r;
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("qb-store-%1-%2")
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ExperimentStore::ExperimentStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

ExperimentStore::ExperimentStore(ExperimentStore &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_connection(std::exchange(other.m_connection, QString()))
    , m_runIds(other.m_runIds)
    , m_server(other.m_server)
{
}

ExperimentStore::~ExperimentStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ExperimentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/experiments.sqlite");
}

QString ExperimentStore::defaultArtifactFolder(const QString &location)
{
    const QString log = isServerUrl(location) ? defaultPath() : location;
    return QFileInfo(log).absolutePath() + QStringLiteral("/artifacts");
}

std::optional<ExperimentStore> ExperimentStore::open(const QString &path, QString *error, Access access)
{
    if (isServerUrl(path))
        return openServer(path, error, access);
    if (access == Access::ReadOnly)
        return openReadOnly(path, error);
    return openAtVersion(path, kSchemaVersion, error);
}

std::optional<ExperimentStore> ExperimentStore::openAtVersion(const QString &path, int version, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ExperimentStore>();
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder: name the experiment log file, e.g. experiments.sqlite.").arg(path));
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a regular file (a device, pipe or socket): name an experiment log file, e.g. "
                       "experiments.sqlite.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the experiment log.").arg(info.absolutePath()));
    // SQLite would open a read-only file and fail only at the first write, with "attempt to write a
    // readonly database": say so at once, and what still works.
    if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("The experiment log %1 is on read-only storage or not writable by you: runs cannot be recorded "
                       "in it. Record into another log with --db, or make it writable; reports can still be exported "
                       "from it.").arg(path));

    ExperimentStore store(info.absoluteFilePath(), newConnectionName());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store.m_connection);
        db.setDatabaseName(store.m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            return fail(tr("Cannot open the experiment log %1: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        // A file that is not a database fails on its first read.
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
            || !q.exec(QStringLiteral("PRAGMA user_version")))
            return fail(tr("%1 is not a QuantBench experiment log (%2): choose another file with --db.")
                            .arg(path, q.lastError().text()));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    QString migrateError;
    if (!store.migrate(std::min(version, kSchemaVersion), &migrateError))
        return fail(migrateError);
    if (version >= kSchemaVersion) {
        if (!store.checkTables(&migrateError))
            return fail(migrateError);
        store.markInterrupted();
    }
    store.m_runIds = store.schemaVersion() >= 4;
    return store;
}

std::optional<ExperimentStore> ExperimentStore::openReadOnly(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ExperimentStore>();
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("There is no experiment log at %1: check the path given with --db.").arg(path));
    if (!info.isFile())
        return fail(tr("%1 is not an experiment log file (a folder, device or pipe): name the .sqlite file.").arg(path));
    ExperimentStore store(info.absoluteFilePath(), newConnectionName());
    QString why;
    // First as a plain read-only connection; on storage where SQLite cannot even create its shared-memory
    // file beside a WAL log, as an immutable file (nothing can be writing it there anyway).
    for (const bool immutable : {false, true}) {
        QSqlDatabase db = QSqlDatabase::database(store.m_connection, false);
        if (!db.isValid())
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store.m_connection);
        db.close();
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (immutable) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(store.m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(store.m_path);
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            why = db.lastError().text();
            continue;
        }
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
            const int version = q.value(0).toInt();
            if (version > kSchemaVersion)
                return fail(tr("%1 was written by a newer QuantBench (schema %2; this one knows up to %3): update "
                               "QuantBench.").arg(path).arg(version).arg(kSchemaVersion));
            if (version < kReadableSchemaVersion)
                return fail(tr("%1 was written by an older QuantBench (schema %2): open it once where it is writable, "
                               "which upgrades it, then read it here.").arg(path).arg(version));
            if (!store.checkTables(&why))
                return fail(why);
            store.m_runIds = version >= 4;
            return store;
        }
        why = q.lastError().text();
    }
    return fail(tr("%1 is not a QuantBench experiment log (%2): choose another file with --db.").arg(path, why));
}

int ExperimentStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (m_server)
        return q.exec(QStringLiteral("SELECT max(version) FROM quantbench_schema")) && q.next() ? q.value(0).toInt() : -1;
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

namespace {

QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

/// The model's row (one per path and hash), made or brought up to date; its id, or 0.
qint64 upsertModel(QSqlQuery &q, const ExperimentRecord &r)
{
    // A run that failed before the model could be read has no hash: store it as empty, not NULL.
    q.prepare(QStringLiteral("INSERT INTO models (path, sha256, layer_count, size_bytes) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (path, sha256) DO UPDATE SET"
                             " layer_count = COALESCE(excluded.layer_count, models.layer_count),"
                             " size_bytes = COALESCE(excluded.size_bytes, models.size_bytes)"));
    for (const QVariant &v : {text(r.modelPath), text(r.modelSha256),
                              r.modelLayerCount > 0 ? QVariant(r.modelLayerCount) : QVariant(),
                              r.modelSizeBytes > 0 ? QVariant(r.modelSizeBytes) : QVariant()})
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    q.prepare(QStringLiteral("SELECT id FROM models WHERE path = ? AND sha256 = ?"));
    q.addBindValue(text(r.modelPath));
    q.addBindValue(text(r.modelSha256));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

/// The experiment's own row and its metrics; the new id, or 0.
qint64 insertExperiment(QSqlQuery &q, const ExperimentRecord &r, qint64 modelId)
{
    q.prepare(QStringLiteral("INSERT INTO experiments (model_id, label, mode, engine, status, spec_json, environment_json,"
                             " started_at, finished_at, error, kind, parent_id, uid, spec_sha256, owner_pid, owner_host,"
                             " owner_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString uid = r.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : r.uid;
    for (const QVariant &v : {QVariant(modelId), text(r.label), QVariant(experimentModeName(r.mode)), QVariant(engineName(r.engine)),
                              QVariant(statusName(r.status)), QVariant(jsonText(QJsonDocument(r.spec))),
                              QVariant(jsonText(QJsonDocument(r.environment))), text(r.startedAt),
                              r.finishedAt.isEmpty() ? QVariant() : QVariant(r.finishedAt),
                              r.error.isEmpty() ? QVariant() : QVariant(r.error), QVariant(kindName(r.kind)),
                              r.parentId > 0 ? QVariant(r.parentId) : QVariant(), QVariant(uid),
                              QVariant(specHash(r.spec))})
        q.addBindValue(v);
    // A row that stays "running" while its process works names that process, so a later open can
    // tell a live run from one whose process was killed.
    const bool running = r.status == ExperimentStatus::Running;
    const qint64 pid = QCoreApplication::applicationPid();
    q.addBindValue(running ? QVariant(pid) : QVariant());
    q.addBindValue(running ? QVariant(QSysInfo::machineHostName()) : QVariant());
    q.addBindValue(running ? QVariant(processStartTicks(pid)) : QVariant());
    // RETURNING, not lastInsertId(): PostgreSQL tables have no OIDs to report.
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO metrics (experiment_id, size_bytes, latency_median_ms, latency_p90_ms, speedup,"
                             " accuracy, accuracy_delta, agreement, sqnr_db, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    for (double v : {r.sizeBytes, r.latencyMedianMs, r.latencyP90Ms, r.speedup, r.accuracy, r.accuracyDelta, r.agreement, r.sqnrDb})
        q.addBindValue(nullable(v));
    q.addBindValue(jsonText(QJsonDocument(r.details)));
    return q.exec() ? id : 0;
}

/// The experiment's artifacts and log lines.
bool insertArtifactsAndLog(QSqlQuery &q, const ExperimentRecord &r, qint64 id)
{
    for (const ArtifactRecord &a : r.artifacts) {
        q.prepare(QStringLiteral("INSERT INTO artifacts (experiment_id, path, sha256) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(a.path);
        q.addBindValue(a.sha256);
        if (!q.exec())
            return false;
    }
    if (r.log.isEmpty())
        return true;
    q.prepare(QStringLiteral("INSERT INTO job_logs (experiment_id, at, level, message) VALUES (?, ?, ?, ?)"));
    QVariantList ids, ats, levels, messages;
    for (const LogRecord &l : r.log) {
        ids << id;
        ats << text(l.at);
        levels << logLevelName(l.level);
        messages << text(l.message);
    }
    for (const QVariantList *column : {&ids, &ats, &levels, &messages})
        q.addBindValue(*column);
    return q.execBatch();
}

/// One row per layer, in one batch.
bool insertLayers(QSqlQuery &q, const QVector<LayerMetricRecord> &layers, qint64 id)
{
    if (layers.isEmpty())
        return true;
    q.prepare(QStringLiteral("INSERT INTO layer_metrics (experiment_id, layer, mode, sqnr_db, weight_error, weight_sqnr_db,"
                             " weight_max_abs, channel_sqnr_json, sensitivity, sensitivity_sqnr_db, rank, note)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVector<QVariantList> columns(12);
    for (const LayerMetricRecord &l : layers) {
        QJsonArray channels;
        for (double c : l.channelSqnrDb)
            channels.append(jsonNumber(c));
        const QVariantList row{id, l.layer, modeName(l.mode), nullable(l.sqnrDb), nullable(l.weightError),
                               nullable(l.weightSqnrDb), nullable(l.weightMaxAbs),
                               l.channelSqnrDb.isEmpty() ? QVariant() : QVariant(jsonText(QJsonDocument(channels))),
                               nullable(l.sensitivity), nullable(l.sensitivitySqnrDb), l.rank,
                               l.note.isEmpty() ? QVariant() : QVariant(l.note)};
        for (int c = 0; c < row.size(); ++c)
            columns[c] << row.at(c);
    }
    for (const QVariantList &column : std::as_const(columns))
        q.addBindValue(column);
    return q.execBatch();
}

} // namespace

qint64 ExperimentStore::addExperiment(const ExperimentRecord &r, const QVector<LayerMetricRecord> &layers, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        if (error)
            *error = tr("Could not store the experiment in %1: %2").arg(m_path, describeSqlError(db.lastError()));
        return 0;
    }
    QSqlQuery q(db);
    const qint64 modelId = upsertModel(q, r);
    const qint64 id = modelId > 0 ? insertExperiment(q, r, modelId) : 0;
    if (id > 0 && insertArtifactsAndLog(q, r, id) && insertLayers(q, layers, id) && db.commit())
        return id;
    if (error)
        *error = tr("Could not store the experiment in %1: %2")
                     .arg(m_path, describeSqlError(q.lastError().isValid() ? q.lastError() : db.lastError()));
    db.rollback();
    return 0;
}

bool ExperimentStore::updateExperiment(const ExperimentRecord &r, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto fail = [&] {
        if (error)
            *error = tr("Could not update experiment %1 in %2: %3").arg(r.id).arg(m_path, describeSqlError(q.lastError()));
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail();
    q.prepare(QStringLiteral("UPDATE experiments SET status = ?, finished_at = ?, error = ?, label = ? WHERE id = ?"));
    q.addBindValue(statusName(r.status));
    q.addBindValue(r.finishedAt.isEmpty() ? QVariant() : QVariant(r.finishedAt));
    q.addBindValue(r.error.isEmpty() ? QVariant() : QVariant(r.error));
    q.addBindValue(r.label.isNull() ? QStringLiteral("") : r.label);
    q.addBindValue(r.id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail();
    q.prepare(QStringLiteral("UPDATE metrics SET size_bytes = ?, latency_median_ms = ?, latency_p90_ms = ?, speedup = ?,"
                             " accuracy = ?, accuracy_delta = ?, agreement = ?, sqnr_db = ?, details_json = ?"
                             " WHERE experiment_id = ?"));
    for (double v : {r.sizeBytes, r.latencyMedianMs, r.latencyP90Ms, r.speedup, r.accuracy, r.accuracyDelta, r.agreement, r.sqnrDb})
        q.addBindValue(nullable(v));
    q.addBindValue(jsonText(QJsonDocument(r.details)));
    q.addBindValue(r.id);
    if (!q.exec() || !db.commit())
        return fail();
    return true;
}

namespace {

/// The WHERE clause of a query's filters, with its bound values.
QString whereClause(const ExperimentStore::Query &query, bool server, QVariantList *binds)
{
    QStringList where;
    if (!query.text.isEmpty()) {
        // SQLite's LIKE ignores case (ASCII); PostgreSQL's ILIKE does.
        where << QStringLiteral("(e.label %1 ? ESCAPE '\\' OR mo.path %1 ? ESCAPE '\\')")
                     .arg(server ? QLatin1String("ILIKE") : QLatin1String("LIKE"));
        QString pattern = query.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        *binds << pattern << pattern;
    }
    const std::pair<const char *, QString> exact[] = {
        {"e.mode = ?", query.mode ? experimentModeName(*query.mode) : QString()},
        {"e.engine = ?", query.engine ? engineName(*query.engine) : QString()},
        {"e.kind = ?", query.kind ? kindName(*query.kind) : QString()},
        {"e.started_at >= ?", query.startedAfter},
        {"e.started_at < ?", query.startedBefore}};
    for (const auto &[clause, value] : exact) {
        if (!value.isEmpty()) {
            where << QString::fromLatin1(clause);
            *binds << value;
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace

QVector<ExperimentRecord> ExperimentStore::listExperiments(const Query &query, QString *error) const
{
    QVariantList binds;
    const QString where = whereClause(query, m_server, &binds);
    QString sql = selectExperiments(m_runIds) + where;
    // NULL metrics sort last either way; the id keeps the order stable.
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    sql += QStringLiteral(" ORDER BY (%1 IS NULL), %1 %2, e.id %2 LIMIT ? OFFSET ?").arg(column, direction);
    binds << query.limit << query.offset;

    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVector<ExperimentRecord> rows;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows << readRecord(q);
    return rows;
}

int ExperimentStore::countExperiments(const Query &query, QString *error) const
{
    QVariantList binds;
    const QString where = whereClause(query, m_server, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM experiments e JOIN models mo ON mo.id = e.model_id") + where);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

int ExperimentStore::countExperiments(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM experiments")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<ExperimentRecord> ExperimentStore::experiment(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(selectExperiments(m_runIds) + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ExperimentRecord r = readRecord(q);
    q.prepare(QStringLiteral("SELECT path, sha256 FROM artifacts WHERE experiment_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            r.artifacts << ArtifactRecord{q.value(0).toString(), q.value(1).toString()};
    q.prepare(QStringLiteral("SELECT at, level, message FROM job_logs WHERE experiment_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            r.log << LogRecord{q.value(0).toString(), logLevelFromName(q.value(1).toString()).value_or(LogLevel::Info),
                               q.value(2).toString()};
    return r;
}

QVector<LayerMetricRecord> ExperimentStore::layerMetrics(qint64 experimentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT layer, mode, sqnr_db, weight_error, weight_sqnr_db, weight_max_abs, channel_sqnr_json,"
                             " sensitivity, sensitivity_sqnr_db, rank, note FROM layer_metrics WHERE experiment_id = ?"
                             " ORDER BY %1").arg(m_server ? QLatin1String("id") : QLatin1String("rowid")));
    q.addBindValue(experimentId);
    QVector<LayerMetricRecord> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        LayerMetricRecord l;
        l.layer = q.value(0).toString();
        l.mode = modeFromName(q.value(1).toString()).value_or(QuantMode::Float);
        l.sqnrDb = number(q.value(2));
        l.weightError = number(q.value(3));
        l.weightSqnrDb = number(q.value(4));
        l.weightMaxAbs = number(q.value(5));
        const QJsonArray channels = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
        for (const QJsonValue &c : channels)
            l.channelSqnrDb << (c.isDouble() ? c.toDouble() : std::numeric_limits<double>::infinity());
        l.sensitivity = number(q.value(7));
        l.sensitivitySqnrDb = number(q.value(8));
        l.rank = q.value(9).toInt();
        l.note = q.value(10).toString();
        rows << l;
    }
    return rows;
}

QVector<ExperimentRecord> ExperimentStore::children(qint64 parentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(selectExperiments(m_runIds) + QStringLiteral(" WHERE e.parent_id = ? ORDER BY e.id"));
    q.addBindValue(parentId);
    QVector<ExperimentRecord> rows;
    if (q.exec())
        while (q.next())
            rows << readRecord(q);
    return rows;
}

QVector<ExperimentRecord> ExperimentStore::runsOfSpecs(const QStringList &specHashes, QString *error) const
{
    QVector<ExperimentRecord> rows;
    if (!m_runIds || specHashes.isEmpty())
        return rows;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // SQLite binds at most 999 values per statement in older builds: ask in slices.
    constexpr int kSlice = 500;
    for (int from = 0; from < specHashes.size(); from += kSlice) {
        const QStringList slice = specHashes.mid(from, kSlice);
        QStringList marks;
        for (int i = 0; i < slice.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(selectExperiments(m_runIds) + QStringLiteral(" WHERE e.spec_sha256 IN (%1) ORDER BY e.id").arg(marks.join(QLatin1Char(','))));
        for (const QString &hash : slice)
            q.addBindValue(hash);
        if (!q.exec()) {
            if (error)
                *error = tr("Could not read %1: %2").arg(m_path, describeSqlError(q.lastError()));
            return {};
        }
        while (q.next())
            rows << readRecord(q);
    }
    std::sort(rows.begin(), rows.end(), [](const ExperimentRecord &a, const ExperimentRecord &b) { return a.id < b.id; });
    return rows;
}

namespace {

/// This log's row id for a run id; 0 when it has none.
qint64 idOfRun(QSqlQuery &q, const QString &uid)
{
    q.prepare(QStringLiteral("SELECT id FROM experiments WHERE uid = ?"));
    q.addBindValue(uid);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

/// Copies an artifact into `folder` under a name that cannot collide (the run id first); the copy's path.
QString copyArtifact(const QString &path, const QString &uid, const QString &folder, QString *error)
{
    const QString target = QDir(folder).filePath(uid.left(12) + QLatin1Char('-') + QFileInfo(path).fileName());
    if (QFileInfo::exists(target))
        return target;
    if (!QDir().mkpath(folder) || !QFile::copy(path, target)) {
        *error = tr("Could not copy the artifact %1 to %2: check that it exists and that %3 is writable.")
                     .arg(path, target, folder);
        return {};
    }
    return target;
}

} // namespace

std::optional<ExperimentStore::MergeCount> ExperimentStore::merge(const ExperimentStore &source, const QString &copyArtifactsTo,
                                                                  QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<MergeCount>();
    };
    if (source.m_server == m_server && (m_server ? source.path() == m_path : QFileInfo(source.path()) == QFileInfo(m_path)))
        return fail(tr("%1 cannot be merged into itself: name another log as the target.").arg(m_path));
    if (!source.m_runIds)
        return fail(tr("%1 was written by an older QuantBench and has no run ids, so merging could not tell what is "
                       "already there: open it once with this QuantBench where it is writable (which upgrades it), "
                       "then merge.").arg(source.path()));
    QSqlQuery sourceIds(QSqlDatabase::database(source.m_connection));
    sourceIds.setForwardOnly(true);
    if (!sourceIds.exec(QStringLiteral("SELECT id, uid FROM experiments ORDER BY id")))
        return fail(tr("Could not read %1: %2").arg(source.path(), describeSqlError(sourceIds.lastError())));
    QVector<qint64> ids;
    QHash<qint64, QString> uids; // of every source row, so a trial finds its parent's without reading it
    while (sourceIds.next()) {
        ids << sourceIds.value(0).toLongLong();
        uids.insert(ids.last(), sourceIds.value(1).toString());
    }
    sourceIds.finish();

    MergeCount count;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QVector<std::pair<QString, QString>> links; // (child uid, parent uid) of trials
    for (const qint64 id : std::as_const(ids)) {
        std::optional<ExperimentRecord> r = source.experiment(id);
        if (!r)
            return fail(tr("Could not read experiment %1 of %2: it may be locked by another process; merge again "
                           "later (what was merged so far stays).").arg(QString::number(id), source.path()));
        if (r->status == ExperimentStatus::Running) {
            ++count.running;
            continue;
        }
        if (r->parentId > 0 && uids.contains(r->parentId))
            links.append({r->uid, uids.value(r->parentId)});
        if (idOfRun(q, r->uid) > 0) {
            ++count.present;
            continue;
        }
        if (!copyArtifactsTo.isEmpty()) {
            for (ArtifactRecord &a : r->artifacts) {
                QString why;
                a.path = copyArtifact(a.path, r->uid, copyArtifactsTo, &why);
                if (a.path.isEmpty())
                    return fail(why);
                ++count.copiedArtifacts;
            }
        }
        r->parentId = 0; // linked below, once both rows are here
        QString why;
        if (addExperiment(*r, source.layerMetrics(id), &why) == 0)
            return fail(why);
        ++count.added;
    }
    for (const auto &[child, parent] : std::as_const(links)) {
        const qint64 parentId = idOfRun(q, parent);
        if (parentId == 0)
            continue;
        q.prepare(QStringLiteral("UPDATE experiments SET parent_id = ? WHERE uid = ? AND parent_id IS NULL"));
        q.addBindValue(parentId);
        q.addBindValue(child);
        if (!q.exec())
            return fail(tr("Could not link the trials in %1: %2").arg(m_path, describeSqlError(q.lastError())));
    }
    return count;
}

bool ExperimentStore::removeExperiment(qint64 id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM experiments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ExperimentStore::checkIntegrity(QString *details) const
{
    if (m_server) {
        if (details)
            *details = QStringLiteral("ok (the server keeps its own integrity)");
        return true;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        if (details)
            *details = q.lastError().text();
        return false;
    }
    const QString result = q.value(0).toString();
    if (details)
        *details = result;
    return result == QLatin1String("ok");
}

} // namespace qb
