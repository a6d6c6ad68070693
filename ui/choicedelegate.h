#pragma once

#include <QStyledItemDelegate>

namespace qb {

/// Edits a cell with a combo box of the choices its model offers under a role (a QVariantList of
/// {"text", "value"} maps); the chosen value is written back with Qt::EditRole.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const int m_role;
};

} // namespace qb
