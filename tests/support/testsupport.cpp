#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace qb::test {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(QB_FIXTURES_DIR)).filePath(name);
}

ExperimentSpec quickCnnSpec()
{
    ExperimentSpec spec;
    spec.modelPath = fixture(QStringLiteral("cnn_scripted.pt"));
    spec.calibration.maxBatches = 2;
    spec.evaluation.maxBatches = 2;
    spec.benchmarkRuns = 5;
    spec.benchmarkBatch = 8;
    spec.threads = 1;
    return spec;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file %s", qPrintable(path));
    file.write(bytes);
    return path;
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    QProcess process;
    // The tests read the CLI's English messages, whatever the machine's language or settings.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUANTBENCH_LANGUAGE"), QStringLiteral("en"));
    // The CLI records runs in the user's data folder by default: tests give it a folder of their own.
    static QTemporaryDir userData;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), userData.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QB_CLI_PATH), args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace qb::test
