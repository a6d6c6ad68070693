#include "cli/clioutput.h"

#include "cli/cli.h"

#include "experiment/experimentspec.h"
#include "store/experimentstore.h"
#include "util/fileutil.h"
#include "util/limits.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <unistd.h>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                QTextStream &err)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("qb::cli", "Show this help."));
    parser.addOption(help);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("quantbench-cli"));
    if (!parser.parse(withProgram)) {
        err << QCoreApplication::translate("qb::cli", "error: %1").arg(parser.errorText()) << '\n'
            << parser.helpText();
        err.flush();
        return int(UsageError);
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return int(Ok);
    }
    return std::nullopt;
}

int usageError(QTextStream &err, const QString &message)
{
    err << QCoreApplication::translate("qb::cli", "error: %1\n").arg(message);
    return UsageError;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QVector<int> widths(header.size(), 0);
    auto measure = [&widths](const QStringList &row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row.at(i).size()));
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    auto line = [&widths](const QStringList &row) -> QString {
        QString text;
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            text += (i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i));
        text += QLatin1Char('\n');
        return text;
    };
    QString table = line(header);
    for (const QStringList &row : rows)
        table += line(row);
    return table;
}

QString orDash(double value, int decimals, double scale)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value * scale, 'f', decimals);
}

bool readSpec(const QString &path, ExperimentSpec *spec, QTextStream &err)
{
    QString error;
    QJsonObject json;
    if (!readJsonFile(path, &json, &error)) {
        usageError(err, error);
        return false;
    }
    *spec = ExperimentSpec::fromJson(json, &error);
    if (!error.isEmpty()) {
        usageError(err, QStringLiteral("%1: %2").arg(path, error));
        return false;
    }
    return true;
}

std::optional<ExperimentStore> openLog(const QString &path, QTextStream &err, ExperimentStore::Access access)
{
    QString error;
    auto store = ExperimentStore::open(path.isEmpty() ? ExperimentStore::defaultPath() : path, &error, access);
    if (!store)
        err << QCoreApplication::translate("qb::cli", "error: %1\n").arg(error);
    return store;
}

QString artifactFolder(const QString &option, const ExperimentStore &store)
{
    return option.isEmpty() ? ExperimentStore::defaultArtifactFolder(store.path()) : option;
}

ProgressLine::ProgressLine(QTextStream &err)
    : m_err(err)
    , m_terminal(isatty(fileno(stderr)))
{
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::show(double fraction, const QString &stage)
{
    if (!m_terminal)
        return;
    const QString text = QStringLiteral("%1% %2").arg(int(fraction * 100), 3).arg(stage).left(100);
    m_err << '\r' << text.leftJustified(m_width) << Qt::flush;
    m_width = std::max(m_width, int(text.size()));
}

void ProgressLine::clear()
{
    if (!m_terminal || m_width == 0)
        return;
    m_err << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
    m_width = 0;
}

QString readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum, int *out)
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return tr("--%1 takes a whole number from %2 to %3, not \"%4\".").arg(option.names().first()).arg(minimum).arg(maximum).arg(text);
    *out = int(value);
    return {};
}

QString readReal(const QCommandLineParser &parser, const QCommandLineOption &option, double minimum, double maximum,
                 double *out)
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum)
        return tr("--%1 takes a number from %2 to %3, not \"%4\".").arg(option.names().first()).arg(minimum).arg(maximum).arg(text);
    *out = value;
    return {};
}

QString readShare(const QCommandLineParser &parser, const QCommandLineOption &option, double *fraction)
{
    QString error;
    const double value = parseShare(parser.value(option), QStringLiteral("--") + option.names().first(), &error);
    if (value < 0)
        return error;
    *fraction = value;
    return {};
}

} // namespace qb::cli
