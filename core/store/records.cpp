#include "store/records.h"

#include "util/translation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

QB_DECLARE_TR_FUNCTIONS(qb::Experiment)

namespace qb {

namespace {

/// One table per enum: its value and its one spelling at the boundaries.
template <typename Enum>
struct Named {
    Enum value;
    const char *name;
};

template <typename Enum, size_t N>
QString nameOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const Named<Enum> &n : table)
        if (n.value == value)
            return QString::fromLatin1(n.name);
    return QString::fromLatin1(table[0].name);
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const Named<Enum> (&table)[N], const QString &name)
{
    for (const Named<Enum> &n : table)
        if (name == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

constexpr Named<ExperimentStatus> kStatuses[] = {
    {ExperimentStatus::Running, "running"},     {ExperimentStatus::Finished, "finished"},
    {ExperimentStatus::Failed, "failed"},       {ExperimentStatus::Cancelled, "cancelled"},
    {ExperimentStatus::Interrupted, "interrupted"},
};
constexpr Named<ExperimentKind> kKinds[] = {
    {ExperimentKind::Experiment, "experiment"}, {ExperimentKind::Sensitivity, "sensitivity"},
    {ExperimentKind::Search, "search"},
};
constexpr Named<ExperimentMode> kModes[] = {
    {ExperimentMode::Float, "float"},   {ExperimentMode::Dynamic, "dynamic"}, {ExperimentMode::Static, "static"},
    {ExperimentMode::Hybrid, "hybrid"}, {ExperimentMode::Qat, "qat"},
};
constexpr Named<LogLevel> kLevels[] = {
    {LogLevel::Info, "info"}, {LogLevel::Warning, "warning"}, {LogLevel::Error, "error"},
};

} // namespace

QString statusName(ExperimentStatus status) { return nameOf(kStatuses, status); }
std::optional<ExperimentStatus> statusFromName(const QString &name) { return valueOf(kStatuses, name); }
QString kindName(ExperimentKind kind) { return nameOf(kKinds, kind); }
std::optional<ExperimentKind> kindFromName(const QString &name) { return valueOf(kKinds, name); }
QString experimentModeName(ExperimentMode mode) { return nameOf(kModes, mode); }
std::optional<ExperimentMode> experimentModeFromName(const QString &name) { return valueOf(kModes, name); }
QString logLevelName(LogLevel level) { return nameOf(kLevels, level); }
std::optional<LogLevel> logLevelFromName(const QString &name) { return valueOf(kLevels, name); }

QString statusText(ExperimentStatus status)
{
    switch (status) {
    case ExperimentStatus::Running: return tr("running");
    case ExperimentStatus::Finished: return tr("finished");
    case ExperimentStatus::Failed: return tr("failed");
    case ExperimentStatus::Cancelled: return tr("cancelled");
    case ExperimentStatus::Interrupted: return tr("interrupted");
    }
    return {};
}

QString kindText(ExperimentKind kind)
{
    switch (kind) {
    case ExperimentKind::Experiment: return tr("experiment");
    case ExperimentKind::Sensitivity: return tr("sensitivity");
    case ExperimentKind::Search: return tr("search");
    }
    return {};
}

QString experimentModeText(ExperimentMode mode)
{
    switch (mode) {
    case ExperimentMode::Float: return tr("float");
    case ExperimentMode::Dynamic: return tr("dynamic");
    case ExperimentMode::Static: return tr("static");
    case ExperimentMode::Hybrid: return tr("hybrid");
    case ExperimentMode::Qat: return tr("QAT");
    }
    return {};
}

QString specHash(const QJsonObject &spec)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(spec).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QString logTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace qb
