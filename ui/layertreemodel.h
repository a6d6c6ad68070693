#pragma once

#include "store/experimentstore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace qb {

class ModelDocument;
struct LayerInfo;

/// Thin item-model adapter over an opened model's layer tree (owned by core's ModelDocument).
/// Columns: name, type, params, size, quantization, and after a run the layer's result (its mode and
/// activation SQNR, shaded as a heat scale) and its sensitivity rank. GUI thread only.
class LayerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ParamsColumn, SizeColumn, QuantColumn, ResultColumn, SensitivityColumn, ColumnCount };

    /// Custom roles, for views and sorting.
    enum Role {
        LayerIndexRole = Qt::UserRole, ///< int: index into ModelInfo::layers
        QualifiedNameRole,             ///< QString: "features.0.conv"
        SortRole,                      ///< raw number for numeric columns, text otherwise
        QuantizableRole,               ///< bool
        HeatRole,                      ///< double in [0, 1] for the result columns: 1 = hurts most; invalid when none
    };

    explicit LayerTreeModel(QObject *parent = nullptr);
    ~LayerTreeModel() override;

    void setDocument(std::shared_ptr<const ModelDocument> document);
    const ModelDocument *document() const { return m_document.get(); }

    /// Per-layer results of a quantization experiment (SQNR, weight error, why a layer stayed float),
    /// shown in the result column. `experimentId` is remembered for "keep float and run again".
    void setQuantizationResults(qint64 experimentId, const QVector<LayerMetricRecord> &rows);
    /// Ranks of a sensitivity sweep, shown in the sensitivity column.
    void setSensitivityResults(qint64 experimentId, const QVector<LayerMetricRecord> &rows);
    void clearResults();
    qint64 quantizationExperiment() const { return m_quantizationId; }
    const LayerMetricRecord *quantizationResult(const QString &layer) const;

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

    QVariant resultData(const LayerInfo &layer, int column, int role) const;
    void resultsChanged();

    std::shared_ptr<const ModelDocument> m_document;
    qint64 m_quantizationId = 0;
    qint64 m_sensitivityId = 0;
    QHash<QString, LayerMetricRecord> m_quantization;
    QHash<QString, LayerMetricRecord> m_sensitivity;
    int m_sensitivityCount = 0;
};

} // namespace qb
