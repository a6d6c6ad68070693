#pragma once

#include "store/experimentstore.h"

#include <QAbstractTableModel>

#include <optional>

namespace qb {

/// The experiment log as a table, fetched from SQLite a page at a time (views ask for more as they
/// scroll), sorted and filtered by the database. Reads through a connection it is given (the
/// workbench's, on the GUI thread) and does not own.
class ExperimentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn, LabelColumn, ModelColumn, KindColumn, ModeColumn, EngineColumn, StatusColumn, StartedColumn,
        SizeColumn, SizeRatioColumn, LatencyColumn, LatencyP90Column, SpeedupColumn, AccuracyColumn,
        AccuracyDeltaColumn, AgreementColumn, SqnrColumn, ColumnCount
    };
    enum Role { IdRole = Qt::UserRole };
    static constexpr int kPageSize = 200;

    explicit ExperimentTableModel(QObject *parent = nullptr);
    ~ExperimentTableModel() override;

    /// Shows this log (nullptr: none); `store` must outlive the model or be replaced first.
    void setStore(ExperimentStore *store);
    QString logPath() const;
    ExperimentStore *store() { return m_store; }

    /// Filters: text in label or model path, exact mode/engine/kind, started on or after a date (ISO).
    void setFilter(const QString &text, std::optional<ExperimentMode> mode, std::optional<QuantEngine> engine,
                   std::optional<ExperimentKind> kind,
                   const QString &startedAfter);
    /// Reads the first page again (after a run or a deletion).
    void refresh();

    /// Matching rows in the log, fetched or not.
    int totalCount() const { return m_total; }
    const ExperimentRecord *recordAt(int row) const;
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    ExperimentStore *m_store = nullptr;
    ExperimentStore::Query m_query;
    QVector<ExperimentRecord> m_rows;
    int m_total = 0;
    bool m_resetting = false; ///< a reset or insertion is being announced
};

} // namespace qb
