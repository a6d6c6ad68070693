#include "util/fileutil.h"

#include "util/translation.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QTemporaryFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

QB_DECLARE_TR_FUNCTIONS(qb::Files)

namespace qb {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatCount(qint64 count, const QLocale &locale)
{
    if (count >= 1'000'000)
        return locale.toString(count / 1e6, 'f', 1) + QLatin1Char('M');
    if (count >= 100'000)
        return locale.toString(count / 1e3, 'f', 0) + QLatin1Char('k');
    if (count >= 1'000)
        return locale.toString(count / 1e3, 'f', 1) + QLatin1Char('k');
    return locale.toString(count);
}

bool readJsonFile(const QString &path, QJsonObject *object, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("There is no file at %1: check the path.").arg(path));
    if (!info.isFile())
        return fail(tr("%1 is not a regular file (a folder, device or pipe): name a JSON file.").arg(path));
    if (info.size() > kMaxJsonFileBytes)
        return fail(tr("%1 is %2, too large for a JSON spec or config (at most %3): check that it is the right file.")
                        .arg(path, formatBytes(info.size()), formatBytes(kMaxJsonFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read (%2): check its permissions.").arg(path, file.errorString()));
    // A file that grew since the check is still read no further than the limit.
    const QByteArray bytes = file.read(kMaxJsonFileBytes + 1);
    if (bytes.size() > kMaxJsonFileBytes)
        return fail(tr("%1 is larger than %2, too large for a JSON spec or config.").arg(path, formatBytes(kMaxJsonFileBytes)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON (%2 at offset %3): fix the file.").arg(path, parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("%1 holds a JSON %2, not an object: a spec or config is an object, {\"model\": ...}.")
                        .arg(path, document.isArray() ? tr("array") : tr("value")));
    *object = document.object();
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    // QSaveFile was not enough: on a full tmpfs it committed an empty file and reported success.
    // So: a temporary file in the target's folder, every byte written and flushed, fsync'd, its size
    // read back, and only then renamed over the target. Any failure removes the temporary file.
    const QFileInfo target(path);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write %1 (%2): check the folder exists, is writable and has space.").arg(path, reason);
        return false;
    };
    QTemporaryFile temporary(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!temporary.open())
        return fail(temporary.errorString());
    errno = 0;
    if (temporary.write(bytes) != bytes.size() || !temporary.flush()) {
        // Qt's own text for a short write is "Unknown error"; the system's says why.
        return fail(errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : temporary.errorString());
    }
    QString syncError;
    if (!syncFile(temporary.fileName(), &syncError))
        return fail(syncError);
    if (QFileInfo(temporary.fileName()).size() != bytes.size())
        return fail(tr("only %1 of %2 bytes reached the disk").arg(QFileInfo(temporary.fileName()).size()).arg(bytes.size()));
    temporary.close();
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false);
    // The new file keeps the permissions a plain write would have given it, not QTemporaryFile's 0600.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

bool syncFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    const int saved = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok && error)
        *error = QString::fromLocal8Bit(std::strerror(saved));
    return ok;
}

} // namespace qb
