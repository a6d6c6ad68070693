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

SensitivityResult runSensitivity(const ExperimentSpec &spec, SweepMode mode, ExperimentStore *store,
                                 const ProgressCallback &progress, const std::atomic_bool *cancel, qint64 parentId)
{
    SensitivityResult result;
    result.mode = mode;
    ExperimentRecord r;
    r.kind = ExperimentKind::Sensitivity;
    r.parentId = parentId;
    r.modelPath = QFileInfo(spec.modelPath).absoluteFilePath();
    r.label = spec.label.isEmpty() ? tr("sensitivity (%1)").arg(sweepModeName(mode)) : spec.label;
    r.mode = experimentMode(spec);
    r.engine = spec.quantization.engine;
    r.spec = spec.toJson();
    r.startedAt = logTimestamp();
    QVector<LayerMetricRecord> rows;
    auto finish = [&](ExperimentStatus status, const QString &error) {
        result.error = error;
        result.cancelled = status == ExperimentStatus::Cancelled;
        result.ok = status == ExperimentStatus::Finished;
        r.status = status;
        r.error = error;
        r.finishedAt = logTimestamp();
        if (store)
            result.id = store->addExperiment(r, rows, &result.storeError);
        return result;
    };
    auto report = [&progress](double f, const QString &stage) {
        if (progress)
            progress(f, stage);
    };

    ScopedIntraOpThreads threads(spec.threads);
    r.environment = collectEnvironment().toJson();
    QString openError;
    const std::shared_ptr<ModelDocument> document = openSpecModel(spec, &openError);
    if (!document)
        return finish(ExperimentStatus::Failed, openError);
    r.modelSha256 = document->sha256();
    r.modelSizeBytes = document->info().fileSize;
    r.modelLayerCount = document->info().layers.size() - 1;

    QString error;
    const auto sim = QuantSimulation::create(*document, spec.quantization, spec.calibration, spec.evaluation,
                                             [&report](double f, const QString &stage) { report(0.3 * f, stage); },
                                             cancel, &error);
    if (!sim)
        return error.isEmpty() ? finish(ExperimentStatus::Cancelled, tr("Cancelled while calibrating."))
                               : finish(ExperimentStatus::Failed, error);
    result.notes = sim->notes();
    result.calibrationSeconds = sim->calibrationSeconds();
    result.metric = sim->labelled() ? QStringLiteral("accuracy") : QStringLiteral("agreement");
    const bool byAccuracy = sim->labelled();
    auto primary = [byAccuracy](const SimulationScore &s) { return byAccuracy ? s.accuracy : s.agreement; };

    const QStringList layers = sim->layers();
    result.floatScore = sim->floatScore();
    result.allQuantized = sim->evaluate(layers, cancel);
    if (!result.allQuantized.valid)
        return finish(cancel && cancel->load() ? ExperimentStatus::Cancelled : ExperimentStatus::Failed,
                      result.allQuantized.error);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < layers.size(); ++i) {
        if (cancel && cancel->load())
            return finish(ExperimentStatus::Cancelled, tr("Cancelled after %1 of %2 layers.").arg(i).arg(layers.size()));
        report(0.3 + 0.7 * double(i) / layers.size(), tr("layer %1/%2: %3").arg(i + 1).arg(layers.size()).arg(layers.at(i)));
        QStringList on;
        if (mode == SweepMode::OneOn) {
            on << layers.at(i);
        } else {
            on = layers;
            on.removeAt(i);
        }
        LayerSensitivity s;
        s.layer = layers.at(i);
        s.type = sim->layerType(s.layer);
        s.score = sim->evaluate(on, cancel);
        if (!s.score.valid)
            return finish(cancel && cancel->load() ? ExperimentStatus::Cancelled : ExperimentStatus::Failed, s.score.error);
        s.impact = mode == SweepMode::OneOn ? primary(result.floatScore) - primary(s.score)
                                            : primary(s.score) - primary(result.allQuantized);
        result.layers << s;
    }
    result.sweepSeconds = timer.nsecsElapsed() / 1e9;

    // Most sensitive first; on equal impact (small data sets give many ties in accuracy) the noisier
    // variant ranks higher: lower SQNR with the layer on, higher with it off.
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
        row.mode = sim->mode();
        row.sensitivity = primary(s.score);
        row.sensitivitySqnrDb = s.score.sqnrDb;
        row.rank = s.rank;
        rows << row;
        ranking << s.layer;
    }
    r.accuracy = result.allQuantized.accuracy;
    r.accuracyDelta = result.allQuantized.accuracy - result.floatScore.accuracy;
    r.agreement = result.allQuantized.agreement;
    r.sqnrDb = result.allQuantized.sqnrDb;
    ExperimentDetails details;
    details.syntheticData = spec.evaluation.isSynthetic();
    SweepDetails &sweep = details.sweep.emplace();
    sweep.mode = mode;
    sweep.metric = result.metric;
    sweep.simulatedAs = sim->mode();
    sweep.floatScore = result.floatScore;
    sweep.allQuantized = result.allQuantized;
    sweep.ranking = ranking;
    sweep.calibrationSeconds = result.calibrationSeconds;
    sweep.sweepSeconds = result.sweepSeconds;
    sweep.notes = result.notes;
    r.details = details.toJson();
    report(1.0, tr("done"));
    return finish(ExperimentStatus::Finished, QString());
}

} // namespace qb
