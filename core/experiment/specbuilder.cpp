#include "experiment/specbuilder.h"

#include "env/environment.h"
#include "model/modelinfo.h"
#include "util/translation.h"

#include <QFileInfo>

QB_DECLARE_TR_FUNCTIONS(qb::SpecBuilder)

namespace qb {

namespace {

/// Every name must be a layer of the model; on failure, the message (naming the model's layers).
QString checkLayerNames(const QStringList &names, const ModelInfo &info, const QString &option)
{
    for (const QString &name : names) {
        if (info.indexOf(name) < 0) {
            QStringList known;
            for (const LayerInfo &l : info.layers)
                if (!l.name.isEmpty())
                    known << l.name;
            return tr("%1 names \"%2\", which is not a layer of this model; its layers are: %3.")
                .arg(option, name, known.join(QLatin1String(", ")));
        }
    }
    return {};
}

QuantMode baseMode(ExperimentMode mode)
{
    switch (mode) {
    case ExperimentMode::Dynamic: return QuantMode::Dynamic;
    case ExperimentMode::Qat: return QuantMode::Qat;
    case ExperimentMode::Float: return QuantMode::Float;
    case ExperimentMode::Static:
    case ExperimentMode::Hybrid: break;
    }
    return QuantMode::Static;
}

} // namespace

void applyLayerChoices(const LayerChoices &choices, QuantConfig *config)
{
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        LayerQuantConfig c = config->forLayer(it.key());
        if (it->mode)
            c.mode = *it->mode;
        if (it->weights)
            c.weightScheme = *it->weights;
        if (!it->observer.isEmpty())
            parseObserver(it->observer, &c, nullptr);
        if (!it->weightDtype.isEmpty())
            c.weightDtype = it->weightDtype;
        config->layers.insert(it.key(), c);
    }
}

void applyHybridPreset(const ModelInfo &info, QuantConfig *config)
{
    for (const LayerInfo &l : info.layers)
        if (l.kind.kind == LayerKind::Linear && l.kind.can(LayerCapability::Dynamic))
            config->setLayerMode(l.name, QuantMode::Dynamic);
}

std::optional<QuantConfig> requestConfig(const SpecRequest &request, const ModelInfo &info, QString *error)
{
    if (request.config) {
        for (auto it = request.config->layers.cbegin(); it != request.config->layers.cend(); ++it)
            if (const QString p = checkLayerNames({it.key()}, info, tr("The config")); !p.isEmpty()) {
                *error = p;
                return std::nullopt;
            }
        return request.config;
    }
    QuantConfig config = QuantConfig::preset(request.engine, baseMode(request.mode));
    LayerQuantConfig &d = config.defaults;
    if (request.weights)
        d.weightScheme = *request.weights;
    if (!request.observer.isEmpty() && !parseObserver(request.observer, &d, error))
        return std::nullopt;
    if (request.mode == ExperimentMode::Hybrid)
        applyHybridPreset(info, &config);
    for (const auto &[names, option] : {std::pair{request.skip, QStringLiteral("--skip")}, std::pair{request.only, QStringLiteral("--only")}})
        if (const QString p = checkLayerNames(names, info, option); !p.isEmpty()) {
            *error = p;
            return std::nullopt;
        }
    if (request.embeddingBits != 8 && request.embeddingBits != 4) {
        *error = tr("Embeddings can be packed to 8 or 4 bits per weight, not %1.").arg(request.embeddingBits);
        return std::nullopt;
    }
    if (request.embeddingBits == 4)
        for (const LayerInfo &l : info.layers)
            if (l.kind.kind == LayerKind::Embedding) {
                LayerQuantConfig c = config.forLayer(l.name);
                c.mode = QuantMode::WeightOnly;
                c.weightDtype = QStringLiteral("quint4x2");
                config.layers.insert(l.name, c);
            }
    for (const QString &layer : request.skip)
        config.setLayerMode(layer, QuantMode::Float);
    if (!request.only.isEmpty()) {
        const LayerQuantConfig chosen = d;
        d.mode = QuantMode::Float;
        for (const QString &layer : request.only)
            config.layers.insert(layer, chosen);
    }
    return config;
}

std::optional<ExperimentSpec> buildSpec(const SpecRequest &request, const ModelInfo &info, QString *error)
{
    ExperimentSpec spec;
    spec.modelPath = request.modelPath.isEmpty() ? info.path : request.modelPath;
    spec.inputShape = request.inputShape;
    spec.quantize = request.mode != ExperimentMode::Float || request.config.has_value();
    if (spec.quantize) {
        const auto config = requestConfig(request, info, error);
        if (!config)
            return std::nullopt;
        spec.quantization = *config;
        applyLayerChoices(request.choices, &spec.quantization);
        const QStringList problems = validateConfig(spec.quantization, supportedEngines());
        if (!problems.isEmpty()) {
            *error = problems.join(QLatin1Char('\n'));
            return std::nullopt;
        }
    } else {
        spec.quantization = QuantConfig::preset(request.engine);
    }
    spec.label = !request.label.isEmpty() ? request.label
                                          : defaultLabel(request.config ? experimentMode(spec) : request.mode,
                                                         spec.quantization.engine, spec.quantization.defaults.weightScheme);
    spec.calibration = request.calibration;
    spec.evaluation = request.evaluation ? *request.evaluation : heldOutData(request.calibration);
    spec.qat = request.qat;
    spec.benchmarkBatch = request.benchmarkBatch;
    spec.benchmarkRuns = request.benchmarkRuns;
    spec.benchmarkThreads = request.benchmarkThreads;
    spec.benchmarkScaling = request.benchmarkScaling;
    spec.threads = request.threads;
    return spec;
}

DataSpec heldOutData(const DataSpec &calibration)
{
    DataSpec d = calibration;
    if (d.isSynthetic()) {
        d.seed = calibration.seed + 1;
    } else if (d.kind == DataSpec::Kind::Idx && QFileInfo(d.path).isDir()) {
        d.split = QStringLiteral("test");
        d.shuffle = false;
        d.maxBatches = 1 << 30;
    }
    return d;
}

QString defaultLabel(ExperimentMode mode, QuantEngine engine, WeightScheme weights)
{
    if (mode == ExperimentMode::Float)
        return tr("float baseline");
    const bool perChannel = weights == WeightScheme::PerChannelSymmetric || weights == WeightScheme::PerChannelAffine;
    return QStringLiteral("%1 %2 %3").arg(experimentModeText(mode), engineName(engine),
                                          perChannel ? tr("per-channel") : tr("per-tensor"));
}

DataSpec dataFromChoice(const QString &argument, const QString &defaultSplit, int samples, bool shuffle, int batchSize,
                        QString *error)
{
    DataSpec d = DataSpec::fromArgument(argument, defaultSplit, error);
    d.batchSize = std::max(1, std::min(batchSize, samples));
    d.maxBatches = std::max(1, (samples + d.batchSize - 1) / d.batchSize);
    d.shuffle = shuffle;
    return d;
}

} // namespace qb
