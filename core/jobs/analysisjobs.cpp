#include "jobs/analysisjobs.h"

#include "model/modeldocument.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace qb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qb::AnalysisJobs", text);
}
} // namespace

SensitivityJob::SensitivityJob(ExperimentSpec spec, SweepMode mode, QString dbPath, QObject *parent)
    : Job(tr("sensitivity (%1)").arg(sweepModeName(mode)), parent)
    , m_spec(std::move(spec))
    , m_mode(mode)
    , m_dbPath(std::move(dbPath))
{
}

SensitivityResult SensitivityJob::result() const
{
    QMutexLocker lock(&m_resultMutex);
    return m_result;
}

void SensitivityJob::execute()
{
    QString error;
    std::optional<ExperimentStore> store = m_dbPath.isEmpty() ? std::nullopt : ExperimentStore::open(m_dbPath, &error);
    if (!m_dbPath.isEmpty() && !store) {
        fail(error);
        return;
    }
    const SensitivityResult result = runSensitivity(m_spec, m_mode, store ? &*store : nullptr,
                                                    [this](double f, const QString &stage) { reportProgress(f, stage); },
                                                    cancelFlag());
    {
        QMutexLocker lock(&m_resultMutex);
        m_result = result;
    }
    for (const QString &note : result.notes)
        appendLog(note);
    if (!result.ok && !result.cancelled)
        fail(result.error);
    else if (!result.storeError.isEmpty())
        fail(result.storeError);
}

ActivationJob::ActivationJob(std::shared_ptr<const ModelDocument> model, QuantConfig config, DataSpec calibration,
                             QObject *parent)
    : Job(tr("activation histograms"), parent)
    , m_model(std::move(model))
    , m_config(std::move(config))
    , m_calibration(std::move(calibration))
{
}

QHash<QString, ActivationHistogram> ActivationJob::histograms() const
{
    QMutexLocker lock(&m_resultMutex);
    return m_histograms;
}

void ActivationJob::execute()
{
    // Histogram observers on every layer the config makes static; a single batch scores nothing,
    // the histograms are what this job is for.
    QuantConfig config = m_config;
    for (LayerQuantConfig *c : [&] {
             QVector<LayerQuantConfig *> all{&config.defaults};
             for (LayerQuantConfig &l : config.layers)
                 all << &l;
             return all;
         }()) {
        if (c->mode == QuantMode::Qat || c->mode == QuantMode::Dynamic)
            c->mode = QuantMode::Static;
        if (c->observer != ObserverKind::Percentile)
            c->observer = ObserverKind::Mse;
    }
    DataSpec scoring = m_calibration;
    scoring.maxBatches = 1;
    QString error;
    const auto sim = QuantSimulation::create(*m_model, config, m_calibration, scoring,
                                             [this](double f, const QString &stage) { reportProgress(f, stage); },
                                             cancelFlag(), &error);
    if (!sim) {
        if (!error.isEmpty())
            fail(error);
        return;
    }
    QHash<QString, ActivationHistogram> found;
    for (const QString &layer : sim->layers())
        if (const auto h = sim->activationHistogram(layer))
            found.insert(layer, *h);
    QMutexLocker lock(&m_resultMutex);
    m_histograms = found;
}

SearchJob::SearchJob(SearchOptions options, QString dbPath, QString artifactDir, QObject *parent)
    : Job(tr("search: %1").arg(options.budget.describe()), parent)
    , m_options(std::move(options))
    , m_dbPath(std::move(dbPath))
    , m_artifactDir(std::move(artifactDir))
{
}

SearchResult SearchJob::result() const
{
    QMutexLocker lock(&m_resultMutex);
    return m_result;
}

void SearchJob::execute()
{
    QString error;
    std::optional<ExperimentStore> store = m_dbPath.isEmpty() ? std::nullopt : ExperimentStore::open(m_dbPath, &error);
    if (!m_dbPath.isEmpty() && !store) {
        fail(error);
        return;
    }
    const SearchResult result = runSearch(m_options, store ? &*store : nullptr, m_artifactDir,
                                          [this](double f, const QString &stage) { reportProgress(f, stage); },
                                          cancelFlag());
    {
        QMutexLocker lock(&m_resultMutex);
        m_result = result;
    }
    for (const SearchTrial &t : result.trials)
        appendLog(tr("trial %1: float %2, %3").arg(t.id).arg(t.floatLayers.isEmpty() ? tr("none") : t.floatLayers.join(QLatin1String(", ")),
                                                            t.withinBudget ? tr("within budget") : tr("outside budget")));
    if (!result.ok && !result.cancelled)
        fail(result.error);
}

} // namespace qb
