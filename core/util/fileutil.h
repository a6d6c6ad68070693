#pragma once

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

} // namespace qb
