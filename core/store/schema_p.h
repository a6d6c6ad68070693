#pragma once

// Internal to the experiment store: what experimentstore.cpp and schema.cpp share.

#include <QString>

class QSqlError;

namespace qb::detail {

/// Waits this long for another process's write lock before failing a statement.
inline constexpr int kBusyTimeoutMs = 10000;

/// SQLite's error in words a user can act on: a lock held by another process, a full disk and
/// read-only storage are named as such; anything else is SQLite's own text.
QString describeSqlError(const QSqlError &error);

/// When process `pid` started, in clock ticks since boot (/proc/PID/stat, field 22): with the PID
/// it names one process, even after the PID has been reused. Empty when there is no such process.
QString processStartTicks(qint64 pid);

} // namespace qb::detail
