#pragma once

#include "data/dataspec.h"
#include "experiment/experimentspec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace qb::test {

/// Path of a file in tests/fixtures/ (made by tests/fixtures/make_fixtures.py).
QString fixture(const QString &name);

/// Random calibration or evaluation data of the model's input shape: `batches` batches of
/// `batchSize`, reproducible from `seed`.
inline DataSpec synthetic(quint64 seed, int batches = 4, int batchSize = 32)
{
    DataSpec d;
    d.seed = seed;
    d.maxBatches = batches;
    d.batchSize = batchSize;
    return d;
}

/// A spec that runs in seconds: the fixture CNN, two batches of synthetic calibration and evaluation
/// data, five timed runs at batch 8, one thread.
ExperimentSpec quickCnnSpec();

/// Writes bytes to a file, creating it; returns the path.
QString writeFile(const QString &path, const QByteArray &bytes);

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built quantbench-cli with arguments, waiting up to timeoutMs.
CliResult runCli(const QStringList &args, int timeoutMs = 120000);

} // namespace qb::test
