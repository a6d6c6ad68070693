#pragma once

#include "quant/quantconfig.h"
#include "quant/quantizer.h"
#include "store/experimentstore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace qb {

class ModelDocument;
struct LayerInfo;

/// Thin item-model adapter over an opened model's layer tree (owned by core's ModelDocument).
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

    /// A layer's own choices; unset fields follow the experiment bar.
    struct LayerChoice {
        std::optional<QuantMode> mode;
        std::optional<WeightScheme> weights;
        QString observer; ///< as parseObserver reads it ("mse", "percentile:99.9"); empty: the bar's
        bool isEmpty() const { return !mode && !weights && observer.isEmpty(); }
    };

    explicit LayerTreeModel(QObject *parent = nullptr);
    ~LayerTreeModel() override;

    void setDocument(std::shared_ptr<const ModelDocument> document);
    const ModelDocument *document() const { return m_document.get(); }

    /// The configuration the experiment bar builds (before the per-layer choices): what "default"
    /// stands for in the editable columns.
    void setBarConfig(const QuantConfig &config);
    const QuantConfig &barConfig() const { return m_bar; }

    /// Per-layer results of a quantization experiment (SQNR, weight error, why a layer stayed float),
    /// shown in the result column. `experimentId` is remembered for "keep float and run again".
    void setQuantizationResults(qint64 experimentId, const QVector<LayerMetricRecord> &rows);
    /// Ranks of a sensitivity sweep, shown in the sensitivity column.
    void setSensitivityResults(qint64 experimentId, const QVector<LayerMetricRecord> &rows);
    void clearResults();
    qint64 quantizationExperiment() const { return m_quantizationId; }
    const LayerMetricRecord *quantizationResult(const QString &layer) const;

    /// Per-layer choices by qualified name (only layers with one).
    const QHash<QString, LayerChoice> &choices() const { return m_choices; }
    /// Sets or clears (nullopt) a layer's mode or weight scheme; false for a layer that cannot take it.
    bool setLayerMode(const QString &layer, std::optional<QuantMode> mode);
    bool setLayerWeights(const QString &layer, std::optional<WeightScheme> weights);
    bool setLayerObserver(const QString &layer, const QString &observer);
    void clearChoices();
    /// Applies the choices on top of a config built from the experiment bar.
    void applyChoices(QuantConfig *config) const;
    /// Why the quantizer will refuse the current config (bar plus choices); empty when it will run.
    QString planProblem() const { return m_plan.problem; }

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

Q_SIGNALS:
    /// planProblem() changed (the experiment bar shows it next to Run).
    void planProblemChanged(const QString &problem);

private:
    QVariant choiceData(const LayerInfo &layer, int column, int role) const;
    void replan();
    const LayerInfo *layerAt(const QModelIndex &index) const;
    int rowInParent(int layerIndex) const;

    QVariant resultData(const LayerInfo &layer, int column, int role) const;
    void resultsChanged();

    std::shared_ptr<const ModelDocument> m_document;
    qint64 m_quantizationId = 0;
    qint64 m_sensitivityId = 0;
    QHash<QString, LayerMetricRecord> m_quantization;
    QHash<QString, LayerMetricRecord> m_sensitivity;
    QHash<QString, LayerChoice> m_choices;
    QuantConfig m_bar;
    QuantPlan m_plan; ///< of m_bar with the choices applied; kept current by replan()
    int m_sensitivityCount = 0;
};

} // namespace qb
