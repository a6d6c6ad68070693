// The log's schema: its migrations, the columns every query names, and the words for SQLite's
// errors; and who owns a "running" row. Split from experimentstore.cpp, which reads and writes rows.
#include "store/experimentstore.h"
#include "store/schema_p.h"

#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentStore)

namespace qb {

using detail::describeSqlError;
using detail::processStartTicks;

namespace {

// Schema migrations: entry i brings a database from user_version i to i + 1. Never edit a shipped
// entry; add one.
const char *const kMigrations[][13] = {
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
    {
        // 2: per-layer weight errors and sensitivity; experiment kinds and parents (sweeps, searches);
        // the float model's size; everything else measured as JSON.
        "ALTER TABLE layer_metrics ADD COLUMN weight_sqnr_db REAL",
        "ALTER TABLE layer_metrics ADD COLUMN weight_max_abs REAL",
        "ALTER TABLE layer_metrics ADD COLUMN channel_sqnr_json TEXT",
        "ALTER TABLE layer_metrics ADD COLUMN sensitivity REAL",
        "ALTER TABLE layer_metrics ADD COLUMN sensitivity_sqnr_db REAL",
        "ALTER TABLE layer_metrics ADD COLUMN rank INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE layer_metrics ADD COLUMN note TEXT",
        "ALTER TABLE experiments ADD COLUMN kind TEXT NOT NULL DEFAULT 'experiment'",
        "ALTER TABLE experiments ADD COLUMN parent_id INTEGER REFERENCES experiments(id) ON DELETE SET NULL",
        "ALTER TABLE metrics ADD COLUMN details_json TEXT NOT NULL DEFAULT '{}'",
        "CREATE INDEX experiments_parent ON experiments(parent_id)",
        "CREATE INDEX experiments_kind ON experiments(kind)",
        nullptr,
    },
    {
        // Who runs a "running" row: a later open recognises rows whose process has died.
        "ALTER TABLE experiments ADD COLUMN owner_pid INTEGER",
        "ALTER TABLE experiments ADD COLUMN owner_host TEXT",
        "ALTER TABLE experiments ADD COLUMN owner_start TEXT",
        nullptr,
    },
    {
        // 4: an id for each run that survives merging logs, and its spec's hash (a sweep skips the
        // items already finished). Existing rows get an id here and a hash in backfillSpecHashes().
        "ALTER TABLE experiments ADD COLUMN uid TEXT",
        "ALTER TABLE experiments ADD COLUMN spec_sha256 TEXT",
        "UPDATE experiments SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "CREATE UNIQUE INDEX experiments_uid ON experiments(uid)",
        "CREATE INDEX experiments_spec ON experiments(spec_sha256, status)",
        nullptr,
    },
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == ExperimentStore::kSchemaVersion,
              "one migration per schema version");
/// The columns every read and write names, per table: a log altered outside QuantBench is refused
/// with the missing column named, instead of failing at the first insert.
struct RequiredColumns {
    const char *table;
    int since;               ///< the schema version that added them (older logs are read without them)
    const char *columns[16]; ///< ends at the first nullptr
};
const RequiredColumns kRequiredColumns[] = {
    {"models", 0, {"id", "path", "sha256", "layer_count", "size_bytes"}},
    {"experiments", 0, {"id", "model_id", "label", "mode", "engine", "status", "spec_json", "environment_json",
                        "started_at", "finished_at", "error", "kind", "parent_id"}},
    {"experiments", 4, {"uid", "spec_sha256"}},
    {"metrics", 0, {"experiment_id", "size_bytes", "latency_median_ms", "latency_p90_ms", "speedup", "accuracy",
                    "accuracy_delta", "agreement", "sqnr_db", "details_json"}},
    {"layer_metrics", 0, {"experiment_id", "weight_sqnr_db", "sensitivity", "rank", "note"}},
    {"artifacts", 0, {"id"}},
    {"job_logs", 0, {"id"}},
};

/// The spec hash of every row that has none (rows stored before schema 4): the hash of the stored
/// spec JSON, which is what specHash() gives for the spec it was read from.
bool backfillSpecHashes(QSqlQuery &q)
{
    QVector<std::pair<qint64, QString>> hashes;
    if (!q.exec(QStringLiteral("SELECT id, spec_json FROM experiments WHERE spec_sha256 IS NULL")))
        return false;
    while (q.next())
        hashes.append({q.value(0).toLongLong(), specHash(QJsonDocument::fromJson(q.value(1).toByteArray()).object())});
    q.finish();
    for (const auto &[id, hash] : std::as_const(hashes)) {
        q.prepare(QStringLiteral("UPDATE experiments SET spec_sha256 = ? WHERE id = ?"));
        q.addBindValue(hash);
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace

namespace detail {

QString processStartTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

QString describeSqlError(const QSqlError &error)
{
    // PostgreSQL reports a five-character SQLSTATE, and its own text says what happened.
    if (error.nativeErrorCode().size() == 5)
        return error.text();
    // SQLite's primary result codes (the low byte of an extended one): SQLITE_BUSY 5, SQLITE_LOCKED 6,
    // SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5:
    case 6:
        return tr("another process has held the log locked for more than %1 s: wait for it to finish, or record into "
                  "another log with --db").arg(kBusyTimeoutMs / 1000);
    case 8:
        return tr("the log is on read-only storage or not writable by you: record into another log with --db");
    case 10:
        return tr("a read or write of the log failed (%1): the disk may be full or failing").arg(error.text());
    case 13:
        return tr("the disk holding the log is full: free some space and run again");
    default:
        return error.text();
    }
}

} // namespace detail

bool ExperimentStore::migrate(int targetVersion, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        *error = tr("%1 was written by a newer QuantBench (schema %2; this one knows up to %3): update QuantBench "
                    "or use another log with --db.").arg(m_path).arg(version).arg(kSchemaVersion);
        return false;
    }
    // Each step is one IMMEDIATE transaction that reads the version again under the write lock: two
    // processes opening a new log at once take turns, and the second finds the step already done.
    // A crash mid-migration leaves the previous version intact.
    QSqlQuery q(db);
    for (;;) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = tr("Cannot open %1 for writing: %2").arg(m_path, describeSqlError(q.lastError()));
            return false;
        }
        const int v = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
        q.finish();
        if (v < 0 || v >= targetVersion) {
            q.exec(QStringLiteral("COMMIT"));
            break;
        }
        for (const char *const *statement = kMigrations[v]; *statement; ++statement) {
            if (!q.exec(QString::fromLatin1(*statement)) || (v + 1 == 4 && !statement[1] && !backfillSpecHashes(q))) {
                const QString why = describeSqlError(q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                *error = tr("Cannot migrate %1 to schema %2: %3").arg(m_path).arg(v + 1).arg(why);
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)) || !q.exec(QStringLiteral("COMMIT"))) {
            const QString why = describeSqlError(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            *error = tr("Cannot migrate %1 to schema %2: %3").arg(m_path).arg(v + 1).arg(why);
            return false;
        }
    }
    return true;
}

bool ExperimentStore::checkTables(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const int version = schemaVersion();
    for (const RequiredColumns &required : kRequiredColumns) {
        if (required.since > version)
            continue;
        const char *table = required.table;
        QSet<QString> present;
        if (m_server) {
            q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns"
                                     " WHERE table_schema = current_schema() AND table_name = ?"));
            q.addBindValue(QLatin1String(table));
            if (q.exec())
                while (q.next())
                    present.insert(q.value(0).toString());
        } else if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)))) {
            while (q.next())
                present.insert(q.value(1).toString());
        }
        for (const char *const *c = required.columns; *c; ++c) {
            const char *column = *c;
            if (present.contains(QLatin1String(column)))
                continue;
            if (error)
                *error = present.isEmpty()
                    ? tr("%1 has no table %2: it is not a QuantBench experiment log, or it was altered outside "
                         "QuantBench. Choose another file with --db.").arg(m_path, QLatin1String(table))
                    : tr("%1's table %2 has no column %3: it was altered outside QuantBench. Choose another file "
                         "with --db, or restore the log from a copy.").arg(m_path, QLatin1String(table), QLatin1String(column));
            return false;
        }
    }
    return true;
}

