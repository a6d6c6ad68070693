#include "store/experimentstore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <cmath>

namespace qb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qb::ExperimentStore", text);
}

/// Waits this long for another process's write lock before failing a statement.
constexpr int kBusyTimeoutMs = 10000;

// Schema migrations: entry i brings a database from user_version i to i + 1. Never edit a shipped
// entry; add one.
const char *const kMigrations[][12] = {
    {
        "CREATE TABLE models (id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL,"
        " layer_count INTEGER, size_bytes INTEGER, UNIQUE (path, sha256))",
        "CREATE TABLE experiments (id INTEGER PRIMARY KEY,"
        " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
        " label TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL, engine TEXT NOT NULL, status TEXT NOT NULL,"
        " spec_json TEXT NOT NULL, environment_json TEXT NOT NULL DEFAULT '{}',"
        " started_at TEXT NOT NULL, finished_at TEXT, error TEXT)",
        "CREATE TABLE metrics (experiment_id INTEGER PRIMARY KEY REFERENCES experiments(id) ON DELETE CASCADE,"
        " size_bytes REAL, latency_median_ms REAL, latency_p90_ms REAL, speedup REAL, accuracy REAL,"
        " accuracy_delta REAL, agreement REAL, sqnr_db REAL)",
        "CREATE TABLE layer_metrics (experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,"
        " layer TEXT NOT NULL, mode TEXT, sqnr_db REAL, weight_error REAL, PRIMARY KEY (experiment_id, layer))",
        "CREATE TABLE artifacts (id INTEGER PRIMARY KEY,"
        " experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE, path TEXT NOT NULL, sha256 TEXT)",
        "CREATE TABLE job_logs (id INTEGER PRIMARY KEY,"
        " experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE, at TEXT NOT NULL,"
        " level TEXT NOT NULL, message TEXT NOT NULL)",
        "CREATE INDEX experiments_started ON experiments(started_at)",
        "CREATE INDEX experiments_mode ON experiments(mode, engine)",
        "CREATE INDEX experiments_label ON experiments(label)",
        "CREATE INDEX metrics_accuracy ON metrics(accuracy)",
        "CREATE INDEX metrics_latency ON metrics(latency_median_ms)",
        nullptr,
    },
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == ExperimentStore::kSchemaVersion,
              "one migration per schema version");

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
    }
    return QStringLiteral("e.id");
}

const char *const kSelectExperiments =
    "SELECT e.id, mo.path, mo.sha256, e.label, e.mode, e.engine, e.status, e.started_at, e.finished_at, e.error,"
    " e.spec_json, e.environment_json, m.size_bytes, m.latency_median_ms, m.latency_p90_ms, m.speedup, m.accuracy,"
    " m.accuracy_delta, m.agreement, m.sqnr_db"
    " FROM experiments e JOIN models mo ON mo.id = e.model_id LEFT JOIN metrics m ON m.experiment_id = e.id";

