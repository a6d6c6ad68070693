#include "data/dataspec.h"

#include "util/limits.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include "data/idxfile.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::DataSpec)

namespace qb {

namespace {
QString kindName(DataSpec::Kind kind)
{
    switch (kind) {
    case DataSpec::Kind::Synthetic: return QStringLiteral("synthetic");
    case DataSpec::Kind::TensorFile: return QStringLiteral("tensor-file");
    case DataSpec::Kind::TensorFolder: return QStringLiteral("tensor-folder");
    case DataSpec::Kind::Idx: return QStringLiteral("idx");
    case DataSpec::Kind::ImageFolder: return QStringLiteral("image-folder");
    case DataSpec::Kind::Csv: return QStringLiteral("csv");
    }
    return QStringLiteral("synthetic");
}

/// True when `folder` holds subfolders (classes) or images, and no IDX files: an image folder.
bool looksLikeImageFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &split : {QStringLiteral("train"), QStringLiteral("test")})
        if (!findIdxSplit(folder, split).first.isEmpty())
            return false;
    if (!dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty())
        return true;
    static const QStringList images{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                    QStringLiteral("*.bmp"), QStringLiteral("*.PNG"), QStringLiteral("*.JPG"),
                                    QStringLiteral("*.JPEG"), QStringLiteral("*.BMP")};
    return !dir.entryList(images, QDir::Files).isEmpty();
}

/// A JSON number, or an array of numbers (one per channel), into a scalar or a list.
bool readScalarOrList(const QJsonValue &value, double fallback, double *scalar, QVector<double> *list)
{
    *scalar = fallback;
    list->clear();
    if (value.isUndefined())
        return true;
    if (value.isDouble()) {
        *scalar = value.toDouble();
        return true;
    }
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isDouble())
            return false;
        *list << v.toDouble();
    }
    return true;
}

QJsonValue scalarOrList(double scalar, const QVector<double> &list)
{
    if (list.isEmpty())
        return scalar;
    QJsonArray array;
    for (double v : list)
        array.append(v);
    return array;
}
} // namespace

QString DataSpec::describe() const
{
    switch (kind) {
    case Kind::Synthetic:
        return QStringLiteral("synthetic (%1 x %2, seed %3)").arg(maxBatches).arg(batchSize).arg(seed);
    case Kind::TensorFile:
    case Kind::TensorFolder:
    case Kind::Csv:
        return QFileInfo(path).fileName();
    case Kind::ImageFolder:
        return QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    case Kind::Idx:
        return QFileInfo(path).isDir() ? QStringLiteral("%1 %2").arg(QFileInfo(path).fileName(), split)
                                       : QFileInfo(path).fileName();
    }
    return {};
}

DataSpec DataSpec::fromArgument(const QString &text, const QString &defaultSplit, QString *error)
{
    DataSpec d;
    const QString t = text.trimmed();
    if (t == QLatin1String("synthetic"))
        return d;
    if (t == QLatin1String("fashion-mnist") || t.startsWith(QLatin1String("fashion-mnist:"))) {
        d = fashionMnist(t.contains(QLatin1Char(':')) ? t.section(QLatin1Char(':'), 1) : defaultSplit, d.batchSize, d.maxBatches);
        if (d.split != QLatin1String("train") && d.split != QLatin1String("test") && error)
            *error = tr("\"%1\": the split must be train or test.").arg(text);
        if (!QFileInfo(d.path).isDir() && error)
            *error = tr("Fashion-MNIST is not installed in %1: install Debian's dataset-fashion-mnist package, or "
                        "name an MNIST-style folder.").arg(d.path);
        return d;
    }
    const QFileInfo info(t);
    if (!info.exists()) {
        if (error)
            *error = tr("There is no data at %1: name a file, an MNIST-style folder, an image folder, fashion-mnist "
                        "or synthetic.").arg(t);
        return d;
    }
    d.path = t;
    if (info.isDir() && !QDir(t).entryList({QStringLiteral("*.pt"), QStringLiteral("*.pth")}, QDir::Files).isEmpty()) {
        d.kind = Kind::TensorFolder;
    } else if (info.isDir() && looksLikeImageFolder(t)) {
        d.kind = Kind::ImageFolder;
    } else if (info.isDir()) {
        d.kind = Kind::Idx;
        d.split = defaultSplit;
    } else if (info.fileName().contains(QLatin1String("-idx"))) {
        d.kind = Kind::Idx;
    } else if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        d.kind = Kind::Csv;
    } else {
        d.kind = Kind::TensorFile;
    }
    return d;
}

