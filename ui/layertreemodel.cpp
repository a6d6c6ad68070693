#include "layertreemodel.h"

#include "model/modeldocument.h"
#include "util/fileutil.h"

#include <QApplication>
#include <QPalette>

namespace qb {

// Internal pointers carry the layer's position in ModelInfo::layers; the root (the model itself) is
// shown as the single top-level row so its totals are visible.

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

LayerTreeModel::~LayerTreeModel() = default;

void LayerTreeModel::setDocument(std::shared_ptr<const ModelDocument> document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
}

const LayerInfo *LayerTreeModel::layerAt(const QModelIndex &index) const
{
    if (!m_document || !index.isValid())
        return nullptr;
    const auto &layers = m_document->info().layers;
    const auto i = static_cast<int>(index.internalId());
    return i >= 0 && i < layers.size() ? &layers.at(i) : nullptr;
}

int LayerTreeModel::rowInParent(int layerIndex) const
{
    const auto &layers = m_document->info().layers;
    const int parent = layers.at(layerIndex).parent;
    return parent < 0 ? 0 : static_cast<int>(layers.at(parent).children.indexOf(layerIndex));
}

QModelIndex LayerTreeModel::indexForLayer(int layerIndex, int column) const
{
    if (!m_document || layerIndex < 0 || layerIndex >= m_document->info().layers.size())
        return {};
    return createIndex(rowInParent(layerIndex), column, quintptr(layerIndex));
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || m_document->info().layers.isEmpty() || !hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const LayerInfo *p = layerAt(parent);
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    const LayerInfo *layer = layerAt(child);
    if (!layer || layer->parent < 0)
        return {};
    return indexForLayer(layer->parent);
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || m_document->info().layers.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const LayerInfo *layer = layerAt(parent);
    return layer ? static_cast<int>(layer->children.size()) : 0;
}

int LayerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    const LayerInfo *layer = layerAt(index);
    if (!layer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return layer->name.isEmpty() ? tr("%1 (model)").arg(layer->type) : layer->displayName();
        case TypeColumn: return layer->type;
        case ParamsColumn: return formatCount(layer->totalParams);
        case SizeColumn: return formatBytes(layer->totalBytes);
        case QuantColumn: return layer->kind.modes;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(
            (layer->name.isEmpty() ? tr("(model)") : layer->name).toHtmlEscaped(), layer->qualifiedType.toHtmlEscaped());
        if (!layer->kind.note.isEmpty())
            tip += QStringLiteral("<br>") + layer->kind.note.toHtmlEscaped();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == ParamsColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == QuantColumn && !layer->kind.quantizable)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case LayerIndexRole: return layer->index;
    case QualifiedNameRole: return layer->name;
    case QuantizableRole: return layer->kind.quantizable;
    case SortRole:
        switch (index.column()) {
        case ParamsColumn: return layer->totalParams;
        case SizeColumn: return layer->totalBytes;
        case NameColumn: return layer->index; // keep forward order when sorting by name column
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant LayerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ParamsColumn: return tr("Params");
    case SizeColumn: return tr("Size");
    case QuantColumn: return tr("Quantizable");
    }
    return {};
}

} // namespace qb
