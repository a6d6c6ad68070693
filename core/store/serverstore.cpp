// The experiment log on a PostgreSQL server (Qt's QPSQL driver, libpq underneath): connecting from a
// postgresql:// URL, the schema (the same tables and columns as the SQLite log, in PostgreSQL's
// types), and the words for what goes wrong. The password never comes from QuantBench: libpq reads
// PGPASSWORD or ~/.pgpass itself.
#include "store/experimentstore.h"
#include "store/schema_p.h"

#include "util/translation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentStore)

namespace qb {

namespace {

/// The schema at version 4, the first a server log has. A later migration adds its statements for
/// both kinds of log (schema.cpp for SQLite, kServerMigrations below).
const char *const kServerSchema[] = {
    "CREATE TABLE quantbench_schema (version INTEGER NOT NULL)",
    "CREATE TABLE models (id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, layer_count INTEGER,"
    " size_bytes BIGINT, UNIQUE (path, sha256))",
    "CREATE TABLE experiments (id BIGSERIAL PRIMARY KEY,"
    " model_id BIGINT NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
    " label TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL, engine TEXT NOT NULL, status TEXT NOT NULL,"
    " spec_json TEXT NOT NULL, environment_json TEXT NOT NULL DEFAULT '{}', started_at TEXT NOT NULL, finished_at TEXT,"
    " error TEXT, kind TEXT NOT NULL DEFAULT 'experiment',"
    " parent_id BIGINT REFERENCES experiments(id) ON DELETE SET NULL, owner_pid BIGINT, owner_host TEXT,"
    " owner_start TEXT, uid TEXT, spec_sha256 TEXT)",
    "CREATE TABLE metrics (experiment_id BIGINT PRIMARY KEY REFERENCES experiments(id) ON DELETE CASCADE,"
    " size_bytes DOUBLE PRECISION, latency_median_ms DOUBLE PRECISION, latency_p90_ms DOUBLE PRECISION,"
    " speedup DOUBLE PRECISION, accuracy DOUBLE PRECISION, accuracy_delta DOUBLE PRECISION,"
    " agreement DOUBLE PRECISION, sqnr_db DOUBLE PRECISION, details_json TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE layer_metrics (id BIGSERIAL,"
    " experiment_id BIGINT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE, layer TEXT NOT NULL, mode TEXT,"
    " sqnr_db DOUBLE PRECISION, weight_error DOUBLE PRECISION, weight_sqnr_db DOUBLE PRECISION,"
    " weight_max_abs DOUBLE PRECISION, channel_sqnr_json TEXT, sensitivity DOUBLE PRECISION,"
    " sensitivity_sqnr_db DOUBLE PRECISION, rank INTEGER NOT NULL DEFAULT 0, note TEXT,"
    " PRIMARY KEY (experiment_id, layer))",
    "CREATE TABLE artifacts (id BIGSERIAL PRIMARY KEY,"
    " experiment_id BIGINT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE, path TEXT NOT NULL, sha256 TEXT)",
    "CREATE TABLE job_logs (id BIGSERIAL PRIMARY KEY,"
    " experiment_id BIGINT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE, at TEXT NOT NULL,"
    " level TEXT NOT NULL, message TEXT NOT NULL)",
    "CREATE INDEX experiments_started ON experiments(started_at)",
    "CREATE INDEX experiments_mode ON experiments(mode, engine)",
    "CREATE INDEX experiments_label ON experiments(label)",
    "CREATE INDEX experiments_parent ON experiments(parent_id)",
    "CREATE INDEX experiments_kind ON experiments(kind)",
    "CREATE UNIQUE INDEX experiments_uid ON experiments(uid)",
    "CREATE INDEX experiments_spec ON experiments(spec_sha256, status)",
    "CREATE INDEX metrics_accuracy ON metrics(accuracy)",
    "CREATE INDEX metrics_latency ON metrics(latency_median_ms)",
    "CREATE INDEX layer_metrics_experiment ON layer_metrics(experiment_id, id)",
    "INSERT INTO quantbench_schema (version) VALUES (4)",
};
static_assert(ExperimentStore::kSchemaVersion == 4, "a new schema version needs its server migration here too");

/// Any number; the advisory lock that makes two processes creating the schema take turns.
constexpr int kSchemaLock = 7267201;

/// "host:port", as the messages name the server.
QString serverName(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host().isEmpty() ? QStringLiteral("localhost") : url.host())
        .arg(url.port(5432));
}

/// libpq's refusal in words a user can act on.
QString describeConnectError(const QUrl &url, const QString &database, const QString &why)
{
    if (why.contains(QLatin1String("password authentication failed")) || why.contains(QLatin1String("no password supplied"))
        || why.contains(QLatin1String("authentication failed")))
        return tr("PostgreSQL at %1 refused the user %2: the password in PGPASSWORD or ~/.pgpass is missing or wrong "
                  "(QuantBench never takes one on the command line).").arg(serverName(url), url.userName());
    if (why.contains(QLatin1String("database \"")) && why.contains(QLatin1String("does not exist")))
        return tr("PostgreSQL at %1 has no database %2: create it (createdb %2) or name another in the URL.")
            .arg(serverName(url), database);
    if (why.contains(QLatin1String("role \"")) && why.contains(QLatin1String("does not exist")))
        return tr("PostgreSQL at %1 has no user %2: create the role, or name another user in the URL.")
            .arg(serverName(url), url.userName());
    return tr("Cannot reach PostgreSQL at %1 (%2): check that the server runs and accepts connections there, and "
              "the host and port in the URL.").arg(serverName(url), why.simplified());
}

} // namespace

