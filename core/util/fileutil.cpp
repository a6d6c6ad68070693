#include "util/fileutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

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

} // namespace qb
