#include "model/inputspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::InputSpec)

namespace qb {

namespace {

const QStringList kFloatTypes{QStringLiteral("float32"), QStringLiteral("float64"), QStringLiteral("float16"),
                              QStringLiteral("bfloat16")};
const QStringList kIntegerTypes{QStringLiteral("int64"), QStringLiteral("int32"), QStringLiteral("int16"),
                                QStringLiteral("int8"), QStringLiteral("uint8")};

/// "1x1x28x28" into dimensions; an error sentence naming the bad part, or empty.
QString parseDims(const QString &text, const QString &whole, QVector<qint64> *dims)
{
    static const QRegularExpression separators(QStringLiteral("[x,X\\s]+"));
    const QStringList parts = text.trimmed().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return tr("The input shape is empty: write it like 1x1x28x28 (batch first).");
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 d = part.toLongLong(&ok);
        if (!ok || d <= 0)
            return tr("The input shape \"%1\" has \"%2\", which is not a positive whole number: write it like 1x1x28x28, "
                      "or name each input: input_ids:1x128:int64,attention_mask:1x128:int64.").arg(whole, part);
        *dims << d;
    }
    return {};
}

} // namespace

bool InputTensor::isFloat() const
{
    return kFloatTypes.contains(dtype);
}

bool InputTensor::isInteger() const
{
    return kIntegerTypes.contains(dtype);
}

bool InputTensor::isMask() const
{
    return dtype == QLatin1String("bool") || (isInteger() && name.contains(QLatin1String("mask"), Qt::CaseInsensitive));
}

QString InputTensor::shapeText() const
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return dims.join(QLatin1Char('x'));
}

QString InputTensor::text() const
{
    if (name.isEmpty() && dtype == QLatin1String("float32"))
        return shapeText();
    return QStringLiteral("%1:%2:%3").arg(name.isEmpty() ? QStringLiteral("input") : name, shapeText(), dtype);
}

bool isKnownDtype(const QString &dtype)
{
    return kFloatTypes.contains(dtype) || kIntegerTypes.contains(dtype) || dtype == QLatin1String("bool");
}

bool InputSpec::isValid() const
{
    if (tensors.isEmpty())
        return false;
    for (const InputTensor &t : tensors)
        if (t.shape.isEmpty())
            return false;
    return true;
}

QString InputSpec::shapeText() const
{
    if (tensors.size() == 1 && tensors.first().dtype == QLatin1String("float32"))
        return tensors.first().shapeText();
    QStringList parts;
    for (const InputTensor &t : tensors)
        parts << t.text();
    return parts.join(QLatin1Char(','));
}

QJsonObject InputSpec::toJson() const
{
    QJsonArray inputs;
    for (const InputTensor &t : tensors) {
        QJsonArray dims;
        for (qint64 d : t.shape)
            dims.append(d);
        QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("shape"), dims}, {QStringLiteral("dtype"), t.dtype}};
        if (t.vocab > 0)
            o.insert(QStringLiteral("vocab"), t.vocab);
        inputs.append(o);
    }
    QJsonObject o{{QStringLiteral("inputs"), inputs}, {QStringLiteral("source"), inputSourceName(source)}};
    // Readers of the single-input form (QuantBench before multi-input models) still find theirs.
    if (tensors.size() == 1) {
        o.insert(QStringLiteral("shape"), inputs.first().toObject().value(QStringLiteral("shape")));
        o.insert(QStringLiteral("dtype"), tensors.first().dtype);
    }
    return o;
}

