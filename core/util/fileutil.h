#pragma once

#include <QString>

namespace qb {

/// SHA-256 of a file's contents as lowercase hex; empty when the file cannot be read.
/// Reads in chunks, so it is safe on large model files. Any thread may call it.
QString fileSha256(const QString &path);

/// "1.6 MB", "240 kB", "12 B": sizes the way a user reads them (decimal units, like file managers).
QString formatBytes(qint64 bytes);

/// "1.2M", "4.6k", "160": parameter counts in the layer tree.
QString formatCount(qint64 count);

} // namespace qb