int ExperimentStore::markInterrupted()
{
    // Only rows this host ran can be checked: a PID means nothing on another machine.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, owner_pid, owner_start FROM experiments"
                             " WHERE status = ? AND owner_host = ? AND owner_pid IS NOT NULL"));
    q.addBindValue(statusName(ExperimentStatus::Running));
    q.addBindValue(QSysInfo::machineHostName());
    if (!q.exec())
        return 0;
    QVector<std::pair<qint64, qint64>> stale;
    while (q.next()) {
        const qint64 pid = q.value(1).toLongLong();
        if (processStartTicks(pid) != q.value(2).toString())
            stale.append({q.value(0).toLongLong(), pid});
    }
    q.finish();
    int marked = 0;
    for (const auto &[id, pid] : stale) {
        q.prepare(QStringLiteral("UPDATE experiments SET status = ?, finished_at = COALESCE(finished_at, ?), error = ?"
                                 " WHERE id = ? AND status = ?"));
        q.addBindValue(statusName(ExperimentStatus::Interrupted));
        q.addBindValue(logTimestamp());
        q.addBindValue(tr("Its process (PID %1 on %2) ended before it finished: it was killed or crashed.")
                           .arg(pid).arg(QSysInfo::machineHostName()));
        q.addBindValue(id);
        q.addBindValue(statusName(ExperimentStatus::Running));
        if (q.exec())
            marked += q.numRowsAffected();
    }
    return marked;
}

} // namespace qb