InputSpec InputSpec::parseShape(const QString &text, QString *error)
{
    InputSpec spec;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return InputSpec();
    };
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char(':'))) {
        InputTensor t;
        if (const QString problem = parseDims(trimmed, text, &t.shape); !problem.isEmpty())
            return fail(problem);
        spec.tensors << t;
        spec.source = Source::User;
        return spec;
    }
    // Named inputs: name:shape[:dtype], comma-separated (a shape's own separator is x here).
    for (const QString &item : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList fields = item.trimmed().split(QLatin1Char(':'));
        if (fields.size() < 2 || fields.size() > 3 || fields.first().trimmed().isEmpty())
            return fail(tr("\"%1\" in the input shape is not name:shape or name:shape:dtype, e.g. input_ids:1x128:int64.")
                            .arg(item.trimmed()));
        InputTensor t;
        t.name = fields.at(0).trimmed();
        if (fields.at(1).contains(QLatin1Char(',')))
            return fail(tr("Write the shape of %1 with x between dimensions, e.g. 1x128.").arg(t.name));
        if (const QString problem = parseDims(fields.at(1), text, &t.shape); !problem.isEmpty())
            return fail(problem);
        if (fields.size() == 3) {
            t.dtype = fields.at(2).trimmed().toLower();
            if (t.dtype == QLatin1String("long"))
                t.dtype = QStringLiteral("int64");
            if (!isKnownDtype(t.dtype))
                return fail(tr("%1 has the dtype \"%2\"; use float32, int64, int32 or bool.").arg(t.name, fields.at(2)));
        }
        for (const InputTensor &other : std::as_const(spec.tensors))
            if (other.name == t.name)
                return fail(tr("The input %1 is named twice in the input shape.").arg(t.name));
        spec.tensors << t;
    }
    if (spec.tensors.isEmpty())
        return fail(tr("The input shape is empty: write it like 1x1x28x28 (batch first)."));
    spec.source = Source::User;
    return spec;
}

InputSpec InputSpec::fromJson(const QJsonObject &object, QString *error)
{
    InputSpec spec;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return InputSpec();
    };
    auto readTensor = [&](const QJsonObject &o, InputTensor *t) -> QString {
        const QJsonArray dims = o.value(QStringLiteral("shape")).toArray();
        for (const QJsonValue &v : dims) {
            const qint64 d = v.isDouble() ? v.toInteger(-1) : -1;
            if (d <= 0)
                return tr("quantbench.json: \"input.shape\" must be a list of positive whole numbers.");
            t->shape << d;
        }
        if (t->shape.isEmpty())
            return tr("quantbench.json: \"input.shape\" is missing or empty.");
        t->name = o.value(QStringLiteral("name")).toString();
        t->dtype = o.value(QStringLiteral("dtype")).toString(QStringLiteral("float32"));
        if (!isKnownDtype(t->dtype))
            return tr("quantbench.json: the input dtype \"%1\" is not one QuantBench can feed.").arg(t->dtype);
        t->vocab = std::max<qint64>(0, o.value(QStringLiteral("vocab")).toInteger(0));
        return {};
    };
    const QJsonValue list = object.value(QStringLiteral("inputs"));
    if (list.isArray()) {
        for (const QJsonValue &v : list.toArray()) {
            InputTensor t;
            if (const QString problem = readTensor(v.toObject(), &t); !problem.isEmpty())
                return fail(problem);
            spec.tensors << t;
        }
        if (spec.tensors.isEmpty())
            return fail(tr("quantbench.json: \"inputs\" is empty."));
    } else {
        InputTensor t;
        if (const QString problem = readTensor(object, &t); !problem.isEmpty())
            return fail(problem);
        spec.tensors << t;
    }
    spec.source = Source::Archive;
    return spec;
}

InputSpec InputSpec::single(const QVector<qint64> &shape, Source source)
{
    InputSpec spec;
    InputTensor t;
    t.shape = shape;
    spec.tensors << t;
    spec.source = source;
    return spec;
}

QString inputSourceName(InputSpec::Source source)
{
    switch (source) {
    case InputSpec::Source::Unknown: return QStringLiteral("unknown");
    case InputSpec::Source::Archive: return QStringLiteral("archive");
    case InputSpec::Source::User: return QStringLiteral("user");
    case InputSpec::Source::Guessed: return QStringLiteral("guessed");
    case InputSpec::Source::Data: return QStringLiteral("data");
    }
    return QStringLiteral("unknown");
}

} // namespace qb
