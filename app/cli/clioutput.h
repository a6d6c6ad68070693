#pragma once

#include "store/experimentstore.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

class QJsonObject;
class QTextStream;

namespace qb {
struct ExperimentSpec;
}

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

/// The value of an integer option, from `minimum` to `maximum` (util/limits.h holds the bounds for
/// threads, runs, batches and epochs). Returns an error sentence naming the option, or empty.
QString readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum, int *out);

/// A finite number from `minimum` to `maximum`; an error sentence naming the option, or empty.
QString readReal(const QCommandLineParser &parser, const QCommandLineOption &option, double minimum, double maximum,
                 double *out);

/// A share written as 0.99, 99 or 99% (parseShare), as a fraction; an error sentence, or empty.
QString readShare(const QCommandLineParser &parser, const QCommandLineOption &option, double *fraction);

/// "12.34" or "-" for NaN, after multiplying by scale.
QString orDash(double value, int decimals, double scale = 1.0);

/// Reads and validates an experiment spec file; on failure prints "error: ..." naming the file or
/// key and returns false.
bool readSpec(const QString &path, ExperimentSpec *spec, QTextStream &err);

/// Opens the experiment log at `path` (the default log when empty); prints the error on failure.
/// Commands that only read (reports) open it read-only, so a log on read-only storage still works.
std::optional<ExperimentStore> openLog(const QString &path, QTextStream &err,
                                       ExperimentStore::Access access = ExperimentStore::Access::ReadWrite);

/// Where quantized models go: --artifacts when given, else "artifacts" next to the log.
QString artifactFolder(const QString &option, const ExperimentStore &store);

/// A progress line on stderr that rewrites itself, only when stderr is a terminal.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err);
    ~ProgressLine();
    void show(double fraction, const QString &stage);
    void clear();

private:
    QTextStream &m_err;
    bool m_terminal;
    int m_width = 0;
};

} // namespace qb::cli
