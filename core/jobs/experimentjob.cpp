#include "jobs/experimentjob.h"

#include "util/translation.h"

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::Jobs)

namespace qb {

namespace {

/// What the Jobs dock says about a finished run.
QString summaryOf(const ExperimentRecord &r)
{
    QStringList parts;
    if (!std::isnan(r.accuracy))
        parts << tr("accuracy %1% (%2)").arg(r.accuracy * 100, 0, 'f', 2).arg(r.accuracyDelta * 100, 0, 'f', 2);
    if (!std::isnan(r.sqnrDb))
        parts << tr("SQNR %1 dB").arg(r.sqnrDb, 0, 'f', 1);
    if (!std::isnan(r.speedup))
        parts << tr("%1x vs float").arg(r.speedup, 0, 'f', 2);
    if (!std::isnan(r.sizeBytes))
        parts << tr("%1 kB").arg(r.sizeBytes / 1000, 0, 'f', 0);
    return parts.join(QLatin1String(", "));
}

} // namespace

ExperimentJob::ExperimentJob(ExperimentSpec spec, QString dbPath, QString artifactDir, QObject *parent)
    : ResultJob(spec.label.isEmpty() ? QStringLiteral("%1 %2").arg(experimentModeName(experimentMode(spec)),
                                                                   engineName(spec.quantization.engine))
                                     : spec.label,
                parent)
    , m_spec(std::move(spec))
    , m_dbPath(std::move(dbPath))
    , m_artifactDir(std::move(artifactDir))
{
}

void ExperimentJob::execute()
{
    std::optional<ExperimentStore> store;
    if (!openStore(m_dbPath, &store))
        return;
    RunContext context;
    context.baseline = m_baseline;
    context.onTrainingStep = [this](int step, int epoch, double loss, double accuracy) {
        Q_EMIT trainingStep(step, epoch, loss, accuracy);
    };
    const ExperimentOutcome outcome = runExperiment(m_spec, store ? &*store : nullptr, m_artifactDir,
                                                    [this](double f, const QString &stage) { reportProgress(f, stage); },
                                                    cancelFlag(), context);
    setResult(outcome);
    if (outcome.record.status == ExperimentStatus::Failed)
        fail(outcome.record.error);
    else if (!outcome.storeError.isEmpty())
        fail(outcome.storeError);
    else if (outcome.record.isFinished())
        setSummary(summaryOf(outcome.record));
}

} // namespace qb
