#pragma once

#include "data/dataspec.h"
#include "experiment/search.h"
#include "experiment/sensitivity.h"
#include "experiment/specbuilder.h"
#include "quant/layerchoices.h"
#include "quant/quantizer.h"
#include "quant/quantsim.h"
#include "store/experimentstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace qb {

class Job;
class JobManager;
class ModelDocument;
class ModelOpener;
struct ExperimentOutcome;

/// The Data dock's choices: which data, how much of it, and the input shape.
struct DataChoice {
    QString calibration = QStringLiteral("synthetic"); ///< a data argument (DataSpec::fromArgument)
    int calibrationSamples = 1024;
    bool randomSubset = true;
    QString evaluation = QStringLiteral("synthetic");
    int evaluationSamples = 2048;
    QString inputShape;                                 ///< empty: the model's own
};

/// The experiment bar's choices; the engine comes from the workbench.
struct BarChoice {
    ExperimentMode mode = ExperimentMode::Static;
    WeightScheme weights = WeightScheme::PerChannelSymmetric;
    QString observer = QStringLiteral("mse");
};

/// Per-layer results shown on the layer tree: one experiment's rows.
struct LayerResults {
    qint64 experimentId = 0;
    QHash<QString, LayerMetricRecord> rows; ///< by layer
    std::optional<QuantCoverage> graph;     ///< what the converted graph runs (a quantization run's)
};

/// What sits under QuantBench's window, the way Tiled's DocumentManager and qBittorrent's Session sit
/// under theirs: the open model, the experiment log the GUI reads, the job manager, and the user's
/// current choices (engine, threads, the experiment bar, each layer's own choices, data). It builds
/// specs from those choices, starts jobs and says what happened through typed signals; windows,
/// docks and views observe it and keep no data another view needs. No widgets: it can be driven
/// from a test. GUI (main) thread only; LibTorch's process-wide state is only touched by jobs on
/// their own threads.
class Workbench final : public QObject
{
    Q_OBJECT

public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    // The open model.
    /// Opens a model in the background; documentChanged() or openFailed() follows.
    void openModel(const QString &path);
    /// Stops waiting for a model being opened.
    void cancelOpen();
    bool isOpening() const;
    /// Shows an already opened model (tests; models opened elsewhere).
    void setDocument(std::shared_ptr<const ModelDocument> document);
    std::shared_ptr<const ModelDocument> document() const { return m_document; }

    // The experiment log.
    /// Opens (creating) the log the GUI reads; false and *error on failure (the old one stays).
    /// A log that cannot be written (read-only storage) is opened read-only: browsed and reported
    /// from, while runs started here fail to store with that reason.
    bool setLogPath(const QString &path, QString *error);
    QString logPath() const { return m_logPath; }
    bool isLogReadOnly() const { return m_logReadOnly; }
    /// The GUI thread's connection; nullptr when no log is open.
    ExperimentStore *store() { return m_store ? &*m_store : nullptr; }
    /// Where runs started here save their quantized models: "artifacts" next to the log.
    QString artifactFolder() const;

    // The user's choices.
    QuantEngine engine() const { return m_engine; }
    void setEngine(QuantEngine engine);
    int threads() const { return m_threads; }
    void setThreads(int threads);
    /// Runs also time batch sizes 1-256 on 1 to all cores (the Compare tab's scaling chart).
    bool benchmarkScaling() const { return m_benchmarkScaling; }
    void setBenchmarkScaling(bool on) { m_benchmarkScaling = on; }
    const BarChoice &bar() const { return m_bar; }
    void setBar(const BarChoice &bar);
    /// The config the bar stands for, before the layers' own choices: what "default" means per layer.
    const QuantConfig &baseConfig() const { return m_baseConfig; }
    /// Replaces the bar's config outright (a config from elsewhere; tests).
    void setBaseConfig(const QuantConfig &config);
    const LayerChoices &layerChoices() const { return m_layerChoices; }
    /// Sets (or clears, when empty) a layer's own choices.
    void setLayerChoice(const QString &layer, const LayerChoice &choice);
    void clearLayerChoices();
    /// The base config with the layers' choices, and what quantize() will make of it.
    QuantConfig currentConfig() const;
    const QuantPlan &plan() const { return m_plan; }
    const DataChoice &data() const { return m_data; }
    void setData(const DataChoice &data);

