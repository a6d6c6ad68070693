#include "workbench/workbench.h"

#include "env/environment.h"
#include "experiment/experimentdetails.h"
#include "jobs/analysisjobs.h"
#include "jobs/experimentjob.h"
#include "jobs/jobmanager.h"
#include "model/modeldocument.h"
#include "util/translation.h"
#include "workbench/modelopener.h"

#include <QDir>
#include <QFileInfo>

QB_DECLARE_TR_FUNCTIONS(qb::Workbench)

namespace qb {

namespace {

/// Batches of the data the Data dock picks: large enough for throughput, small enough for memory.
constexpr int kDataBatch = 256;

/// QAT from the GUI: 100 steps of 128 labelled Fashion-MNIST images, shuffled.
constexpr int kQatBatch = 128;
constexpr int kQatSteps = 100;

/// Runs started from the window time each model this many times (fewer than the CLI's default: a
/// user waits for them).
constexpr int kGuiBenchmarkRuns = 20;

/// One job at a time keeps the window responsive on small machines. (Measured: running jobs at
/// background priority gained the window nothing, and under other load it let a cancelled job take
/// 12-14 s to notice; see tst_mainwindow's staysResponsiveAndCancels.)
constexpr int kConcurrentJobs = 1;

} // namespace

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_opener(new ModelOpener(this))
    , m_jobs(new JobManager(this, kConcurrentJobs))
{
    m_engine = preferredEngine();
    connect(m_opener, &ModelOpener::opened, this, [this](std::shared_ptr<ModelDocument> document) {
        setDocument(std::move(document));
    });
    connect(m_opener, &ModelOpener::failed, this, &Workbench::openFailed);
    connect(m_opener, &ModelOpener::busyChanged, this, &Workbench::openingChanged);
    rebuildBaseConfig();
}

Workbench::~Workbench() = default;

void Workbench::openModel(const QString &path)
{
    m_opener->open(path);
}

void Workbench::cancelOpen()
{
    m_opener->cancel();
}

bool Workbench::isOpening() const
{
    return m_opener->isBusy();
}

void Workbench::setDocument(std::shared_ptr<const ModelDocument> document)
{
    m_document = std::move(document);
    m_layerChoices.clear();
    m_quantizationResults = {};
    m_sensitivityResults = {};
    rebuildBaseConfig();
    Q_EMIT documentChanged(m_document);
    Q_EMIT layerResultsChanged();
}

bool Workbench::setLogPath(const QString &path, QString *error)
{
    std::optional<ExperimentStore> opened = ExperimentStore::open(path, error);
    // A log on read-only storage (a colleague's share, a mounted backup) can still be browsed,
    // compared and reported from; runs started here then say they cannot be stored.
    const QFileInfo info(path);
    const bool readOnly = !opened && info.isFile() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    if (readOnly)
        return useLog(path, ExperimentStore::open(path, error, ExperimentStore::Access::ReadOnly), true);
    return useLog(path, std::move(opened), false);
}

bool Workbench::useLog(const QString &path, std::optional<ExperimentStore> opened, bool readOnly)
{
    if (!opened)
        return false;
    m_store.reset();
    m_store.emplace(std::move(*opened));
    m_logReadOnly = readOnly;
    m_logPath = path;
    m_selected.clear();
    m_selectedLayers.clear();
    Q_EMIT logChanged(path);
    Q_EMIT selectionChanged();
    return true;
}

QString Workbench::artifactFolder() const
{
    return m_logPath.isEmpty() ? QString() : ExperimentStore::defaultArtifactFolder(m_logPath);
}

void Workbench::setEngine(QuantEngine engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    rebuildBaseConfig();
}

void Workbench::setThreads(int threads)
{
    m_threads = std::max(0, threads);
}

void Workbench::setBar(const BarChoice &bar)
{
    m_bar = bar;
    rebuildBaseConfig();
}

void Workbench::rebuildBaseConfig()
{
    SpecRequest request;
    request.mode = m_bar.mode;
    request.engine = m_engine;
    request.weights = m_bar.weights;
    request.observer = m_bar.observer;
    QString error;
    const auto config = requestConfig(request, m_document ? m_document->info() : ModelInfo(), &error);
    m_baseConfig = config.value_or(QuantConfig::preset(m_engine));
    replan();
}

void Workbench::setBaseConfig(const QuantConfig &config)
{
    m_baseConfig = config;
    m_engine = config.engine;
    replan();
}

void Workbench::setLayerChoice(const QString &layer, const LayerChoice &choice)
{
    if (choice.isEmpty())
        m_layerChoices.remove(layer);
    else
        m_layerChoices.insert(layer, choice);
    replan();
}

void Workbench::clearLayerChoices()
{
    m_layerChoices.clear();
    replan();
}

QuantConfig Workbench::currentConfig() const
{
    QuantConfig config = m_baseConfig;
    applyLayerChoices(m_layerChoices, &config);
    return config;
}

void Workbench::replan()
{
    const QString before = m_plan.problem;
    m_plan = m_document ? planQuantization(m_document->info(), currentConfig()) : QuantPlan();
    Q_EMIT configChanged();
    if (m_plan.problem != before)
        Q_EMIT planProblemChanged(m_plan.problem);
}

void Workbench::setData(const DataChoice &data)
{
    m_data = data;
    Q_EMIT dataChanged();
}

std::optional<ExperimentSpec> Workbench::currentSpec(QString *error) const
{
    if (!m_document) {
        *error = tr("Open a model first (File > Open Model).");
        return std::nullopt;
    }
    SpecRequest request;
    request.modelPath = m_document->info().path;
    request.inputShape = m_data.inputShape.trimmed();
    if (!request.inputShape.isEmpty() && !InputSpec::parseShape(request.inputShape, error).isValid())
        return std::nullopt;
    request.config = m_baseConfig;
    request.choices = m_layerChoices;
    request.calibration = dataFromChoice(m_data.calibration, QStringLiteral("train"), m_data.calibrationSamples,
                                         m_data.randomSubset, kDataBatch, error);
    if (!error->isEmpty())
        return std::nullopt;
    request.evaluation = dataFromChoice(m_data.evaluation, QStringLiteral("test"), m_data.evaluationSamples, false,
                                        kDataBatch, error);
    if (!error->isEmpty())
        return std::nullopt;
    request.qat.training = DataSpec::fashionMnist(QStringLiteral("train"), kQatBatch, kQatSteps);
    request.qat.training.shuffle = true;
    request.benchmarkRuns = kGuiBenchmarkRuns;
    request.benchmarkScaling = m_benchmarkScaling;
    request.threads = m_threads;
    request.label = defaultLabel(m_bar.mode, m_engine, m_baseConfig.defaults.weightScheme);
    if (!m_layerChoices.isEmpty())
        request.label += tr(" (%n layer choice(s))", nullptr, m_layerChoices.size());
    return buildSpec(request, m_document->info(), error);
}

void Workbench::submit(Job *job, const std::function<void()> &onEnded)
{
    // Emitted on the job's worker thread; `this` as context queues it here. Views that read the log
    // catch up first, then the job's own results go out, then the one-line summary.
    connect(job, &Job::ended, this, [this, job, onEnded] {
        Q_EMIT experimentsStored();
        if (onEnded)
            onEnded();
        Q_EMIT jobEnded(job, job->state() == Job::State::Failed ? job->error() : job->summary());
    });
    Q_EMIT jobSubmitted(job);
    m_jobs->submit(job);
}

Job *Workbench::runExperiment(const ExperimentSpec &spec, QString *error)
{
    if (spec.quantize) {
        const QStringList problems = validateConfig(spec.quantization, supportedEngines());
        if (!problems.isEmpty()) {
            *error = problems.first();
            return nullptr;
        }
    }
    auto *job = new ExperimentJob(spec, m_logPath, artifactFolder());
    // The session's runs on one model are one group: the first times the float model, the rest divide
    // by its figures, so the Compare tab never divides latencies taken in different runs.
    const QString group = QStringLiteral("%1|%2|%3").arg(QFileInfo(spec.modelPath).absoluteFilePath())
                              .arg(spec.benchmarkBatch).arg(spec.benchmarkThreads);
    if (const auto it = m_baselines.constFind(group); it != m_baselines.cend())
        job->setBaseline(*it);
    submit(job, [this, job, group] {
        const ExperimentOutcome outcome = job->outcome();
        if (!m_baselines.contains(group) && outcome.record.isFinished())
            if (const auto timed = SharedBaseline::fromOutcome(outcome, tr("this session")))
                m_baselines.insert(group, *timed);
        // A run's per-layer results go straight onto the tree when they are about the open model.
        if (m_document && outcome.id > 0 && outcome.record.isFinished() && outcome.record.modelSha256 == m_document->sha256())
            setQuantizationResults(outcome.id, outcome.layers, outcome.record.details);
        Q_EMIT experimentFinished(outcome);
    });
    return job;
}

Job *Workbench::runSensitivity(SweepMode mode, QString *error)
{
    const auto spec = currentSpec(error);
    if (!spec)
        return nullptr;
    auto *job = new SensitivityJob(*spec, mode, m_logPath);
    submit(job, [this, job] {
        const SensitivityResult r = job->result();
        if (m_document && r.ok && r.id > 0 && m_store)
            setSensitivityResults(r.id, m_store->layerMetrics(r.id));
        Q_EMIT sensitivityFinished(r);
    });
    return job;
}

Job *Workbench::runSearch(const SearchOptions &options)
{
    auto *job = new SearchJob(options, m_logPath, artifactFolder());
    submit(job, [this, job] { Q_EMIT searchFinished(job->result()); });
    return job;
}

Job *Workbench::runActivationHistograms(QString *error)
{
    const auto spec = currentSpec(error);
    if (!spec)
        return nullptr;
    auto *job = new ActivationJob(m_document, spec->quantization, spec->calibration);
    submit(job, [this, job] {
        if (job->state() == Job::State::Finished)
            Q_EMIT activationHistogramsReady(job->histograms());
    });
    return job;
}

std::optional<ExperimentSpec> Workbench::keepFloatSpec(const QString &layer) const
{
    const qint64 id = m_quantizationResults.experimentId;
    const auto r = m_store && id > 0 ? m_store->experiment(id) : std::nullopt;
    if (!r)
        return std::nullopt;
    QString error;
    ExperimentSpec spec = ExperimentSpec::fromJson(r->spec, &error);
    if (!error.isEmpty())
        return std::nullopt;
    spec.quantization.setLayerMode(layer, QuantMode::Float);
    spec.label = tr("%1, %2 kept float").arg(r->label.isEmpty() ? tr("experiment %1").arg(id) : r->label, layer);
    return spec;
}

void Workbench::selectExperiments(const QList<qint64> &ids)
{
    m_selected.clear();
    m_selectedLayers.clear();
    if (m_store) {
        for (qint64 id : ids) {
            if (auto r = m_store->experiment(id)) {
                m_selected << *r;
                m_selectedLayers.insert(id, m_store->layerMetrics(id));
            }
        }
    }
    // The selection's results about the open model go onto the tree: the first quantization run's
    // per-layer SQNR and the first sweep's ranks.
    if (m_document) {
        bool quantization = false, sensitivity = false;
        for (const ExperimentRecord &r : std::as_const(m_selected)) {
            if (r.modelSha256 != m_document->sha256() || !r.isFinished())
                continue;
            if (!sensitivity && r.kind == ExperimentKind::Sensitivity) {
                setSensitivityResults(r.id, m_selectedLayers.value(r.id));
                sensitivity = true;
            } else if (!quantization && r.kind == ExperimentKind::Experiment && r.mode != ExperimentMode::Float) {
                setQuantizationResults(r.id, m_selectedLayers.value(r.id), r.details);
                quantization = true;
            }
        }
    }
    Q_EMIT selectionChanged();
}

void Workbench::setQuantizationResults(qint64 id, const QVector<LayerMetricRecord> &rows, const QJsonObject &details)
{
    m_quantizationResults = {id, {}, {}};
    if (const auto quantization = ExperimentDetails::fromJson(details).quantization)
        m_quantizationResults.graph = quantization->coverage;
    for (const LayerMetricRecord &r : rows)
        m_quantizationResults.rows.insert(r.layer, r);
    Q_EMIT layerResultsChanged();
}

void Workbench::setSensitivityResults(qint64 id, const QVector<LayerMetricRecord> &rows)
{
    m_sensitivityResults = {id, {}, {}};
    for (const LayerMetricRecord &r : rows)
        m_sensitivityResults.rows.insert(r.layer, r);
    Q_EMIT layerResultsChanged();
}

} // namespace qb
