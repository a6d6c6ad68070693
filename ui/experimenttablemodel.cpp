#include "experimenttablemodel.h"

#include "util/fileutil.h"

#include <QColor>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace qb {

namespace {

ExperimentStore::SortKey sortKeyFor(int column)
{
    using K = ExperimentStore::SortKey;
    switch (column) {
    case ExperimentTableModel::LabelColumn: return K::Label;
    case ExperimentTableModel::ModelColumn: return K::Model;
    case ExperimentTableModel::KindColumn: return K::Kind;
    case ExperimentTableModel::ModeColumn: return K::Mode;
    case ExperimentTableModel::EngineColumn: return K::Engine;
    case ExperimentTableModel::StatusColumn: return K::Status;
    case ExperimentTableModel::StartedColumn: return K::StartedAt;
    case ExperimentTableModel::SizeColumn: return K::Size;
    case ExperimentTableModel::SizeRatioColumn: return K::SizeRatio;
    case ExperimentTableModel::LatencyColumn: return K::LatencyMedian;
    case ExperimentTableModel::LatencyP90Column: return K::LatencyP90;
    case ExperimentTableModel::SpeedupColumn: return K::Speedup;
    case ExperimentTableModel::AccuracyColumn: return K::Accuracy;
    case ExperimentTableModel::AccuracyDeltaColumn: return K::AccuracyDelta;
    case ExperimentTableModel::AgreementColumn: return K::Agreement;
    case ExperimentTableModel::SqnrColumn: return K::SqnrDb;
    default: return K::Id;
    }
}

QVariant numberText(double v, int decimals, double scale = 1.0, const QString &suffix = QString())
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (std::isinf(v))
        return QStringLiteral("∞");
    return QString(QLocale().toString(v * scale, 'f', decimals) + suffix);
}

} // namespace

ExperimentTableModel::ExperimentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.sort = ExperimentStore::SortKey::Id;
    m_query.descending = true; // newest first
    m_query.limit = kPageSize;
}

ExperimentTableModel::~ExperimentTableModel() = default;

void ExperimentTableModel::setStore(ExperimentStore *store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_total = 0;
    endResetModel();
    if (m_store)
        refresh();
}

QString ExperimentTableModel::logPath() const
{
    return m_store ? m_store->path() : QString();
}

void ExperimentTableModel::setFilter(const QString &text, std::optional<ExperimentMode> mode,
                                     std::optional<QuantEngine> engine, std::optional<ExperimentKind> kind,
                                     const QString &startedAfter)
{
    m_query.text = text;
    m_query.mode = mode;
    m_query.engine = engine;
    m_query.kind = kind;
    m_query.startedAfter = startedAfter;
    refresh();
}

void ExperimentTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_store) {
        m_query.offset = 0;
        m_rows = m_store->listExperiments(m_query);
        m_total = m_store->countExperiments(m_query);
    }
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

const ExperimentRecord *ExperimentTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ExperimentTableModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ExperimentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ExperimentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ExperimentTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Views that ask for more while a reset or an insertion is being announced would fetch the same
    // page twice.
    return !parent.isValid() && m_store && !m_resetting && m_rows.size() < m_total;
}

void ExperimentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ExperimentStore::Query page = m_query;
    page.offset = m_rows.size();
    const QVector<ExperimentRecord> more = m_store->listExperiments(page);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the log shrank under us (another process deleted rows)
        return;
    }
    m_resetting = true; // likewise while the insertion is announced
    beginInsertRows({}, m_rows.size(), m_rows.size() + more.size() - 1);
    m_rows += more;
    endInsertRows();
    m_resetting = false;
}

void ExperimentTableModel::sort(int column, Qt::SortOrder order)
{
    m_query.sort = sortKeyFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

QVariant ExperimentTableModel::data(const QModelIndex &index, int role) const
{
    const ExperimentRecord *r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= SizeColumn || index.column() == IdColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && !r->error.isEmpty())
            return r->error;
        if (index.column() == ModelColumn)
            return r->modelPath;
        if (index.column() == LabelColumn)
            return r->label;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && r->status == ExperimentStatus::Failed)
        return QColor(Qt::red);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return r->id;
    case LabelColumn: return r->label;
    case ModelColumn: return QFileInfo(r->modelPath).fileName();
    case KindColumn: return kindText(r->kind);
    case ModeColumn: return experimentModeText(r->mode);
    case EngineColumn: return engineName(r->engine);
    case StatusColumn: return statusText(r->status);
    case StartedColumn:
        return QLocale().toString(QDateTime::fromString(r->startedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    case SizeColumn: return std::isnan(r->sizeBytes) ? QVariant(QStringLiteral("–")) : QVariant(formatBytes(qint64(r->sizeBytes), QLocale()));
    case SizeRatioColumn: return numberText(r->sizeRatio(), 3, 1.0, QStringLiteral("×"));
    case LatencyColumn: return numberText(r->latencyMedianMs, 3);
    case LatencyP90Column: return numberText(r->latencyP90Ms, 3);
    case SpeedupColumn: return numberText(r->speedup, 2, 1.0, QStringLiteral("×"));
    case AccuracyColumn: return numberText(r->accuracy, 2, 100);
    case AccuracyDeltaColumn:
        return std::isnan(r->accuracyDelta) ? numberText(r->accuracyDelta, 2)
                                            : QVariant((r->accuracyDelta > 0 ? QStringLiteral("+") : QString())
                                                       + QLocale().toString(r->accuracyDelta * 100, 'f', 2));
    case AgreementColumn: return numberText(r->agreement, 2, 100);
    case SqnrColumn: return numberText(r->sqnrDb, 1);
    }
    return {};
}

QVariant ExperimentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("ID");
    case LabelColumn: return tr("Label");
    case ModelColumn: return tr("Model");
    case KindColumn: return tr("Kind");
    case ModeColumn: return tr("Mode");
    case EngineColumn: return tr("Engine");
    case StatusColumn: return tr("Status");
    case StartedColumn: return tr("Started");
    case SizeColumn: return tr("Size");
    case SizeRatioColumn: return role == Qt::ToolTipRole ? tr("Size against the float model's file") : tr("Size ratio");
    case LatencyColumn: return role == Qt::ToolTipRole ? tr("Median latency in milliseconds") : tr("Latency ms");
    case LatencyP90Column: return role == Qt::ToolTipRole ? tr("90th percentile latency in milliseconds") : tr("p90 ms");
    case SpeedupColumn: return role == Qt::ToolTipRole ? tr("Against the faster float form (as loaded or optimized)") : tr("Speedup");
    case AccuracyColumn: return tr("Accuracy %");
    case AccuracyDeltaColumn: return role == Qt::ToolTipRole ? tr("Change against float, in points") : tr("Change");
    case AgreementColumn: return role == Qt::ToolTipRole ? tr("Share of predictions equal to the float model's") : tr("Agreement %");
    case SqnrColumn: return role == Qt::ToolTipRole ? tr("Output signal-to-quantization-noise ratio") : tr("SQNR dB");
    }
    return {};
}

} // namespace qb
