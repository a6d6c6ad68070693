#include "experiment/sensitivity.h"

#include "env/environment.h"
#include "experiment/experimentdetails.h"
#include "experiment/experimentrunner.h"
#include "model/modeldocument.h"
#include "util/jsonutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::Sensitivity)

namespace qb {

QString sweepModeName(SweepMode mode)
{
    return mode == SweepMode::OneOn ? QStringLiteral("one-on") : QStringLiteral("one-off");
}

std::optional<SweepMode> sweepModeFromName(const QString &name)
{
    if (name == QLatin1String("one-on"))
        return SweepMode::OneOn;
    if (name == QLatin1String("one-off"))
        return SweepMode::OneOff;
    return std::nullopt;
}

namespace {

/// One sweep: open, calibrate the simulation once, score each layer's variant, rank, record.
class SweepRun
{
public:
    SweepRun(const ExperimentSpec &spec, SweepMode mode, ExperimentStore *store, const ProgressCallback &progress,
             const std::atomic_bool *cancel, qint64 parentId)
        : m_spec(spec), m_mode(mode), m_store(store), m_progress(progress), m_cancel(cancel)
    {
        m_result.mode = mode;
        ExperimentRecord &r = m_record;
        r.kind = ExperimentKind::Sensitivity;
        r.parentId = parentId;
        r.modelPath = QFileInfo(spec.modelPath).absoluteFilePath();
        r.label = spec.label.isEmpty() ? tr("sensitivity (%1)").arg(sweepModeName(mode)) : spec.label;
        r.mode = experimentMode(spec);
        r.engine = spec.quantization.engine;
        r.spec = spec.toJson();
        r.startedAt = logTimestamp();
    }

    SensitivityResult run()
    {
        ScopedIntraOpThreads threads(m_spec.threads);
        m_record.environment = collectEnvironment().toJson();
        QString error;
        const std::shared_ptr<ModelDocument> document = openSpecModel(m_spec, &error);
        if (!document)
            return finish(ExperimentStatus::Failed, error);
        m_record.modelSha256 = document->sha256();
        m_record.modelSizeBytes = document->info().fileSize;
        m_record.modelLayerCount = document->info().layers.size() - 1;
        const auto sim = QuantSimulation::create(*document, m_spec.quantization, m_spec.calibration, m_spec.evaluation,
                                                 [this](double f, const QString &stage) { report(0.3 * f, stage); },
                                                 m_cancel, &error);
        if (!sim)
            return error.isEmpty() ? finish(ExperimentStatus::Cancelled, tr("Cancelled while calibrating."))
                                   : finish(ExperimentStatus::Failed, error);
        if (const auto status = score(*sim, &error))
            return finish(*status, error);
        rankAndDescribe(*sim);
        report(1.0, tr("done"));
        return finish(ExperimentStatus::Finished, QString());
    }

private:
    void report(double fraction, const QString &stage)
    {
        if (m_progress)
            m_progress(fraction, stage);
    }

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    double primary(const SimulationScore &s) const { return m_byAccuracy ? s.accuracy : s.agreement; }

    /// Scores the float model, the fully quantized one and each layer's variant; how it ended when
    /// it could not finish, or nothing.
    std::optional<ExperimentStatus> score(QuantSimulation &sim, QString *error)
    {
        SensitivityResult &result = m_result;
        result.notes = sim.notes();
        result.calibrationSeconds = sim.calibrationSeconds();
        m_byAccuracy = sim.labelled();
        result.metric = m_byAccuracy ? QStringLiteral("accuracy") : QStringLiteral("agreement");
        const QStringList layers = sim.layers();
        result.floatScore = sim.floatScore();
        result.allQuantized = sim.evaluate(layers, m_cancel);
        if (!result.allQuantized.valid) {
            *error = result.allQuantized.error;
            return cancelled() ? ExperimentStatus::Cancelled : ExperimentStatus::Failed;
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < layers.size(); ++i) {
            if (cancelled()) {
                *error = tr("Cancelled after %1 of %2 layers.").arg(i).arg(layers.size());
                return ExperimentStatus::Cancelled;
            }
            report(0.3 + 0.7 * double(i) / layers.size(), tr("layer %1/%2: %3").arg(i + 1).arg(layers.size()).arg(layers.at(i)));
            QStringList on;
            if (m_mode == SweepMode::OneOn) {
                on << layers.at(i);
            } else {
                on = layers;
                on.removeAt(i);
            }
            LayerSensitivity s;
            s.layer = layers.at(i);
            s.type = sim.layerType(s.layer);
            s.score = sim.evaluate(on, m_cancel);
            if (!s.score.valid) {
                *error = s.score.error;
                return cancelled() ? ExperimentStatus::Cancelled : ExperimentStatus::Failed;
            }
            s.impact = m_mode == SweepMode::OneOn ? primary(result.floatScore) - primary(s.score)
                                                  : primary(s.score) - primary(result.allQuantized);
            result.layers << s;
        }
        result.sweepSeconds = timer.nsecsElapsed() / 1e9;
        return std::nullopt;
    }

