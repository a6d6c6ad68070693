#include "cli/clioutput.h"

#include "cli/cli.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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

} // namespace qb::cli
