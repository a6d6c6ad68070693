#include "util/torcherror.h"

#include <c10/util/Exception.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cstdio>
#include <optional>

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

namespace {

/// What LibTorch said, without the C++ backtrace it appends to c10 errors.
QString fullMessage(const std::exception &e)
{
    if (const auto *c10error = dynamic_cast<const c10::Error *>(&e))
        return QString::fromStdString(c10error->what_without_backtrace()).trimmed();
    return QString::fromUtf8(e.what()).trimmed();
}

/// A TorchScript interpreter error: tracebacks of the serialized and the original code, then the
/// exception that ended it ("RuntimeError: ...", possibly several lines).
struct InterpreterError {
    QString message;   ///< the final exception's text, without its class
    QString innermost; ///< "F.conv2d at conv.py:459": the op that failed, in the original code if known
    QString outermost; ///< "make_fixtures.py:464": where the model's own forward called it
};

std::optional<InterpreterError> parseInterpreterError(const QString &text)
{
    if (!text.contains(QLatin1String("Traceback of TorchScript")))
        return std::nullopt;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression frame(QStringLiteral("^\\s*File \"([^\"]+)\", line (\\d+), in (\\S+)"));
    static const QRegularExpression finalLine(QStringLiteral("^([A-Za-z_.]*(Error|Exception)):\\s?(.*)$"));
    InterpreterError parsed;
    QStringList frames;      // "file:line" of the last traceback read
    QString lastCall;        // the code marked <--- HERE in the last frame
    int finalAt = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.startsWith(QLatin1String("Traceback of TorchScript"))) {
            frames.clear();
        } else if (const auto m = frame.match(line); m.hasMatch()) {
            frames << QStringLiteral("%1:%2").arg(QFileInfo(m.captured(1)).fileName(), m.captured(2));
        } else if (line.contains(QLatin1String("<--- HERE")) && i > 0) {
            // The marker's tildes sit under the call on the line above.
            const int start = line.indexOf(QLatin1Char('~'));
            const int length = line.lastIndexOf(QLatin1Char('~')) - start + 1;
            if (start >= 0 && length > 0)
                lastCall = lines[i - 1].mid(start, length).trimmed();
        } else if (finalLine.match(line).hasMatch() && !line.startsWith(QLatin1Char(' '))) {
            finalAt = i;
        }
    }
    if (finalAt < 0 || frames.isEmpty())
        return std::nullopt;
    parsed.message = finalLine.match(lines[finalAt]).captured(3);
    for (int i = finalAt + 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            parsed.message += QLatin1Char(' ') + lines[i].trimmed();
    parsed.innermost = lastCall.isEmpty() ? frames.constLast() : QStringLiteral("%1 at %2").arg(lastCall, frames.constLast());
    if (frames.size() > 1)
        parsed.outermost = frames.constFirst();
    return parsed;
}

} // namespace

QString describeException(const std::exception &e)
{
    const QString text = fullMessage(e);
    if (const auto parsed = parseInterpreterError(text)) {
        QString where = parsed->innermost;
        if (!parsed->outermost.isEmpty())
            where += QStringLiteral(", called from %1").arg(parsed->outermost);
        return QStringLiteral("%1 (%2)").arg(parsed->message.trimmed(), where);
    }
    return firstLineOf(text);
}

QString exceptionCause(const std::exception &e)
{
    const QString text = fullMessage(e);
    return text.contains(QLatin1Char('\n')) ? text : QString();
}

QString withCause(const QString &sentence, const std::exception &e)
{
    const QString cause = exceptionCause(e);
    if (cause.isEmpty())
        return sentence;
    return sentence + QLatin1String("\n\n") + QCoreApplication::translate("qb::TorchError", "LibTorch's full report:")
           + QLatin1Char('\n') + cause;
}

QPair<QString, QString> splitCause(const QString &error)
{
    const int at = error.indexOf(QLatin1String("\n\n"));
    if (at < 0)
        return {error, QString()};
    return {error.left(at), error.mid(at + 2)};
}

} // namespace qb
