#include "layertreemodel.h"

#include "model/modeldocument.h"
#include "workbench/workbench.h"
#include "quant/quantizer.h"
#include "util/fileutil.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace qb {

// Internal pointers carry the layer's position in ModelInfo::layers; the root (the model itself) is
// shown as the single top-level row so its totals are visible.

LayerTreeModel::LayerTreeModel(Workbench *workbench, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workbench(workbench)
{
    connect(workbench, &Workbench::documentChanged, this, &LayerTreeModel::documentChanged);
    connect(workbench, &Workbench::configChanged, this, &LayerTreeModel::configChanged);
    connect(workbench, &Workbench::layerResultsChanged, this, &LayerTreeModel::resultsChanged);
    documentChanged();
}

LayerTreeModel::~LayerTreeModel() = default;

void LayerTreeModel::documentChanged()
{
    beginResetModel();
    m_document = m_workbench->document();
    endResetModel();
}

void LayerTreeModel::configChanged()
{
    // One layer's choice can change another's outcome (LSTMs convert together, mixed configs share
    // one dynamic weight scheme): every row's configuration columns.
    if (m_document)
        for (int i = 0; i < m_document->info().layers.size(); ++i)
            Q_EMIT dataChanged(indexForLayer(i, ModeColumn), indexForLayer(i, ObserverColumn));
}

const LayerChoices &LayerTreeModel::choices() const
{
    return m_workbench->layerChoices();
}

QString LayerTreeModel::planProblem() const
{
    return m_workbench->plan().problem;
}

qint64 LayerTreeModel::quantizationExperiment() const
{
    return m_workbench->quantizationResults().experimentId;
}

namespace {

/// Modes a layer kind can take.
bool canTake(const LayerInfo &layer, QuantMode mode)
{
    if (mode == QuantMode::Float)
        return layer.kind.quantizable;
    switch (mode) {
    case QuantMode::Static: return layer.kind.quantizable && layer.kind.can(LayerCapability::Static);
    case QuantMode::Dynamic: return layer.kind.quantizable && layer.kind.can(LayerCapability::Dynamic);
    case QuantMode::Qat: return layer.kind.quantizable && layer.kind.can(LayerCapability::Qat);
    case QuantMode::WeightOnly: return layer.kind.quantizable && layer.kind.can(LayerCapability::WeightOnly);
    case QuantMode::Float: break;
    }
    return false;
}

QString modeText(QuantMode mode)
{
    switch (mode) {
    case QuantMode::Float: return LayerTreeModel::tr("float");
    case QuantMode::Dynamic: return LayerTreeModel::tr("dynamic");
    case QuantMode::Static: return LayerTreeModel::tr("static");
    case QuantMode::Qat: return LayerTreeModel::tr("QAT");
    case QuantMode::WeightOnly: return LayerTreeModel::tr("weight-only");
    }
    return {};
}

QString weightsText(WeightScheme scheme)
{
    switch (scheme) {
    case WeightScheme::PerChannelSymmetric: return LayerTreeModel::tr("per-channel");
    case WeightScheme::PerTensorSymmetric: return LayerTreeModel::tr("per-tensor");
    case WeightScheme::PerChannelAffine: return LayerTreeModel::tr("per-channel affine");
    case WeightScheme::PerTensorAffine: return LayerTreeModel::tr("per-tensor affine");
    }
    return {};
}

QVariantMap choice(const QString &text, const QString &value)
{
    return QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("value"), value}};
}

} // namespace

bool LayerTreeModel::setChoice(const QString &layer, const std::function<void(LayerChoice &)> &change)
{
    LayerChoice choice = m_workbench->layerChoices().value(layer);
    change(choice);
    m_workbench->setLayerChoice(layer, choice);
    return true;
}

bool LayerTreeModel::setLayerMode(const QString &layer, std::optional<QuantMode> mode)
{
    const int index = m_document ? m_document->info().indexOf(layer) : -1;
    if (index < 0 || (mode && !canTake(m_document->info().layers.at(index), *mode)))
        return false;
    return setChoice(layer, [mode](LayerChoice &c) { c.mode = mode; });
}

