#include "data/idxfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <algorithm>
#include <climits>
#include <limits>
#include <zlib.h>

#include "util/fileutil.h"
#include "util/limits.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Idx)

namespace qb {

namespace {

constexpr unsigned char kUnsignedByteType = 0x08;

/// The unpacked size a gzip file's trailer states, trusted up to 8 times the packed size: it is only
/// a hint for the first allocation (it is modulo 4 GiB, and a damaged file may state anything).
qint64 gzipSizeHint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 18 || !file.seek(file.size() - 4))
        return 0;
    const QByteArray tail = file.read(4);
    if (tail.size() != 4)
        return 0;
    const auto byte = [&tail](int i) { return qint64(static_cast<unsigned char>(tail.at(i))); };
    return std::min(byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24, 8 * file.size());
}

/// Decompresses at most `limit` bytes: a small gzip file can inflate to far more than memory holds.
/// Reads straight into one buffer sized from the trailer, which grows only if the trailer was wrong.
bool readGzip(const QString &path, qint64 limit, QByteArray *out)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return false;
    constexpr qint64 kChunk = 1 << 16;
    out->resize(std::min(std::max(gzipSizeHint(path), kChunk), limit + 1));
    qint64 used = 0;
    int n = 0;
    do {
        if (out->size() - used < kChunk)
            out->resize(std::min(std::max(out->size() * 2, used + kChunk), limit + kChunk));
        n = gzread(file, out->data() + used, unsigned(std::min(out->size() - used, qint64(INT_MAX))));
        used += std::max(n, 0);
    } while (n > 0 && used <= limit);
    gzclose(file);
    out->truncate(used);
    return n == 0 && used <= limit;
}

QString idxShapeText(const QVector<qint64> &dims)
{
    QStringList parts;
    for (qint64 d : dims)
        parts << QString::number(d);
    return parts.join(QLatin1Char('x'));
}

} // namespace

qint64 IdxFile::itemSize() const
{
    qint64 size = 1;
    for (int i = 1; i < dims.size(); ++i)
        size *= dims.at(i);
    return size;
}

namespace {

IdxFile readIdxFileFromDisk(const QString &path, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return IdxFile();
    };
    const QFileInfo info(path);
    const QString name = info.fileName();
    // Read whole into memory: a device or pipe never ends, and a file must leave room for the rest.
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a regular file (a folder, device or pipe): name an IDX file.").arg(path));
    const qint64 memory = limits::physicalMemoryBytes();
    const qint64 limit = memory > 0 ? memory / 2 : std::numeric_limits<qint64>::max();
    if (info.size() > limit)
        return fail(tr("%1 is %2, more than half of this machine's memory: use a smaller subset of the data.")
                        .arg(name, formatBytes(info.size())));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1 (%2): check the path.").arg(path, file.errorString()));
    QByteArray bytes = file.read(2);
    file.close();
    if (bytes.startsWith("\x1f\x8b")) {
        bytes.clear();
        if (!readGzip(path, limit, &bytes))
            return fail(tr("%1 is a damaged gzip file, or unpacks to more than half of this machine's memory: download "
                           "or copy it again, or use a smaller subset.").arg(name));
    } else {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1 (%2).").arg(path, file.errorString()));
        bytes = file.readAll();
    }
    if (bytes.size() < 4 || bytes.at(0) != 0 || bytes.at(1) != 0)
        return fail(tr("%1 is not an IDX file (wrong magic number): use MNIST-style *-idx3-ubyte / *-idx1-ubyte files.")
                        .arg(name));
    if (static_cast<unsigned char>(bytes.at(2)) != kUnsignedByteType)
        return fail(tr("%1 stores IDX type 0x%2; only unsigned bytes (0x08), as in MNIST, are supported.")
                        .arg(name).arg(static_cast<unsigned char>(bytes.at(2)), 2, 16, QLatin1Char('0')));
    const int rank = static_cast<unsigned char>(bytes.at(3));
    if (rank < 1 || bytes.size() < 4 + 4 * rank)
        return fail(tr("%1 is truncated: its header is incomplete.").arg(name));
    IdxFile idx;
    const qint64 available = bytes.size() - 4 - 4 * rank;
    qint64 total = 1;
    bool tooLarge = false;
    for (int i = 0; i < rank; ++i) {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + 4 + 4 * i);
        const qint64 dim = (qint64(p[0]) << 24) | (qint64(p[1]) << 16) | (qint64(p[2]) << 8) | qint64(p[3]);
        idx.dims << dim;
        // Stop multiplying once the product passes what the file holds: a hostile header's
        // dimensions would overflow 64 bits (found by tests/fuzz/fuzz_idx).
        if (dim != 0 && total > available / dim)
            tooLarge = true;
        else
            total *= dim;
    }
    if (tooLarge && !idx.dims.contains(0))
        return fail(tr("%1 is truncated or damaged: its header promises more data (%2) than the file holds (%3 bytes). "
                       "Download or copy it again.").arg(name, idxShapeText(idx.dims)).arg(available));
    if (tooLarge)
        total = 0;
    if (available < total)
        return fail(tr("%1 is truncated: its header promises %2 bytes of data but only %3 are there. "
                       "Download or copy it again.").arg(name).arg(total).arg(available));
    idx.data = bytes.mid(4 + 4 * rank, total);
    return idx;
}

