#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

class QJsonObject;
class QTextStream;

namespace qb {
struct ExperimentSpec;
class ExperimentStore;
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

/// "12.34" or "-" for NaN, after multiplying by scale.
QString orDash(double value, int decimals, double scale = 1.0);

/// Reads and validates an experiment spec file; on failure prints "error: ..." naming the file or
/// key and returns false.
bool readSpec(const QString &path, ExperimentSpec *spec, QTextStream &err);

/// Opens the experiment log at `path` (the default log when empty); prints the error on failure.
std::optional<ExperimentStore> openLog(const QString &path, QTextStream &err);

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
