#include "util/torcherror.h"

#include <c10/util/Exception.h>

#include <QMutex>
#include <QSet>
#include <QStringList>

#include <cstdio>

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

namespace {

class OnceWarningHandler final : public c10::WarningHandler
{
public:
    void process(const c10::SourceLocation &, const std::string &msg, const bool) override
    {
        const QString message = firstLineOf(QString::fromStdString(msg));
        QMutexLocker lock(&m_mutex);
        if (m_seen.contains(message))
            return;
        m_seen.insert(message);
        std::fprintf(stderr, "LibTorch warning (shown once): %s\n", qPrintable(message));
    }

private:
    QMutex m_mutex;
    QSet<QString> m_seen;
};

} // namespace

void installTorchWarningFilter()
{
    static OnceWarningHandler handler;
    thread_local bool installed = false;
    if (!installed) {
        c10::Warning::set_warning_handler(&handler);
        installed = true;
    }
}

QString describeException(const std::exception &e)
{
    if (const auto *c10error = dynamic_cast<const c10::Error *>(&e))
        return firstLineOf(QString::fromStdString(c10error->what_without_backtrace()));
    return firstLineOf(QString::fromUtf8(e.what()));
}

} // namespace qb
