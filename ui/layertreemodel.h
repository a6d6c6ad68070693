#pragma once

#include <QAbstractItemModel>

#include <memory>

namespace qb {

class ModelDocument;
struct LayerInfo;

/// Thin item-model adapter over an opened model's layer tree (owned by core's ModelDocument).
/// Columns: name, type, params, size, quantization. GUI thread only.
class LayerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ParamsColumn, SizeColumn, QuantColumn, ColumnCount };

    /// Custom roles, for views and sorting.
    enum Role {
        LayerIndexRole = Qt::UserRole, ///< int: index into ModelInfo::layers
        QualifiedNameRole,             ///< QString: "features.0.conv"
        SortRole,                      ///< raw number for numeric columns, text otherwise
        QuantizableRole,               ///< bool
    };

    explicit LayerTreeModel(QObject *parent = nullptr);
    ~LayerTreeModel() override;

    void setDocument(std::shared_ptr<const ModelDocument> document);
    const ModelDocument *document() const { return m_document.get(); }

    /// The model index of a layer by its position in ModelInfo::layers.
    QModelIndex indexForLayer(int layerIndex, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LayerInfo *layerAt(const QModelIndex &index) const;
    int rowInParent(int layerIndex) const;

    std::shared_ptr<const ModelDocument> m_document;
};

} // namespace qb
