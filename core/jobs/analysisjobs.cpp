#include "jobs/analysisjobs.h"

#include "model/modeldocument.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Jobs)

namespace qb {

SensitivityJob::SensitivityJob(ExperimentSpec spec, SweepMode mode, QString dbPath, QObject *parent)
    : ResultJob(tr("sensitivity (%1)").arg(sweepModeName(mode)), parent)
    , m_spec(std::move(spec))
    , m_mode(mode)
    , m_dbPath(std::move(dbPath))
{
}

void SensitivityJob::execute()
{
    std::optional<ExperimentStore> store;
    if (!openStore(m_dbPath, &store))
        return;
    const SensitivityResult result = runSensitivity(m_spec, m_mode, store ? &*store : nullptr,
                                                    [this](double f, const QString &stage) { reportProgress(f, stage); },
                                                    cancelFlag());
    setResult(result);
    for (const QString &note : result.notes)
        appendLog(note);
    if (!result.ok && !result.cancelled)
        fail(result.error);
    else if (!result.storeError.isEmpty())
        fail(result.storeError);
    else if (!result.layers.isEmpty())
        setSummary(tr("most sensitive: %1 (%2 layers ranked in %3 s)")
                       .arg(result.layers.first().layer).arg(result.layers.size()).arg(result.sweepSeconds, 0, 'f', 1));
}

ActivationJob::ActivationJob(std::shared_ptr<const ModelDocument> model, QuantConfig config, DataSpec calibration,
                             QObject *parent)
    : ResultJob(tr("activation histograms"), parent)
    , m_model(std::move(model))
    , m_config(std::move(config))
    , m_calibration(std::move(calibration))
{
}

void ActivationJob::execute()
{
    // Histogram observers on every layer the config makes static; a single batch scores nothing,
    // the histograms are what this job is for.
    QuantConfig config = m_config;
    QVector<LayerQuantConfig *> all{&config.defaults};
    for (LayerQuantConfig &l : config.layers)
        all << &l;
    for (LayerQuantConfig *c : all) {
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
    setResult(found);
    setSummary(tr("histograms of %n layer(s): see the inspector", nullptr, found.size()));
}

SearchJob::SearchJob(SearchOptions options, QString dbPath, QString artifactDir, QObject *parent)
    : ResultJob(tr("search: %1").arg(options.budget.describe()), parent)
    , m_options(std::move(options))
    , m_dbPath(std::move(dbPath))
    , m_artifactDir(std::move(artifactDir))
{
}

void SearchJob::execute()
{
    std::optional<ExperimentStore> store;
    if (!openStore(m_dbPath, &store))
        return;
    const SearchResult result = runSearch(m_options, store ? &*store : nullptr, m_artifactDir,
                                          [this](double f, const QString &stage) { reportProgress(f, stage); },
                                          cancelFlag());
    setResult(result);
    for (const SearchTrial &t : result.trials)
        appendLog(tr("trial %1: float %2, %3").arg(t.id).arg(t.floatLayers.isEmpty() ? tr("none") : t.floatLayers.join(QLatin1String(", ")),
                                                            t.withinBudget ? tr("within budget") : tr("outside budget")));
    if (!result.ok && !result.cancelled) {
        fail(result.error);
        return;
    }
    if (result.best < 0) {
        setSummary(tr("no trial finished"));
        return;
    }
    const SearchTrial &b = result.trials.at(result.best);
    const QString layers = b.floatLayers.isEmpty() ? tr("none") : b.floatLayers.join(QLatin1String(", "));
    setSummary(result.metBudget ? tr("best: experiment %1, float layers: %2 (%3 trials)").arg(b.id).arg(layers).arg(result.trials.size())
                                : tr("no trial met the budget; closest: experiment %1, %2 points short")
                                      .arg(b.id).arg(b.shortfall * 100, 0, 'f', 2));
}

} // namespace qb
