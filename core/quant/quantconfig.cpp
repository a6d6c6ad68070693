#include "quant/quantconfig.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::QuantConfig)

namespace qb {

namespace {

const QLatin1String kMode("mode"), kObserver("observer"), kAveraging("averaging"),
    kWeightScheme("weight_scheme"), kActDtype("activation_dtype"), kWeightDtype("weight_dtype"),
    kReduceRange("reduce_range"), kQuantMin("quant_min"), kQuantMax("quant_max");

QJsonObject layerToJson(const LayerQuantConfig &c)
{
    QJsonObject o{{kMode, modeName(c.mode)},
                  {kObserver, observerName(c)},
                  {kAveraging, c.averaging},
                  {kWeightScheme, weightSchemeName(c.weightScheme)},
                  {kActDtype, c.activationDtype},
                  {kWeightDtype, c.weightDtype},
                  {kReduceRange, c.reduceRange}};
    if (c.quantMin)
        o.insert(kQuantMin, *c.quantMin);
    if (c.quantMax)
        o.insert(kQuantMax, *c.quantMax);
    return o;
}

/// Reads the fields present in `o` over `c`; fields absent keep their value.
bool layerFromJson(const QJsonObject &o, const QString &where, LayerQuantConfig *c, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    static const QSet<QString> known{kMode, kObserver, kAveraging, kWeightScheme, kActDtype, kWeightDtype,
                                     kReduceRange, kQuantMin, kQuantMax};
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const QString path = where + QLatin1Char('.') + key;
        if (!known.contains(key))
            return fail(tr("Unknown key \"%1\" in the quantization config.").arg(path));
        if (key == kMode) {
            const auto mode = modeFromName(v.toString());
            if (!v.isString() || !mode)
                return fail(tr("\"%1\" must be one of float, dynamic, static, qat, weight-only.").arg(path));
            c->mode = *mode;
        } else if (key == kObserver) {
            QString observerError;
            if (!v.isString() || !parseObserver(v.toString(), c, &observerError))
                return fail(tr("\"%1\": %2").arg(path, v.isString() ? observerError : tr("must be a string")));
        } else if (key == kAveraging) {
            if (!v.isDouble())
                return fail(tr("\"%1\" must be a number.").arg(path));
            c->averaging = v.toDouble();
        } else if (key == kWeightScheme) {
            const auto scheme = weightSchemeFromName(v.toString());
            if (!v.isString() || !scheme)
                return fail(tr("\"%1\" must be one of per-tensor-affine, per-tensor-symmetric, "
                               "per-channel-symmetric, per-channel-affine.").arg(path));
            c->weightScheme = *scheme;
        } else if (key == kActDtype || key == kWeightDtype) {
            if (!v.isString())
                return fail(tr("\"%1\" must be a string such as \"quint8\".").arg(path));
            (key == kActDtype ? c->activationDtype : c->weightDtype) = v.toString();
        } else if (key == kReduceRange) {
            if (!v.isBool())
                return fail(tr("\"%1\" must be true or false.").arg(path));
            c->reduceRange = v.toBool();
        } else if (key == kQuantMin || key == kQuantMax) {
            if (!v.isDouble() || v.toDouble() != double(v.toInt()))
                return fail(tr("\"%1\" must be a whole number.").arg(path));
            (key == kQuantMin ? c->quantMin : c->quantMax) = v.toInt();
        }
    }
    return true;
}

bool isPrefixPath(const QString &prefix, const QString &path)
{
    return prefix.isEmpty() || path == prefix || path.startsWith(prefix + QLatin1Char('.'));
}

} // namespace

bool LayerQuantConfig::operator==(const LayerQuantConfig &o) const
{
    return mode == o.mode && observer == o.observer && percentile == o.percentile && averaging == o.averaging
           && weightScheme == o.weightScheme && activationDtype == o.activationDtype
           && weightDtype == o.weightDtype && reduceRange == o.reduceRange && quantMin == o.quantMin
           && quantMax == o.quantMax;
}

bool LayerQuantConfig::weightsSymmetric() const
{
    return weightScheme == WeightScheme::PerTensorSymmetric || weightScheme == WeightScheme::PerChannelSymmetric;
}

bool LayerQuantConfig::perChannel() const
{
    return weightScheme == WeightScheme::PerChannelSymmetric || weightScheme == WeightScheme::PerChannelAffine;
}

bool QuantConfig::operator==(const QuantConfig &o) const
{
    return engine == o.engine && defaults == o.defaults && layers == o.layers;
}

LayerQuantConfig QuantConfig::forLayer(const QString &qualifiedName) const
{
    const LayerQuantConfig *best = &defaults;
    qsizetype bestLength = -1;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        if (isPrefixPath(it.key(), qualifiedName) && it.key().size() > bestLength) {
            best = &it.value();
            bestLength = it.key().size();
        }
    }
    return *best;
}

