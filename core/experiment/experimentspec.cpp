#include "experiment/experimentspec.h"
#include "util/limits.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

QB_DECLARE_TR_FUNCTIONS(qb::ExperimentSpec)

namespace qb {

namespace {

/// Reads typed members of one JSON object, remembering the first problem with the key's path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, QString *error)
        : m_object(object), m_where(std::move(where)), m_error(error) {}

    bool onlyKnown(const QSet<QString> &known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.contains(it.key()))
                return fail(tr("Unknown key \"%1\" in the experiment spec.").arg(path(it.key())));
        return ok();
    }
    void string(const char *key, QString *out, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(tr("The experiment spec needs \"%1\".").arg(path(QLatin1String(key))));
            return;
        }
        if (!v.isString()) {
            fail(tr("\"%1\" must be a string.").arg(path(QLatin1String(key))));
            return;
        }
        *out = v.toString();
    }
    void integer(const char *key, int *out, int minimum, int maximum)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < minimum || v.toDouble() > maximum) {
            fail(tr("\"%1\" must be a whole number from %2 to %3.").arg(path(QLatin1String(key))).arg(minimum).arg(maximum));
            return;
        }
        *out = v.toInt();
    }
    void real(const char *key, double *out, double minimum, double maximum)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < minimum || v.toDouble() > maximum) {
            fail(tr("\"%1\" must be a number from %2 to %3.").arg(path(QLatin1String(key))).arg(minimum).arg(maximum));
            return;
        }
        *out = v.toDouble();
    }
    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            fail(tr("\"%1\" must be true or false.").arg(path(QLatin1String(key))));
            return;
        }
        *out = v.toBool();
    }
    std::optional<QJsonObject> object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            fail(tr("\"%1\" must be an object.").arg(path(QLatin1String(key))));
            return std::nullopt;
        }
        return v.toObject();
    }
    /// Prefixes a nested reader's message with this key.
    void nested(const char *key, const QString &message)
    {
        if (!message.isEmpty())
            fail(tr("In \"%1\": %2").arg(path(QLatin1String(key)), message));
    }
    bool ok() const { return !m_failed; }
    QString path(const QString &key) const { return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key; }

private:
    bool fail(const QString &message)
    {
        if (!m_failed && m_error)
            *m_error = message;
        m_failed = true;
        return false;
    }
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
    bool m_failed = false;
};

} // namespace

QJsonObject ExperimentSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("model"), modelPath},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("notes"), notes},
                  {QStringLiteral("quantize"), quantize},
                  {QStringLiteral("quantization"), quantization.toJson()},
                  {QStringLiteral("calibration"), calibration.toJson()},
                  {QStringLiteral("evaluation"), evaluation.toJson()},
                  {QStringLiteral("qat"), QJsonObject{{QStringLiteral("training"), qat.training.toJson()},
                                                      {QStringLiteral("epochs"), qat.epochs},
                                                      {QStringLiteral("optimizer"), qat.optimizer},
                                                      {QStringLiteral("learning_rate"), qat.learningRate},
                                                      {QStringLiteral("freeze_observers_after"), qat.freezeObserversAfterEpoch}}},
                  {QStringLiteral("benchmark"), QJsonObject{{QStringLiteral("batch"), benchmarkBatch},
                                                            {QStringLiteral("runs"), benchmarkRuns},
                                                            {QStringLiteral("threads"), benchmarkThreads},
                                                            {QStringLiteral("scaling"), benchmarkScaling}}},
                  {QStringLiteral("threads"), threads},
                  {QStringLiteral("seed"), QString::number(seed)}};
    if (!inputShape.isEmpty())
        o.insert(QStringLiteral("input_shape"), inputShape);
    if (output != 0)
        o.insert(QStringLiteral("output"), output);
    return o;
}

