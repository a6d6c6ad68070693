#include "jobs/experimentjob.h"

#include <QMutexLocker>

namespace qb {

ExperimentJob::ExperimentJob(ExperimentSpec spec, QString dbPath, QString artifactDir, QObject *parent)
    : Job(spec.label.isEmpty() ? QStringLiteral("%1 %2").arg(experimentModeName(experimentMode(spec)), engineName(spec.quantization.engine)) : spec.label, parent)
    , m_spec(std::move(spec))
    , m_dbPath(std::move(dbPath))
    , m_artifactDir(std::move(artifactDir))
{
}

ExperimentOutcome ExperimentJob::outcome() const
{
    QMutexLocker lock(&m_outcomeMutex);
    return m_outcome;
}

void ExperimentJob::execute()
{
    QString error;
    std::optional<ExperimentStore> store = m_dbPath.isEmpty() ? std::nullopt : ExperimentStore::open(m_dbPath, &error);
    if (!m_dbPath.isEmpty() && !store) {
        fail(error);
        return;
    }
    RunContext context;
    context.onTrainingStep = [this](int step, int epoch, double loss, double accuracy) {
        Q_EMIT trainingStep(step, epoch, loss, accuracy);
    };
    const ExperimentOutcome outcome = runExperiment(m_spec, store ? &*store : nullptr, m_artifactDir,
                                                    [this](double f, const QString &stage) { reportProgress(f, stage); },
                                                    cancelFlag(), context);
    {
        QMutexLocker lock(&m_outcomeMutex);
        m_outcome = outcome;
    }
    if (outcome.record.status == ExperimentStatus::Failed)
        fail(outcome.record.error);
    else if (!outcome.storeError.isEmpty())
        fail(outcome.storeError);
}

} // namespace qb