    /// Ranks the layers and writes the sweep's row: its scores and one layer row per rank.
    void rankAndDescribe(const QuantSimulation &sim)
    {
        SensitivityResult &result = m_result;
        // Most sensitive first; on equal impact (small data sets give many ties in accuracy) the noisier
        // variant ranks higher: lower SQNR with the layer on, higher with it off.
        const SweepMode mode = m_mode;
        std::stable_sort(result.layers.begin(), result.layers.end(), [mode](const LayerSensitivity &a, const LayerSensitivity &b) {
            if (a.impact != b.impact)
                return a.impact > b.impact;
            return mode == SweepMode::OneOn ? a.score.sqnrDb < b.score.sqnrDb : a.score.sqnrDb > b.score.sqnrDb;
        });
        QStringList ranking;
        for (int i = 0; i < result.layers.size(); ++i) {
            LayerSensitivity &s = result.layers[i];
            s.rank = i + 1;
            LayerMetricRecord row;
            row.layer = s.layer;
            row.mode = sim.mode();
            row.sensitivity = primary(s.score);
            row.sensitivitySqnrDb = s.score.sqnrDb;
            row.rank = s.rank;
            m_rows << row;
            ranking << s.layer;
        }
        ExperimentRecord &r = m_record;
        r.accuracy = result.allQuantized.accuracy;
        r.accuracyDelta = result.allQuantized.accuracy - result.floatScore.accuracy;
        r.agreement = result.allQuantized.agreement;
        r.sqnrDb = result.allQuantized.sqnrDb;
        ExperimentDetails details;
        details.syntheticData = m_spec.evaluation.isSynthetic();
        SweepDetails &sweep = details.sweep.emplace();
        sweep.mode = mode;
        sweep.metric = result.metric;
        sweep.simulatedAs = sim.mode();
        sweep.floatScore = result.floatScore;
        sweep.allQuantized = result.allQuantized;
        sweep.ranking = ranking;
        sweep.calibrationSeconds = result.calibrationSeconds;
        sweep.sweepSeconds = result.sweepSeconds;
        sweep.notes = result.notes;
        r.details = details.toJson();
    }

    SensitivityResult finish(ExperimentStatus status, const QString &error)
    {
        m_result.error = error;
        m_result.cancelled = status == ExperimentStatus::Cancelled;
        m_result.ok = status == ExperimentStatus::Finished;
        m_record.status = status;
        m_record.error = error;
        m_record.finishedAt = logTimestamp();
        if (m_store)
            m_result.id = m_store->addExperiment(m_record, m_rows, &m_result.storeError);
        return m_result;
    }

    const ExperimentSpec &m_spec;
    const SweepMode m_mode;
    ExperimentStore *m_store;
    const ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    SensitivityResult m_result;
    ExperimentRecord m_record;
    QVector<LayerMetricRecord> m_rows;
    bool m_byAccuracy = false;
};

} // namespace

SensitivityResult runSensitivity(const ExperimentSpec &spec, SweepMode mode, ExperimentStore *store,
                                 const ProgressCallback &progress, const std::atomic_bool *cancel, qint64 parentId)
{
    return SweepRun(spec, mode, store, progress, cancel, parentId).run();
}

} // namespace qb
