#pragma once

#include <QStringList>

class QTextStream;

namespace qb::cli {

/// Exit codes every command keeps to, so scripts can tell failures apart.
enum ExitCode {
    Ok = 0,
    CheckFailed = 1,   ///< a verification bound did not hold
    UsageError = 2,    ///< bad or conflicting options
    InputError = 3,    ///< a model or data problem
    InternalError = 4,
};

/// True for the commands that draw charts and so need a QApplication (offscreen is fine).
bool needsWidgets(const QStringList &args);

/// Runs `quantbench-cli ARGS...` (args excludes the program name). Writes results to out and
/// messages to err. Call on the main thread after a QCoreApplication exists.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// Commands, one file each.
int evalCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int envCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int inspectCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int mergeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int quantizeCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int demoCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int reportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int sensitivityCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int specCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int sweepCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int zooCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace qb::cli
