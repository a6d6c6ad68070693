#include "model/inputspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::InputSpec)

namespace qb {

QString InputSpec::shapeText() const
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return dims.join(QLatin1Char('x'));
}

QJsonObject InputSpec::toJson() const
{
    QJsonArray dims;
    for (qint64 d : shape)
        dims.append(d);
    return QJsonObject{{QStringLiteral("shape"), dims},
                       {QStringLiteral("dtype"), dtype},
                       {QStringLiteral("source"), inputSourceName(source)}};
}

InputSpec InputSpec::parseShape(const QString &text, QString *error)
{
    InputSpec spec;
    static const QRegularExpression separators(QStringLiteral("[x,X\\s]+"));
    const QStringList parts = text.trimmed().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error)
            *error = tr("The input shape is empty: write it like 1x1x28x28 (batch first).");
        return {};
    }
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 d = part.toLongLong(&ok);
        if (!ok || d <= 0) {
            if (error)
                *error = tr("The input shape \"%1\" has \"%2\", which is not a positive whole number: "
                            "write it like 1x1x28x28.").arg(text, part);
            return {};
        }
        spec.shape << d;
    }
    spec.source = Source::User;
    return spec;
}

InputSpec InputSpec::fromJson(const QJsonObject &object, QString *error)
{
    InputSpec spec;
    const QJsonArray dims = object.value(QStringLiteral("shape")).toArray();
    for (const QJsonValue &v : dims) {
        const qint64 d = v.toInteger(-1);
        if (d <= 0) {
            if (error)
                *error = tr("quantbench.json: \"input.shape\" must be a list of positive whole numbers.");
            return {};
        }
        spec.shape << d;
    }
    if (spec.shape.isEmpty()) {
        if (error)
            *error = tr("quantbench.json: \"input.shape\" is missing or empty.");
        return {};
    }
    spec.dtype = object.value(QStringLiteral("dtype")).toString(QStringLiteral("float32"));
    spec.source = Source::Archive;
    return spec;
}

QString inputSourceName(InputSpec::Source source)
{
    switch (source) {
    case InputSpec::Source::Unknown: return QStringLiteral("unknown");
    case InputSpec::Source::Archive: return QStringLiteral("archive");
    case InputSpec::Source::User: return QStringLiteral("user");
    case InputSpec::Source::Guessed: return QStringLiteral("guessed");
    }
    return QStringLiteral("unknown");
}

} // namespace qb
