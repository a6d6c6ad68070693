#pragma once

#include "experiment/experimentrunner.h"
#include "jobs/job.h"

namespace qb {

/// Runs one experiment spec and records it in the log at `dbPath`, opening its own connection on the
/// worker thread (connections are never shared across threads).
class ExperimentJob final : public Job
{
    Q_OBJECT

public:
    ExperimentJob(ExperimentSpec spec, QString dbPath, QString artifactDir, QObject *parent = nullptr);

    /// Valid once the job has ended (read it in a handler of finished/failed/cancelled).
    ExperimentOutcome outcome() const;

Q_SIGNALS:
    /// A QAT step ended (from the worker thread; connect queued).
    void trainingStep(int step, int epoch, double loss, double batchAccuracy);

protected:
    void execute() override;

private:
    const ExperimentSpec m_spec;
    const QString m_dbPath;
    const QString m_artifactDir;
    mutable QMutex m_outcomeMutex;
    ExperimentOutcome m_outcome;
};

} // namespace qb
