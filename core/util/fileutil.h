#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace qb {

/// SHA-256 of a file's contents as lowercase hex; empty when the file cannot be read.
/// Reads in chunks, so it is safe on large model files. Any thread may call it.
QString fileSha256(const QString &path);

/// "1.6 MB", "240 kB", "12 bytes": sizes the way a user reads them (decimal units, like file
/// managers). The C locale by default, for the CLI and reports; views pass QLocale() ("1,6 MB").
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale::c());

/// "1.2M", "4.6k", "160": parameter counts in the layer tree, in `locale`'s digits.
QString formatCount(qint64 count, const QLocale &locale = QLocale::c());

/// Spec, config and sweep files are small: anything larger is not one (a device, a log file picked
/// by mistake), and is refused before it is read.
inline constexpr qint64 kMaxJsonFileBytes = 16LL * 1024 * 1024;

/// Reads a JSON object from a regular file of at most kMaxJsonFileBytes. On failure returns false
/// and sets *error to a sentence naming the file and what is wrong (not a file, too large, not JSON
/// with the offset, a JSON array or value instead of an object). Any thread.
bool readJsonFile(const QString &path, QJsonObject *object, QString *error);

/// Writes `bytes` to `path` through a temporary file renamed over it at the end (QSaveFile), so a
/// crash or a full disk never leaves half a file where a whole one was. On failure returns false and
/// sets *error to a sentence naming the file. Any thread.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

/// Flushes a written file to its storage (fsync), so a full or failing disk reports now rather than
/// after the file has been trusted. False with the system's reason otherwise.
bool syncFile(const QString &path, QString *error);

} // namespace qb