bool LayerTreeModel::setLayerWeights(const QString &layer, std::optional<WeightScheme> weights)
{
    const int index = m_document ? m_document->info().indexOf(layer) : -1;
    if (index < 0 || !m_document->info().layers.at(index).kind.quantizable)
        return false;
    return setChoice(layer, [weights](LayerChoice &c) { c.weights = weights; });
}

bool LayerTreeModel::setLayerRowBits(const QString &layer, const QString &weightDtype)
{
    const int index = m_document ? m_document->info().indexOf(layer) : -1;
    if (index < 0 || m_document->info().layers.at(index).kind.kind != LayerKind::Embedding
        || !(weightDtype.isEmpty() || weightDtype == QLatin1String("qint8") || weightDtype == QLatin1String("quint4x2")))
        return false;
    return setChoice(layer, [weightDtype](LayerChoice &c) { c.weightDtype = weightDtype; });
}

bool LayerTreeModel::setLayerObserver(const QString &layer, const QString &observer)
{
    const int index = m_document ? m_document->info().indexOf(layer) : -1;
    LayerQuantConfig probe;
    if (index < 0 || !m_document->info().layers.at(index).kind.quantizable
        || (!observer.isEmpty() && !parseObserver(observer, &probe, nullptr)))
        return false;
    return setChoice(layer, [observer](LayerChoice &c) { c.observer = observer; });
}

void LayerTreeModel::clearChoices()
{
    m_workbench->clearLayerChoices();
}

void LayerTreeModel::applyChoices(QuantConfig *config) const
{
    applyLayerChoices(m_workbench->layerChoices(), config);
}

QVariant LayerTreeModel::rowBitsData(const LayerChoice &c, const LayerQuantConfig &bar, int role) const
{
    // A weight-only embedding's Weights cell: how wide its packed rows are.
    const QString dtype = c.weightDtype.isEmpty() ? bar.weightDtype : c.weightDtype;
    const QString text = dtype == QLatin1String("quint4x2") ? tr("4-bit rows") : tr("8-bit rows");
    switch (role) {
    case Qt::DisplayRole: return c.weightDtype.isEmpty() ? tr("%1 (default)").arg(text) : text;
    case Qt::EditRole: return c.weightDtype;
    case Qt::ToolTipRole:
        return tr("Each row of the table is packed to %1 with its own float scale and offset.\nDouble-click to change.").arg(text);
    case Qt::ForegroundRole:
        return c.weightDtype.isEmpty() ? QApplication::palette().brush(QPalette::Disabled, QPalette::Text) : QVariant();
    case FollowsDefaultRole: return c.weightDtype.isEmpty();
    case ChoicesRole: {
        return QVariantList{choice(tr("default"), QString()), choice(tr("8-bit rows"), QStringLiteral("qint8")),
                            choice(tr("4-bit rows"), QStringLiteral("quint4x2"))};
    }
    }
    return {};
}

