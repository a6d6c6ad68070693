#include "data/dataspec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qb {

QString DataSpec::describe() const
{
    if (kind == Kind::Synthetic)
        return QStringLiteral("synthetic (%1 x %2, seed %3)").arg(maxBatches).arg(batchSize).arg(seed);
    return QFileInfo(path).fileName();
}

QJsonObject DataSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind == Kind::Synthetic ? QStringLiteral("synthetic") : QStringLiteral("tensor-file")},
                  {QStringLiteral("batch_size"), batchSize},
                  {QStringLiteral("batches"), maxBatches},
                  {QStringLiteral("seed"), QString::number(seed)}};
    if (kind != Kind::Synthetic)
        o.insert(QStringLiteral("path"), path);
    return o;
}

DataSpec DataSpec::fromJson(const QJsonObject &json, QString *error)
{
    DataSpec spec;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("synthetic"));
    if (kind == QLatin1String("tensor-file")) {
        spec.kind = Kind::TensorFile;
    } else if (kind != QLatin1String("synthetic")) {
        if (error)
            *error = QCoreApplication::translate("qb::DataSpec", "\"kind\" must be synthetic or tensor-file, not \"%1\".").arg(kind);
        return {};
    }
    spec.path = json.value(QStringLiteral("path")).toString();
    spec.batchSize = json.value(QStringLiteral("batch_size")).toInt(spec.batchSize);
    spec.maxBatches = json.value(QStringLiteral("batches")).toInt(spec.maxBatches);
    spec.seed = json.value(QStringLiteral("seed")).toString(QStringLiteral("0")).toULongLong();
    return spec;
}

} // namespace qb