ExperimentSpec ExperimentSpec::fromJson(const QJsonObject &json, QString *error)
{
    ExperimentSpec spec;
    Reader r(json, QString(), error);
    if (!r.onlyKnown({QStringLiteral("model"), QStringLiteral("input_shape"), QStringLiteral("label"), QStringLiteral("notes"),
                      QStringLiteral("quantize"), QStringLiteral("quantization"), QStringLiteral("calibration"),
                      QStringLiteral("evaluation"), QStringLiteral("qat"), QStringLiteral("benchmark"),
                      QStringLiteral("threads"), QStringLiteral("seed"), QStringLiteral("output")}))
        return {};
    r.string("model", &spec.modelPath, /*required=*/true);
    r.string("input_shape", &spec.inputShape);
    r.string("label", &spec.label);
    r.string("notes", &spec.notes);
    r.boolean("quantize", &spec.quantize);
    r.integer("threads", &spec.threads, 0, limits::kMaxThreads);
    r.integer("output", &spec.output, 0, 1 << 20);
    QString seed;
    r.string("seed", &seed);
    if (!seed.isEmpty()) {
        bool ok = false;
        spec.seed = seed.toULongLong(&ok);
        if (!ok)
            r.nested("seed", tr("must be a whole number written as a string, e.g. \"0\"."));
    }
    if (const auto q = r.object("quantization")) {
        QString e;
        spec.quantization = QuantConfig::fromJson(*q, &e);
        r.nested("quantization", e);
    }
    for (const auto &[key, target] : {std::pair<const char *, DataSpec *>{"calibration", &spec.calibration},
                                      std::pair<const char *, DataSpec *>{"evaluation", &spec.evaluation}}) {
        if (const auto d = r.object(key)) {
            QString e;
            *target = DataSpec::fromJson(*d, &e);
            r.nested(key, e);
        }
    }
    if (const auto q = r.object("qat")) {
        Reader qr(*q, QStringLiteral("qat"), error);
        if (qr.onlyKnown({QStringLiteral("training"), QStringLiteral("epochs"), QStringLiteral("optimizer"),
                          QStringLiteral("learning_rate"), QStringLiteral("freeze_observers_after")})) {
            if (const auto t = qr.object("training")) {
                QString e;
                spec.qat.training = DataSpec::fromJson(*t, &e);
                qr.nested("training", e);
            }
            qr.integer("epochs", &spec.qat.epochs, 1, limits::kMaxEpochs);
            qr.string("optimizer", &spec.qat.optimizer);
            qr.real("learning_rate", &spec.qat.learningRate, 1e-12, 10.0);
            qr.integer("freeze_observers_after", &spec.qat.freezeObserversAfterEpoch, -1, limits::kMaxEpochs);
        }
        if (!qr.ok())
            return {};
    }
    if (const auto b = r.object("benchmark")) {
        Reader br(*b, QStringLiteral("benchmark"), error);
        if (br.onlyKnown({QStringLiteral("batch"), QStringLiteral("runs"), QStringLiteral("threads"), QStringLiteral("scaling")})) {
            br.integer("batch", &spec.benchmarkBatch, 1, limits::kMaxBatch);
            br.integer("runs", &spec.benchmarkRuns, 0, limits::kMaxRuns);
            br.integer("threads", &spec.benchmarkThreads, 1, limits::kMaxThreads);
            br.boolean("scaling", &spec.benchmarkScaling);
        }
        if (!br.ok())
            return {};
    }
    if (!r.ok())
        return {};
    if (spec.qat.optimizer != QLatin1String("adam") && spec.qat.optimizer != QLatin1String("sgd")) {
        if (error)
            *error = tr("\"qat.optimizer\" must be adam or sgd.");
        return {};
    }
    return spec;
}

ExperimentMode experimentMode(const ExperimentSpec &spec)
{
    if (!spec.quantize)
        return ExperimentMode::Float;
    QSet<QuantMode> modes{spec.quantization.defaults.mode};
    for (const LayerQuantConfig &c : spec.quantization.layers)
        modes.insert(c.mode);
    modes.remove(QuantMode::Float);
    if (modes.contains(QuantMode::Qat))
        return ExperimentMode::Qat;
    if (modes.contains(QuantMode::Static) && modes.contains(QuantMode::Dynamic))
        return ExperimentMode::Hybrid;
    if (modes.contains(QuantMode::Static))
        return ExperimentMode::Static;
    if (modes.contains(QuantMode::Dynamic))
        return ExperimentMode::Dynamic;
    return ExperimentMode::Float;
}

} // namespace qb