QVariant LayerTreeModel::choiceData(const LayerInfo &layer, int column, int role) const
{
    if (!layer.kind.quantizable) {
        // What happens to it instead ("folded", "fused"), so the mode column reads on its own.
        if (column != ModeColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole: return capabilityText(layer.kind);
        case Qt::ToolTipRole: return kindNoteText(layer.kind);
        case Qt::ForegroundRole: return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    const LayerChoice c = m_workbench->layerChoices().value(layer.name);
    const LayerQuantConfig bar = m_workbench->baseConfig().forLayer(layer.name);
    const QuantMode requested = c.mode.value_or(bar.mode);
    const QuantPlan &plan = m_workbench->plan();
    const LayerOutcome *planned = plan.find(layer.name);
    const LayerOutcome outcome = planned ? *planned : plannedOutcome(layer, requested);
    // An embedding asked to be dynamic or static is quantized weight-only: a different mode, but not
    // a refusal.
    const bool cannot = outcome.result == QuantMode::Float && requested != QuantMode::Float;
    const QVariant dimmed = QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    // What "(default)" marks: the value comes from the experiment bar, not from this layer's choice.
    auto shown = [](const QString &text, bool followsBar) { return followsBar ? tr("%1 (default)").arg(text) : text; };

    if (column == ModeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (cannot)
                return tr("float (cannot be %1)").arg(modeText(requested));
            return shown(modeText(outcome.result), !c.mode);
        case Qt::EditRole: return c.mode ? modeName(*c.mode) : QString();
        case Qt::ToolTipRole: {
            QStringList lines{c.mode ? tr("Chosen for this layer: %1.").arg(modeText(*c.mode))
                                     : tr("Follows the experiment bar: %1.").arg(modeText(requested))};
            if (cannot)
                lines << tr("This layer stays float: %1.").arg(outcome.reason);
            else if (outcome.result != requested)
                lines << tr("Embeddings are quantized weight-only, with int8 or int4 rows and float lookups.");
            lines << tr("Double-click to change; \"default\" follows the experiment bar.");
            return lines.join(QLatin1Char('\n'));
        }
        case Qt::DecorationRole:
            return cannot ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
        case Qt::ForegroundRole:
            return c.mode || cannot ? QVariant() : dimmed;
        case EffectiveModeRole: return modeName(outcome.result);
        case FollowsDefaultRole: return !c.mode;
        case ChoicesRole: {
            QVariantList list{choice(tr("default"), QString())};
            for (QuantMode m : {QuantMode::Float, QuantMode::Dynamic, QuantMode::Static, QuantMode::Qat, QuantMode::WeightOnly})
                if (canTake(layer, m))
                    list << choice(modeText(m), modeName(m));
            return list;
        }
        }
        return {};
    }
    // Weights and observer matter only for a layer that is quantized; the observer only where
    // activations are calibrated (not dynamic, which measures them at run time).
    const bool unused = outcome.result == QuantMode::Float
                        || (column == ObserverColumn && (outcome.result == QuantMode::Dynamic || outcome.result == QuantMode::WeightOnly));
    if (column == ObserverColumn) {
        const QString effective = c.observer.isEmpty() ? observerName(bar) : c.observer;
        switch (role) {
        case Qt::DisplayRole: return unused ? QStringLiteral("–") : shown(effective, c.observer.isEmpty());
        case Qt::EditRole: return c.observer;
        case Qt::ToolTipRole:
            return QString((unused ? tr("Not used: this layer's activations are not calibrated (%1).").arg(modeText(outcome.result))
                                   : tr("How this layer's activation range is chosen: %1.").arg(effective))
                           + QLatin1Char('\n') + tr("Double-click to change; \"default\" follows the experiment bar."));
        case Qt::ForegroundRole:
            return c.observer.isEmpty() || unused ? dimmed : QVariant();
        case FollowsDefaultRole: return c.observer.isEmpty();
        case ChoicesRole: {
            QVariantList list{choice(tr("default"), QString())};
            for (const char *o : {"minmax", "moving-average", "percentile:99.99", "mse"})
                list << choice(QString::fromLatin1(o), QString::fromLatin1(o));
            return list;
        }
        }
        return {};
    }
    if (outcome.result == QuantMode::WeightOnly)
        return rowBitsData(c, bar, role);
    // The scheme the layer really gets, which the plan may tie to another layer's setting.
    const WeightScheme own = c.weights.value_or(bar.weightScheme);
    const WeightScheme weights = plan.weights.value(layer.name, own);
    const QString tiedBecause = unused ? QString() : plan.weightsNotes.value(layer.name);
    switch (role) {
    case Qt::DisplayRole:
        if (unused)
            return QStringLiteral("–");
        return tiedBecause.isEmpty() ? shown(weightsText(weights), !c.weights) : weightsText(weights);
    case Qt::EditRole: return c.weights ? weightSchemeName(*c.weights) : QString();
    case Qt::ToolTipRole: {
        QStringList lines{unused ? tr("Not used: this layer stays float.") : tr("This layer's weight scheme: %1.").arg(weightsText(weights))};
        if (!tiedBecause.isEmpty())
            lines << tr("Its own setting (%1) is not used: %2.").arg(weightsText(own), tiedBecause);
        lines << tr("Double-click to change; \"default\" follows the experiment bar.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return tiedBecause.isEmpty() ? QVariant() : QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation));
    case Qt::ForegroundRole:
        return (c.weights || !tiedBecause.isEmpty()) && !unused ? QVariant() : dimmed;
    case FollowsDefaultRole: return !c.weights;
    case ChoicesRole: {
        QVariantList list{choice(tr("default"), QString())};
        for (WeightScheme w : {WeightScheme::PerChannelSymmetric, WeightScheme::PerTensorSymmetric,
                               WeightScheme::PerChannelAffine, WeightScheme::PerTensorAffine})
            list << choice(weightsText(w), weightSchemeName(w));
        return list;
    }
    }
    return {};
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const LayerInfo *layer = layerAt(index);
    if (layer && layer->kind.quantizable && index.column() >= ModeColumn && index.column() <= ObserverColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const LayerInfo *layer = layerAt(index);
    if (!layer || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (index.column() == ModeColumn) {
        if (text.isEmpty())
            return setLayerMode(layer->name, std::nullopt);
        const auto mode = modeFromName(text);
        return mode && setLayerMode(layer->name, *mode);
    }
    if (index.column() == ObserverColumn)
        return setLayerObserver(layer->name, text);
    if (index.column() == WeightsColumn) {
        if (layer->kind.kind == LayerKind::Embedding)
            return setLayerRowBits(layer->name, text);
        if (text.isEmpty())
            return setLayerWeights(layer->name, std::nullopt);
        const auto scheme = weightSchemeFromName(text);
        return scheme && setLayerWeights(layer->name, *scheme);
    }
    return false;
}

QVariant LayerTreeModel::graphData(const LayerInfo &layer, int role) const
{
    // A layer the run's table does not list (activations, norms, BatchNorms): what the converted
    // graph shows of it.
    const LayerResults &results = m_workbench->quantizationResults();
    if (!results.graph || layer.name.isEmpty())
        return {};
    const QuantCoverage &graph = *results.graph;
    QString text, tip;
    if (const auto it = graph.floatOps.constFind(layer.name); it != graph.floatOps.cend()) {
        QStringList ops;
        for (const QString &kind : *it)
            ops << kind.section(QLatin1String("::"), 1);
        text = tr("float: %1").arg(ops.join(QLatin1String(", ")));
        tip = tr("In the converted graph of experiment %1, %2 runs in float on dequantized tensors.")
                  .arg(results.experimentId).arg(ops.join(QLatin1String(", ")));
    } else if (layer.kind.can(LayerCapability::Folded)) {
        text = tr("folded");
        tip = tr("Folded into the convolution before it.");
    } else if (layer.kind.kind == LayerKind::Activation || layer.kind.kind == LayerKind::BatchNorm) {
        const bool staticRun = graph.quantizeOps > 0;
        text = staticRun ? tr("quantized") : tr("float");
        tip = staticRun ? tr("No float operation of this layer remains in the converted graph of experiment %1.")
                              .arg(results.experimentId)
                        : tr("Experiment %1 quantized dynamically: activations stay float.").arg(results.experimentId);
    } else {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return text;
    case Qt::ToolTipRole: return tip;
    case Qt::ForegroundRole: return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    default: return {};
    }
}

const LayerMetricRecord *LayerTreeModel::quantizationResult(const QString &layer) const
{
    const auto &rows = m_workbench->quantizationResults().rows;
    const auto it = rows.constFind(layer);
    return it == rows.cend() ? nullptr : &*it;
}

void LayerTreeModel::resultsChanged()
{
    if (!m_document || m_document->info().layers.isEmpty())
        return;
    // Every row's two result columns; the tree is small (hundreds of layers at most).
    for (int i = 0; i < m_document->info().layers.size(); ++i)
        Q_EMIT dataChanged(indexForLayer(i, ResultColumn), indexForLayer(i, SensitivityColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ResultColumn, SensitivityColumn);
}

QVariant LayerTreeModel::resultData(const LayerInfo &layer, int column, int role) const
{
    if (column == ResultColumn) {
        const LayerResults &results = m_workbench->quantizationResults();
        const auto it = results.rows.constFind(layer.name);
        if (it == results.rows.cend())
            return graphData(layer, role);
        const LayerMetricRecord &r = *it;
        const QString mode = modeText(r.mode);
        // Heat: 45 dB and above is clean, 15 dB and below hurts.
        const double heat = std::isfinite(r.sqnrDb) ? std::clamp((45.0 - r.sqnrDb) / 30.0, 0.0, 1.0) : qQNaN();
        switch (role) {
        case Qt::DisplayRole:
            if (std::isfinite(r.sqnrDb) && std::isfinite(r.weightSqnrDb))
                return tr("%1 · %2 dB · weights %3 dB").arg(mode, QLocale().toString(r.sqnrDb, 'f', 1),
                                                           QLocale().toString(r.weightSqnrDb, 'f', 1));
            if (std::isfinite(r.sqnrDb))
                return tr("%1 · %2 dB").arg(mode, QLocale().toString(r.sqnrDb, 'f', 1));
            return mode;
        case Qt::ToolTipRole: {
            QStringList lines{tr("Experiment %1: %2").arg(results.experimentId).arg(mode)};
            if (std::isfinite(r.sqnrDb))
                lines << tr("activation SQNR %1 dB").arg(r.sqnrDb, 0, 'f', 1);
            if (std::isfinite(r.weightSqnrDb))
                lines << tr("weight SQNR %1 dB, relative error %2%").arg(r.weightSqnrDb, 0, 'f', 1).arg(r.weightError * 100, 0, 'f', 3);
            if (!r.note.isEmpty())
                lines << r.note;
            return lines.join(QLatin1Char('\n'));
        }
        case HeatRole:
            return std::isnan(heat) ? QVariant() : QVariant(heat);
        case Qt::BackgroundRole:
            if (std::isnan(heat))
                return {};
            return QColor::fromHsvF((1.0 - heat) / 3.0, 0.55, 0.95, 0.35 + 0.4 * heat);
        case SortRole:
            return std::isfinite(r.sqnrDb) ? QVariant(r.sqnrDb) : QVariant();
        }
        return {};
    }
    const LayerResults &sweep = m_workbench->sensitivityResults();
    const auto it = sweep.rows.constFind(layer.name);
    if (it == sweep.rows.cend() || it->rank <= 0)
        return {};
    const LayerMetricRecord &r = *it;
    const int ranked = int(std::count_if(sweep.rows.cbegin(), sweep.rows.cend(), [](const LayerMetricRecord &l) { return l.rank > 0; }));
    const double heat = ranked > 1 ? 1.0 - double(r.rank - 1) / (ranked - 1) : 1.0;
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(r.sensitivity) ? tr("#%1 · %2%").arg(r.rank).arg(QLocale().toString(r.sensitivity * 100, 'f', 1))
                                            : tr("#%1").arg(r.rank);
    case Qt::ToolTipRole:
        return tr("Sensitivity rank %1 of %2 (sweep %3): the model scores %4% with this layer switched, SQNR %5 dB")
            .arg(r.rank).arg(ranked).arg(sweep.experimentId)
            .arg(r.sensitivity * 100, 0, 'f', 2).arg(r.sensitivitySqnrDb, 0, 'f', 1);
    case HeatRole:
        return heat;
    case Qt::BackgroundRole:
        return QColor::fromHsvF(0.0, 0.6 * heat, 0.95, 0.2 + 0.5 * heat);
    case SortRole:
        return r.rank;
    }
    return {};
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
    if (index.column() >= ModeColumn) {
        if (role == LayerIndexRole || role == QualifiedNameRole || role == QuantizableRole)
            return data(index.siblingAtColumn(NameColumn), role);
        if (index.column() <= ObserverColumn)
            return choiceData(*layer, index.column(), role);
        return resultData(*layer, index.column(), role);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return layer->name.isEmpty() ? tr("%1 (model)").arg(layer->type) : layer->displayName();
        case TypeColumn: return layer->type;
        case ParamsColumn: return formatCount(layer->totalParams, QLocale());
        case SizeColumn: return formatBytes(layer->totalBytes, QLocale());
        case QuantColumn: return capabilityText(layer->kind);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(
            (layer->name.isEmpty() ? tr("(model)") : layer->name).toHtmlEscaped(), layer->qualifiedType.toHtmlEscaped());
        if (!layer->kind.note.isEmpty())
            tip += QStringLiteral("<br>") + kindNoteText(layer->kind).toHtmlEscaped();
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
    case ModeColumn: return tr("Mode");
    case WeightsColumn: return tr("Weights");
    case ObserverColumn: return tr("Observer");
    case ResultColumn: {
        const qint64 id = m_workbench->quantizationResults().experimentId;
        return id > 0 ? tr("Result (#%1)").arg(id) : tr("Result");
    }
    case SensitivityColumn: {
        const qint64 id = m_workbench->sensitivityResults().experimentId;
        return id > 0 ? tr("Sensitivity (#%1)").arg(id) : tr("Sensitivity");
    }
    }
    return {};
}

} // namespace qb