ExperimentRecord readRecord(const QSqlQuery &q)
{
    ExperimentRecord r;
    r.id = q.value(0).toLongLong();
    r.modelPath = q.value(1).toString();
    r.modelSha256 = q.value(2).toString();
    r.label = q.value(3).toString();
    r.mode = q.value(4).toString();
    r.engine = q.value(5).toString();
    r.status = q.value(6).toString();
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
    return r;
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

std::optional<ExperimentStore> ExperimentStore::open(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ExperimentStore>();
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder: name the experiment log file, e.g. experiments.sqlite.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the experiment log.").arg(info.absolutePath()));

    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("qb-store-%1-%2")
                                   .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
                                   .arg(counter.fetchAndAddRelaxed(1));
    ExperimentStore store(info.absoluteFilePath(), connection);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
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
    if (!store.migrate(&migrateError))
        return fail(migrateError);
    return store;
}

int ExperimentStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool ExperimentStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        *error = tr("%1 was written by a newer QuantBench (schema %2; this one knows up to %3): update QuantBench "
                    "or use another log with --db.").arg(m_path).arg(version).arg(kSchemaVersion);
        return false;
    }
    for (int v = version; v < kSchemaVersion; ++v) {
        // Each step is one transaction: a crash mid-migration leaves the previous version intact.
        if (!db.transaction()) {
            *error = tr("Cannot migrate %1: %2").arg(m_path, db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        for (const char *const *statement = kMigrations[v]; *statement; ++statement) {
            if (!q.exec(QString::fromLatin1(*statement))) {
                const QString why = q.lastError().text();
                db.rollback();
                *error = tr("Cannot migrate %1 to schema %2: %3").arg(m_path).arg(v + 1).arg(why);
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !db.commit()) {
            db.rollback();
            *error = tr("Cannot migrate %1 to schema %2: %3").arg(m_path).arg(v + 1).arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 ExperimentStore::addExperiment(const ExperimentRecord &r, const QVector<LayerMetricRecord> &layers, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("Could not store the experiment in %1: %2").arg(m_path, q.lastError().text());
        db.rollback();
        return qint64(0);
    };
    if (!db.transaction()) {
        if (error)
            *error = tr("Could not store the experiment in %1: %2").arg(m_path, db.lastError().text());
        return 0;
    }
    QSqlQuery q(db);
    // A run that failed before the model could be read has no hash: store it as empty, not NULL.
    const QString modelPath = r.modelPath.isNull() ? QStringLiteral("") : r.modelPath;
    const QString sha256 = r.modelSha256.isNull() ? QStringLiteral("") : r.modelSha256;
    q.prepare(QStringLiteral("INSERT INTO models (path, sha256) VALUES (?, ?) ON CONFLICT (path, sha256) DO NOTHING"));
    q.addBindValue(modelPath);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("SELECT id FROM models WHERE path = ? AND sha256 = ?"));
    q.addBindValue(modelPath);
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 modelId = q.value(0).toLongLong();

    q.prepare(QStringLiteral("INSERT INTO experiments (model_id, label, mode, engine, status, spec_json, environment_json,"
                             " started_at, finished_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto text = [](const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); };
    for (const QVariant &v : {QVariant(modelId), text(r.label), text(r.mode), text(r.engine), text(r.status),
                              QVariant(QJsonDocument(r.spec).toJson(QJsonDocument::Compact)),
                              QVariant(QJsonDocument(r.environment).toJson(QJsonDocument::Compact)), text(r.startedAt),
                              r.finishedAt.isEmpty() ? QVariant() : QVariant(r.finishedAt),
                              r.error.isEmpty() ? QVariant() : QVariant(r.error)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q);
    const qint64 id = q.lastInsertId().toLongLong();

    q.prepare(QStringLiteral("INSERT INTO metrics (experiment_id, size_bytes, latency_median_ms, latency_p90_ms, speedup,"
                             " accuracy, accuracy_delta, agreement, sqnr_db) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    for (double v : {r.sizeBytes, r.latencyMedianMs, r.latencyP90Ms, r.speedup, r.accuracy, r.accuracyDelta, r.agreement, r.sqnrDb})
        q.addBindValue(nullable(v));
    if (!q.exec())
        return fail(q);

    if (!layers.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO layer_metrics (experiment_id, layer, mode, sqnr_db, weight_error) VALUES (?, ?, ?, ?, ?)"));
        QVariantList ids, names, modes, sqnrs, errors;
        for (const LayerMetricRecord &l : layers) {
            ids << id;
            names << l.layer;
            modes << l.mode;
            sqnrs << nullable(l.sqnrDb);
            errors << nullable(l.weightError);
        }
        q.addBindValue(ids);
        q.addBindValue(names);
        q.addBindValue(modes);
        q.addBindValue(sqnrs);
        q.addBindValue(errors);
        if (!q.execBatch())
            return fail(q);
    }
    if (!db.commit())
        return fail(q);
    return id;
}

QVector<ExperimentRecord> ExperimentStore::listExperiments(const Query &query, QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (!query.text.isEmpty()) {
        where << QStringLiteral("(e.label LIKE ? ESCAPE '\\' OR mo.path LIKE ? ESCAPE '\\')");
        QString pattern = query.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        binds << pattern << pattern;
    }
    if (!query.mode.isEmpty()) {
        where << QStringLiteral("e.mode = ?");
        binds << query.mode;
    }
    if (!query.engine.isEmpty()) {
        where << QStringLiteral("e.engine = ?");
        binds << query.engine;
    }
    QString sql = QString::fromLatin1(kSelectExperiments);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
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
    q.prepare(QString::fromLatin1(kSelectExperiments) + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

QVector<LayerMetricRecord> ExperimentStore::layerMetrics(qint64 experimentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT layer, mode, sqnr_db, weight_error FROM layer_metrics WHERE experiment_id = ? ORDER BY rowid"));
    q.addBindValue(experimentId);
    QVector<LayerMetricRecord> rows;
    if (q.exec())
        while (q.next())
            rows << LayerMetricRecord{q.value(0).toString(), q.value(1).toString(), number(q.value(2)), number(q.value(3))};
    return rows;
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
