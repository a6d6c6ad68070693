#pragma once

#include <QCommandLineParser>
#include <QStringList>

class QJsonObject;
class QTextStream;

namespace qb::cli {

/// Parses a subcommand's options; on a usage problem prints "error: ..." plus the usage line to err
/// and returns false. `--help` prints the help to out and sets *helpShown.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err,
                  bool *helpShown);

void printJson(QTextStream &out, const QJsonObject &object);

/// Left-aligned plain-text table, columns padded to their widest cell.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace qb::cli