DataSpec DataSpec::fashionMnist(const QString &split, int batchSize, int maxBatches)
{
    DataSpec d;
    d.kind = Kind::Idx;
    d.path = defaultFashionMnistFolder();
    d.split = split;
    d.batchSize = batchSize;
    d.maxBatches = maxBatches;
    return d;
}

QJsonObject DataSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("batch_size"), batchSize},
                  {QStringLiteral("batches"), maxBatches},
                  {QStringLiteral("seed"), QString::number(seed)}};
    if (kind != Kind::Synthetic)
        o.insert(QStringLiteral("path"), path);
    if (kind != Kind::Synthetic)
        o.insert(QStringLiteral("shuffle"), shuffle);
    if (kind == Kind::Idx)
        o.insert(QStringLiteral("split"), split);
    if (kind == Kind::Idx || kind == Kind::ImageFolder || kind == Kind::Csv) {
        o.insert(QStringLiteral("mean"), scalarOrList(mean, channelMean));
        o.insert(QStringLiteral("std"), scalarOrList(std, channelStd));
    }
    if (kind == Kind::ImageFolder)
        o.insert(QStringLiteral("resize"), resize);
    return o;
}

DataSpec DataSpec::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return DataSpec();
    };
    static const QSet<QString> known{QStringLiteral("kind"), QStringLiteral("path"), QStringLiteral("split"),
                                     QStringLiteral("shuffle"), QStringLiteral("mean"), QStringLiteral("std"),
                                     QStringLiteral("batch_size"), QStringLiteral("batches"), QStringLiteral("seed"),
                                     QStringLiteral("resize")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return fail(tr("Unknown key \"%1\" in a data description.").arg(it.key()));
    DataSpec spec;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("synthetic"));
    if (kind == QLatin1String("tensor-file"))
        spec.kind = Kind::TensorFile;
    else if (kind == QLatin1String("tensor-folder"))
        spec.kind = Kind::TensorFolder;
    else if (kind == QLatin1String("idx"))
        spec.kind = Kind::Idx;
    else if (kind == QLatin1String("image-folder"))
        spec.kind = Kind::ImageFolder;
    else if (kind == QLatin1String("csv"))
        spec.kind = Kind::Csv;
    else if (kind != QLatin1String("synthetic"))
        return fail(tr("\"kind\" must be synthetic, tensor-file, tensor-folder, idx, image-folder or csv, not \"%1\".").arg(kind));
    spec.path = json.value(QStringLiteral("path")).toString();
    spec.split = json.value(QStringLiteral("split")).toString(spec.split);
    if (spec.split != QLatin1String("train") && spec.split != QLatin1String("test"))
        return fail(tr("\"split\" must be train or test, not \"%1\".").arg(spec.split));
    spec.shuffle = json.value(QStringLiteral("shuffle")).toBool(false);
    if (!readScalarOrList(json.value(QStringLiteral("mean")), 0.0, &spec.mean, &spec.channelMean))
        return fail(tr("\"mean\" must be a number, or a list of numbers with one per channel."));
    if (!readScalarOrList(json.value(QStringLiteral("std")), 1.0, &spec.std, &spec.channelStd))
        return fail(tr("\"std\" must be a number, or a list of numbers with one per channel."));
    spec.resize = json.value(QStringLiteral("resize")).toBool(true);
    // Whole numbers in range: a batch no larger than limits::kMaxBatch, a count of batches that
    // fits an int.
    for (const auto &[key, out, maximum] : {std::tuple{QStringLiteral("batch_size"), &spec.batchSize, limits::kMaxBatch},
                                            std::tuple{QStringLiteral("batches"), &spec.maxBatches, 1 << 30}}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 1 || v.toDouble() > maximum)
            return fail(tr("\"%1\" must be a whole number from 1 to %2.").arg(key).arg(maximum));
        *out = v.toInt();
    }
    // Seeds are 64-bit: written as strings so JSON's doubles cannot round them; small numbers are fine too.
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    bool ok = true;
    if (seed.isString())
        spec.seed = seed.toString().toULongLong(&ok);
    else if (seed.isDouble())
        ok = seed.toDouble() >= 0 && seed.toDouble() == double(qint64(seed.toDouble())), spec.seed = quint64(seed.toDouble());
    else if (!seed.isUndefined())
        ok = false;
    if (!ok)
        return fail(tr("\"seed\" must be a whole number."));
    if (spec.std <= 0 || std::any_of(spec.channelStd.cbegin(), spec.channelStd.cend(), [](double s) { return s <= 0; }))
        return fail(tr("\"std\" must be above 0."));
    return spec;
}

} // namespace qb
