#pragma once

#include "quant/layerchoices.h"
#include "quant/quantconfig.h"
#include "quant/quantizer.h"
#include "store/experimentstore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <memory>

namespace qb {

class ModelDocument;
class Workbench;
struct LayerInfo;

/// Thin item-model adapter over the workbench's open model (its layer tree is core's ModelDocument,
/// each layer's own choices and the results shown are the workbench's).
/// Columns: name, type, params, size, what the layer can become, the layer's mode, weight scheme and
/// observer (editable; unless the user picked one for the layer, they follow the experiment bar, and
/// the mode column shows what the layer will really become and why when it cannot), and after a run
/// the layer's result (its mode and activation SQNR, shaded as a heat scale) and its sensitivity rank.
/// GUI thread only.
class LayerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, TypeColumn, ParamsColumn, SizeColumn, QuantColumn, ModeColumn, WeightsColumn, ObserverColumn,
        ResultColumn, SensitivityColumn, ColumnCount
    };

    /// Custom roles, for views and sorting.
    enum Role {
        LayerIndexRole = Qt::UserRole, ///< int: index into ModelInfo::layers
        QualifiedNameRole,             ///< QString: "features.0.conv"
        SortRole,                      ///< raw number for numeric columns, text otherwise
        QuantizableRole,               ///< bool
        HeatRole,                      ///< double in [0, 1] for the result columns: 1 = hurts most; invalid when none
        ChoicesRole,                   ///< QVariantList of {text, value} pairs for the editable columns
        EffectiveModeRole,             ///< mode column: modeName() of what the layer will become ("float", "static")
        FollowsDefaultRole,            ///< editable columns: true when the value comes from the experiment bar
    };

    explicit LayerTreeModel(Workbench *workbench, QObject *parent = nullptr);
    ~LayerTreeModel() override;

    const ModelDocument *document() const { return m_document.get(); }

    /// The experiment whose per-layer results (SQNR, weight error, why a layer stayed float) the
    /// result column shows; 0 for none.
    qint64 quantizationExperiment() const;
    const LayerMetricRecord *quantizationResult(const QString &layer) const;

    /// Per-layer choices by qualified name (only layers with one): the workbench's.
    const LayerChoices &choices() const;
    /// Sets or clears (nullopt) a layer's mode or weight scheme; false for a layer that cannot take it.
    bool setLayerMode(const QString &layer, std::optional<QuantMode> mode);
    bool setLayerWeights(const QString &layer, std::optional<WeightScheme> weights);
    /// An embedding's packed row width: "qint8" (8 bits), "quint4x2" (4 bits), empty: the bar's.
    bool setLayerRowBits(const QString &layer, const QString &weightDtype);
    bool setLayerObserver(const QString &layer, const QString &observer);
    void clearChoices();
    /// Applies the choices on top of a config built from the experiment bar.
    void applyChoices(QuantConfig *config) const;
    /// Why the quantizer will refuse the current config (bar plus choices); empty when it will run.
    QString planProblem() const;

    /// The model index of a layer by its position in ModelInfo::layers.
    QModelIndex indexForLayer(int layerIndex, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QVariant choiceData(const LayerInfo &layer, int column, int role) const;
    bool setChoice(const QString &layer, const std::function<void(LayerChoice &)> &change);
    void documentChanged();
    void configChanged();
    const LayerInfo *layerAt(const QModelIndex &index) const;
    int rowInParent(int layerIndex) const;

    QVariant graphData(const LayerInfo &layer, int role) const;
    QVariant rowBitsData(const LayerChoice &c, const LayerQuantConfig &bar, int role) const;
    QVariant resultData(const LayerInfo &layer, int column, int role) const;
    void resultsChanged();

    Workbench *m_workbench;
    std::shared_ptr<const ModelDocument> m_document; ///< the workbench's, kept while the model shows it
};

} // namespace qb
