#include "model/modelinfo.h"

#include <QJsonArray>

namespace qb {

QMap<QString, qint64> ModelInfo::bytesByDtype() const
{
    QMap<QString, qint64> total;
    for (const LayerInfo &layer : layers)
        for (auto it = layer.bytesByDtype.cbegin(); it != layer.bytesByDtype.cend(); ++it)
            total[it.key()] += it.value();
    return total;
}

int ModelInfo::quantizableLayerCount() const
{
    int n = 0;
    for (const LayerInfo &layer : layers)
        n += layer.kind.quantizable ? 1 : 0;
    return n;
}

int ModelInfo::indexOf(const QString &qualifiedName) const
{
    for (const LayerInfo &layer : layers)
        if (layer.name == qualifiedName)
            return layer.index;
    return -1;
}

static QJsonArray shapeToJson(const QVector<qint64> &shape)
{
    QJsonArray a;
    for (qint64 d : shape)
        a.append(d);
    return a;
}

static QJsonObject mapToJson(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject toJson(const TensorInfo &tensor)
{
    QJsonObject o{{QStringLiteral("name"), tensor.name},
                  {QStringLiteral("shape"), shapeToJson(tensor.shape)},
                  {QStringLiteral("dtype"), tensor.dtype},
                  {QStringLiteral("numel"), tensor.numel},
                  {QStringLiteral("bytes"), tensor.bytes},
                  {QStringLiteral("kind"), tensor.isParameter ? QStringLiteral("parameter")
                                                             : QStringLiteral("buffer")}};
    if (tensor.hasStats) {
        o.insert(QStringLiteral("stats"), QJsonObject{{QStringLiteral("min"), tensor.stats.min},
                                                      {QStringLiteral("max"), tensor.stats.max},
                                                      {QStringLiteral("mean"), tensor.stats.mean},
                                                      {QStringLiteral("std"), tensor.stats.std}});
        if (!tensor.channels.isEmpty()) {
            QJsonArray mins, maxs;
            for (const ChannelRange &c : tensor.channels) {
                mins.append(c.min);
                maxs.append(c.max);
            }
            o.insert(QStringLiteral("channel_min"), mins);
            o.insert(QStringLiteral("channel_max"), maxs);
        }
    }
    return o;
}

QJsonObject toJson(const LayerInfo &layer)
{
    QJsonArray tensors;
    for (const TensorInfo &t : layer.tensors)
        tensors.append(toJson(t));
    return QJsonObject{{QStringLiteral("name"), layer.name},
                       {QStringLiteral("type"), layer.qualifiedType},
                       {QStringLiteral("depth"), layer.depth},
                       {QStringLiteral("kind"), layerKindName(layer.kind.kind)},
                       {QStringLiteral("quantizable"), layer.kind.quantizable},
                       {QStringLiteral("modes"), capabilityCodes(layer.kind.capabilities)},
                       {QStringLiteral("params"), layer.totalParams},
                       {QStringLiteral("own_params"), layer.ownParams},
                       {QStringLiteral("bytes"), layer.totalBytes},
                       {QStringLiteral("bytes_by_dtype"), mapToJson(layer.bytesByDtype)},
                       {QStringLiteral("tensors"), tensors}};
}

QJsonObject ModelInfo::toJson() const
{
    QJsonArray layerArray;
    for (const LayerInfo &layer : layers)
        layerArray.append(qb::toJson(layer));
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("file_size"), fileSize},
                  {QStringLiteral("extra_files"), QJsonArray::fromStringList(extraFiles)},
                  {QStringLiteral("input"), input.toJson()},
                  {QStringLiteral("forward_arguments"), QJsonArray::fromStringList(forwardArguments)},
                  {QStringLiteral("total_params"), totalParams()},
                  {QStringLiteral("total_bytes"), totalBytes()},
                  {QStringLiteral("bytes_by_dtype"), mapToJson(bytesByDtype())},
                  {QStringLiteral("layer_count"), layers.size()},
                  {QStringLiteral("quantizable_layers"), quantizableLayerCount()},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                  {QStringLiteral("layers"), layerArray}};
    if (!unsupportedReason.isEmpty())
        o.insert(QStringLiteral("unsupported"), unsupportedReason);
    return o;
}

} // namespace qb