/// Decoded IDX files stay in memory (shared, copy-on-write) while their file is unchanged: every
/// evaluation and calibration would otherwise un-gzip the same 26 MB again.
struct IdxCache {
    struct Entry {
        QString key;
        IdxFile file;
    };
    QMutex mutex;
    QList<Entry> entries; ///< most recent last
    static constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
};

IdxCache &idxCache()
{
    static IdxCache cache;
    return cache;
}

} // namespace

IdxFile readIdxFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString key = QStringLiteral("%1|%2|%3").arg(info.canonicalFilePath()).arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
    IdxCache &cache = idxCache();
    {
        QMutexLocker lock(&cache.mutex);
        for (int i = 0; i < cache.entries.size(); ++i) {
            if (cache.entries.at(i).key == key) {
                cache.entries.move(i, cache.entries.size() - 1);
                return cache.entries.last().file;
            }
        }
    }
    IdxFile file = readIdxFileFromDisk(path, error);
    if (file.dims.isEmpty() || info.canonicalFilePath().isEmpty())
        return file;
    QMutexLocker lock(&cache.mutex);
    cache.entries.append({key, file});
    qint64 total = 0;
    for (const auto &e : std::as_const(cache.entries))
        total += e.file.data.size();
    while (total > IdxCache::kMaxBytes && cache.entries.size() > 1) {
        total -= cache.entries.first().file.data.size();
        cache.entries.removeFirst();
    }
    return file;
}

QString defaultFashionMnistFolder()
{
    return QStringLiteral("/usr/share/datasets/fashion-mnist");
}

QPair<QString, QString> findIdxSplit(const QString &folder, const QString &split)
{
    const QString prefix = split == QLatin1String("test") ? QStringLiteral("t10k") : QStringLiteral("train");
    const QDir dir(folder);
    auto find = [&](const QString &kind) -> QString {
        for (const QString &suffix : {QStringLiteral(".gz"), QString()}) {
            const QString candidate = dir.filePath(prefix + kind + suffix);
            if (QFileInfo::exists(candidate))
                return candidate;
        }
        return {};
    };
    return {find(QStringLiteral("-images-idx3-ubyte")), find(QStringLiteral("-labels-idx1-ubyte"))};
}

QStringList fashionMnistLabels()
{
    return {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"), QStringLiteral("Pullover"), QStringLiteral("Dress"),
            QStringLiteral("Coat"),        QStringLiteral("Sandal"),  QStringLiteral("Shirt"),    QStringLiteral("Sneaker"),
            QStringLiteral("Bag"),         QStringLiteral("Ankle boot")};
}

} // namespace qb