void QuantConfig::setLayerMode(const QString &qualifiedName, QuantMode mode)
{
    LayerQuantConfig c = forLayer(qualifiedName);
    c.mode = mode;
    layers.insert(qualifiedName, c);
}

QuantConfig QuantConfig::preset(QuantEngine engine, QuantMode mode)
{
    QuantConfig config;
    config.engine = engine;
    LayerQuantConfig &d = config.defaults;
    d.mode = mode;
    d.observer = ObserverKind::Mse;
    d.reduceRange = engine == QuantEngine::Fbgemm || engine == QuantEngine::X86;
    d.weightScheme = engine == QuantEngine::Qnnpack ? WeightScheme::PerTensorSymmetric : WeightScheme::PerChannelSymmetric;
    if (mode == QuantMode::Qat)
        d.observer = ObserverKind::MovingAverage;
    return config;
}

QJsonObject QuantConfig::toJson() const
{
    QJsonObject layerObject;
    for (auto it = layers.cbegin(); it != layers.cend(); ++it)
        layerObject.insert(it.key(), layerToJson(it.value()));
    return QJsonObject{{QStringLiteral("engine"), engineName(engine)},
                       {QStringLiteral("default"), layerToJson(defaults)},
                       {QStringLiteral("layers"), layerObject}};
}

QuantConfig QuantConfig::fromJson(const QJsonObject &json, QString *error)
{
    QuantConfig config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("engine") && it.key() != QLatin1String("default")
            && it.key() != QLatin1String("layers")) {
            if (error)
                *error = tr("Unknown key \"%1\" in the quantization config: use engine, default, layers.").arg(it.key());
            return {};
        }
    }
    const QJsonValue engine = json.value(QStringLiteral("engine"));
    if (!engine.isUndefined()) {
        const auto known = engineFromName(engine.toString());
        if (!engine.isString() || !known) {
            if (error)
                *error = tr("\"engine\" must be one of onednn, qnnpack, fbgemm, x86.");
            return {};
        }
        config.engine = *known;
    }
    const QJsonValue defaults = json.value(QStringLiteral("default"));
    if (!defaults.isUndefined()
        && (!defaults.isObject() || !layerFromJson(defaults.toObject(), QStringLiteral("default"), &config.defaults, error))) {
        if (error && !defaults.isObject())
            *error = tr("\"default\" must be an object.");
        return {};
    }
    const QJsonValue layers = json.value(QStringLiteral("layers"));
    if (!layers.isUndefined()) {
        if (!layers.isObject()) {
            if (error)
                *error = tr("\"layers\" must be an object mapping layer names to settings.");
            return {};
        }
        const QJsonObject object = layers.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject()) {
                if (error)
                    *error = tr("\"layers.%1\" must be an object.").arg(it.key());
                return {};
            }
            LayerQuantConfig c = config.defaults;
            if (!layerFromJson(it.value().toObject(), QStringLiteral("layers.") + it.key(), &c, error))
                return {};
            config.layers.insert(it.key(), c);
        }
    }
    return config;
}

QStringList validateConfig(const QuantConfig &config, const QList<QuantEngine> &availableEngines)
{
    QStringList problems;
    const QString engine = engineName(config.engine);
    if (!availableEngines.contains(config.engine))
        problems << tr("The engine \"%1\" is not in this LibTorch build; choose one of: %2.")
                        .arg(engine, engineNames(availableEngines).join(QLatin1String(", ")));
    QList<QPair<QString, LayerQuantConfig>> all{{QStringLiteral("default"), config.defaults}};
    for (auto it = config.layers.cbegin(); it != config.layers.cend(); ++it)
        all << qMakePair(QStringLiteral("layer \"%1\"").arg(it.key()), it.value());
    for (const auto &[where, c] : all) {
        // Weight-only layers (embeddings) take per-row float scales, whatever the engine.
        if (c.mode == QuantMode::Float || c.mode == QuantMode::WeightOnly)
            continue;
        if (config.engine == QuantEngine::OneDnn && !c.weightsSymmetric())
            problems << tr("%1: the onednn engine only supports symmetric weights (zero point 0); choose "
                           "per-channel-symmetric or per-tensor-symmetric.").arg(where);
        if (c.weightDtype == QLatin1String("float16")) {
            if (c.mode != QuantMode::Dynamic)
                problems << tr("%1: float16 weights are only for dynamic quantization.").arg(where);
            else if (config.engine != QuantEngine::Fbgemm && config.engine != QuantEngine::X86)
                problems << tr("%1: float16 dynamic quantization needs the fbgemm engine, which %2 is not; use "
                               "qint8 weights.").arg(where, engine);
        } else if (c.weightDtype != QLatin1String("qint8") && c.weightDtype != QLatin1String("quint4x2")) {
            problems << tr("%1: weight dtype \"%2\" is not supported; use qint8, quint4x2 (4-bit embeddings) or float16 "
                           "(dynamic on fbgemm).")
                            .arg(where, c.weightDtype);
        }
        if (c.activationDtype != QLatin1String("quint8"))
            problems << tr("%1: activation dtype \"%2\" is not supported by LibTorch's quantized kernels; use quint8.")
                            .arg(where, c.activationDtype);
        if (c.observer == ObserverKind::Percentile && !(c.percentile > 0 && c.percentile <= 100))
            problems << tr("%1: the percentile must be above 0 and at most 100, not %2.").arg(where).arg(c.percentile);
        if (c.observer == ObserverKind::MovingAverage && !(c.averaging > 0 && c.averaging <= 1))
            problems << tr("%1: the moving-average weight must be above 0 and at most 1, not %2.").arg(where).arg(c.averaging);
        const int lo = c.reduceRange ? 0 : 0, hi = c.reduceRange ? 127 : 255;
        if ((c.quantMin && (*c.quantMin < lo || *c.quantMin > hi)) || (c.quantMax && (*c.quantMax < lo || *c.quantMax > hi))
            || (c.quantMin && c.quantMax && *c.quantMin >= *c.quantMax))
            problems << tr("%1: quant_min and quant_max must satisfy %2 <= quant_min < quant_max <= %3 for quint8.")
                            .arg(where).arg(lo).arg(hi);
    }
    return problems;
}

