#include "util/torcherror.h"

#include <c10/util/Exception.h>

#include <QStringList>

namespace qb {

QString firstLineOf(const QString &message)
{
    const QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        // LibTorch prefixes some messages with a bare location line; skip those.
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("Exception raised from")))
            continue;
        return trimmed;
    }
    return message.trimmed();
}

QString describeException(const std::exception &e)
{
    if (const auto *c10error = dynamic_cast<const c10::Error *>(&e))
        return firstLineOf(QString::fromStdString(c10error->what_without_backtrace()));
    return firstLineOf(QString::fromUtf8(e.what()));
}

} // namespace qb
