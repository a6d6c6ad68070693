#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

class QJsonObject;
class QTextStream;

namespace qb::cli {

/// Parses a subcommand's options. Returns the exit code when the command should stop here: 0 after
/// printing --help to out, 2 after printing "error: ..." and the help to err. Empty to go on.
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                                QTextStream &err);

/// Prints "error: message" to err and returns the usage-error exit code (2).
int usageError(QTextStream &err, const QString &message);

void printJson(QTextStream &out, const QJsonObject &object);

/// Left-aligned plain-text table, columns padded to their widest cell.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace qb::cli