bool ExperimentStore::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

std::optional<ExperimentStore> ExperimentStore::openServer(const QString &location, QString *error, Access access)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ExperimentStore>();
    };
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(QLatin1Char('/')))
        return fail(tr("\"%1\" is not a PostgreSQL log URL: write postgresql://USER@HOST:PORT/DATABASE.").arg(location));
    if (!url.password().isEmpty())
        return fail(tr("The URL %1 holds a password: leave it out (it would be visible to every user of this machine) "
                       "and put it in PGPASSWORD or ~/.pgpass.").arg(url.toString(QUrl::RemovePassword)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("This QuantBench cannot reach PostgreSQL: Qt's PostgreSQL driver is missing. Install Debian's "
                       "libqt6sql6-psql."));
    static QAtomicInteger<quint64> counter;
    ExperimentStore store(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery),
                          QStringLiteral("qb-server-%1").arg(counter.fetchAndAddRelaxed(1)));
    store.m_server = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store.m_connection);
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(database);
        db.setUserName(url.userName());
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=quantbench"));
        if (!db.open())
            return fail(describeConnectError(url, database, db.lastError().text()));
    }
    QString why;
    if (access == Access::ReadWrite && !store.createServerSchema(&why))
        return fail(why);
    const int version = store.schemaVersion();
    if (version < 0)
        return fail(tr("The database %1 holds no QuantBench experiment log: open it once for writing (a run, or merge "
                       "into it), which creates one.").arg(store.m_path));
    if (version > kSchemaVersion)
        return fail(tr("The log %1 was written by a newer QuantBench (schema %2; this one knows up to %3): update "
                       "QuantBench, or use another database.").arg(store.m_path).arg(version).arg(kSchemaVersion));
    if (!store.checkTables(&why))
        return fail(why);
    if (access == Access::ReadWrite)
        store.markInterrupted();
    return store;
}

bool ExperimentStore::createServerSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    auto fail = [&](const QString &step) {
        *error = tr("Cannot create the experiment log in %1 (%2): %3").arg(m_path, step, q.lastError().text());
        db.rollback();
        return false;
    };
    // Two processes meeting an empty database take turns: the second finds the tables made.
    if (!db.transaction())
        return fail(QStringLiteral("BEGIN"));
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock)))
        return fail(QStringLiteral("lock"));
    if (!q.exec(QStringLiteral("SELECT to_regclass('quantbench_schema') IS NOT NULL")) || !q.next())
        return fail(QStringLiteral("look-up"));
    if (q.value(0).toBool()) {
        q.finish();
        return db.commit() || fail(QStringLiteral("COMMIT"));
    }
    for (const char *statement : kServerSchema)
        if (!q.exec(QString::fromLatin1(statement)))
            return fail(QString::fromLatin1(statement).section(QLatin1Char('('), 0, 0));
    return db.commit() || fail(QStringLiteral("COMMIT"));
}

} // namespace qb
