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

    /// The float timing of the run group this run belongs to (RunContext::baseline). Before submitting.
    void setBaseline(std::optional<SharedBaseline> baseline) { m_baseline = std::move(baseline); }

    /// result() under its own name. Valid once the job has ended.
    ExperimentOutcome outcome() const { return result(); }

protected:
    void execute() override;

private:
    const ExperimentSpec m_spec;
    const QString m_dbPath;
    const QString m_artifactDir;
    std::optional<SharedBaseline> m_baseline;
};

} // namespace qb