    /// The spec for the current choices; nullopt and *error (a data path gone, a bad shape, a
    /// config the quantizer refuses) when there is none.
    std::optional<ExperimentSpec> currentSpec(QString *error) const;

    // Jobs.
    JobManager *jobs() const { return m_jobs; }
    /// Starts a run; nullptr and *error when the spec cannot run.
    Job *runExperiment(const ExperimentSpec &spec, QString *error);
    Job *runSensitivity(SweepMode mode, QString *error);
    Job *runSearch(const SearchOptions &options);
    Job *runActivationHistograms(QString *error);
    /// "Keep this layer in float and run again": the spec of the experiment whose results the tree
    /// shows, with `layer` float; nullopt when there is none.
    std::optional<ExperimentSpec> keepFloatSpec(const QString &layer) const;

    // What the views show about experiments.
    /// Reads these experiments and their layer rows from the log once, for every view that follows
    /// the selection; puts their results about the open model on the layer tree.
    void selectExperiments(const QList<qint64> &ids);
    const QVector<ExperimentRecord> &selectedExperiments() const { return m_selected; }
    const QHash<qint64, QVector<LayerMetricRecord>> &selectedLayers() const { return m_selectedLayers; }
    const LayerResults &quantizationResults() const { return m_quantizationResults; }
    const LayerResults &sensitivityResults() const { return m_sensitivityResults; }

Q_SIGNALS:
    void openingChanged(bool opening);
    void documentChanged(std::shared_ptr<const qb::ModelDocument> document);
    void openFailed(const QString &path, const QString &message);
    void logChanged(const QString &path);
    /// The engine, the bar, the base config or a layer's choice changed, and with it the plan.
    void configChanged();
    /// The plan's refusal changed (empty: the config can run).
    void planProblemChanged(const QString &problem);
    void dataChanged();
    void jobSubmitted(qb::Job *job);
    /// A job ended; `summary` is its one-line result (or error).
    void jobEnded(qb::Job *job, const QString &summary);
    /// A job wrote to the log (the browser refreshes).
    void experimentsStored();
    void experimentFinished(const qb::ExperimentOutcome &outcome);
    void sensitivityFinished(const qb::SensitivityResult &result);
    void searchFinished(const qb::SearchResult &result);
    void activationHistogramsReady(const QHash<QString, qb::ActivationHistogram> &histograms);
    void selectionChanged();
    void layerResultsChanged();

private:
    bool useLog(const QString &path, std::optional<ExperimentStore> opened, bool readOnly);
    /// Starts a job; `onEnded` runs on this thread when it has ended, however it ended.
    void submit(Job *job, const std::function<void()> &onEnded);
    void replan();
    void rebuildBaseConfig();
    void setQuantizationResults(qint64 id, const QVector<LayerMetricRecord> &rows, const QJsonObject &details);
    void setSensitivityResults(qint64 id, const QVector<LayerMetricRecord> &rows);

    ModelOpener *m_opener = nullptr;
    JobManager *m_jobs = nullptr;
    std::shared_ptr<const ModelDocument> m_document;
    QString m_logPath;
    bool m_logReadOnly = false;
    std::optional<ExperimentStore> m_store;
    QuantEngine m_engine = QuantEngine::OneDnn;
    int m_threads = 0;
    bool m_benchmarkScaling = false;
    QHash<QString, SharedBaseline> m_baselines; ///< the float timing per model, batch and threads (runExperiment)
    BarChoice m_bar;
    QuantConfig m_baseConfig;
    LayerChoices m_layerChoices;
    QuantPlan m_plan;
    DataChoice m_data;
    QVector<ExperimentRecord> m_selected;
    QHash<qint64, QVector<LayerMetricRecord>> m_selectedLayers;
    LayerResults m_quantizationResults;
    LayerResults m_sensitivityResults;
};

} // namespace qb