QString modeName(QuantMode mode)
{
    switch (mode) {
    case QuantMode::Float: return QStringLiteral("float");
    case QuantMode::Dynamic: return QStringLiteral("dynamic");
    case QuantMode::Static: return QStringLiteral("static");
    case QuantMode::Qat: return QStringLiteral("qat");
    case QuantMode::WeightOnly: return QStringLiteral("weight-only");
    }
    return QStringLiteral("float");
}

std::optional<QuantMode> modeFromName(const QString &name)
{
    for (QuantMode m : {QuantMode::Float, QuantMode::Dynamic, QuantMode::Static, QuantMode::Qat, QuantMode::WeightOnly})
        if (modeName(m) == name.toLower())
            return m;
    return std::nullopt;
}

QString observerName(const LayerQuantConfig &c)
{
    switch (c.observer) {
    case ObserverKind::MinMax: return QStringLiteral("minmax");
    case ObserverKind::MovingAverage: return QStringLiteral("moving-average");
    case ObserverKind::Percentile: return QStringLiteral("percentile:") + QString::number(c.percentile, 'g', 10);
    case ObserverKind::Mse: return QStringLiteral("mse");
    }
    return QStringLiteral("minmax");
}

bool parseObserver(const QString &text, LayerQuantConfig *config, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("minmax")) {
        config->observer = ObserverKind::MinMax;
    } else if (t == QLatin1String("moving-average")) {
        config->observer = ObserverKind::MovingAverage;
    } else if (t == QLatin1String("mse") || t == QLatin1String("histogram")) {
        config->observer = ObserverKind::Mse;
    } else if (t == QLatin1String("percentile") || t.startsWith(QLatin1String("percentile:"))) {
        double p = 99.99;
        if (t.contains(QLatin1Char(':'))) {
            bool ok = false;
            p = t.section(QLatin1Char(':'), 1).toDouble(&ok);
            if (!ok || p <= 0 || p > 100) {
                if (error)
                    *error = tr("\"%1\": the percentile must be a number above 0 and at most 100, e.g. percentile:99.99.").arg(text);
                return false;
            }
        }
        config->observer = ObserverKind::Percentile;
        config->percentile = p;
    } else {
        if (error)
            *error = tr("Unknown observer \"%1\": use minmax, moving-average, percentile:99.99 or mse.").arg(text);
        return false;
    }
    return true;
}

QString weightSchemeName(WeightScheme scheme)
{
    switch (scheme) {
    case WeightScheme::PerTensorAffine: return QStringLiteral("per-tensor-affine");
    case WeightScheme::PerTensorSymmetric: return QStringLiteral("per-tensor-symmetric");
    case WeightScheme::PerChannelSymmetric: return QStringLiteral("per-channel-symmetric");
    case WeightScheme::PerChannelAffine: return QStringLiteral("per-channel-affine");
    }
    return QStringLiteral("per-channel-symmetric");
}

std::optional<WeightScheme> weightSchemeFromName(const QString &name)
{
    for (WeightScheme s : {WeightScheme::PerTensorAffine, WeightScheme::PerTensorSymmetric,
                           WeightScheme::PerChannelSymmetric, WeightScheme::PerChannelAffine})
        if (weightSchemeName(s) == name.toLower())
            return s;
    return std::nullopt;
}

} // namespace qb
