#pragma once

#include "experiment/experimentrunner.h"
#include "jobs/resultjob.h"

namespace qb {

/// Runs one experiment spec and records it in the log at `dbPath`, opening its own connection on the
/// worker thread. QAT steps are reported through trainingStep().
class ExperimentJob final : public ResultJob<ExperimentOutcome>
{
public:
    ExperimentJob(ExperimentSpec spec, QString dbPath, QString artifactDir, QObject *parent = nullptr);

    /// result() under its own name. Valid once the job has ended.
    ExperimentOutcome outcome() const { return result(); }

protected:
    void execute() override;

private:
    const ExperimentSpec m_spec;
    const QString m_dbPath;
    const QString m_artifactDir;
};

} // namespace qb
