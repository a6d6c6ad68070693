#include "choicedelegate.h"

#include <QComboBox>

namespace qb {

ChoiceDelegate::ChoiceDelegate(int choicesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(choicesRole)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QVariantList choices = index.data(m_role).toList();
    if (choices.isEmpty())
        return nullptr;
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("choiceEditor"));
    for (const QVariant &c : choices) {
        const QVariantMap m = c.toMap();
        box->addItem(m.value(QStringLiteral("text")).toString(), m.value(QStringLiteral("value")));
    }
    // Commit as soon as a choice is made, like a menu.
    connect(box, &QComboBox::activated, this, [this, box] {
        Q_EMIT const_cast<ChoiceDelegate *>(this)->commitData(box);
        Q_EMIT const_cast<ChoiceDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    const int i = box ? box->findData(index.data(Qt::EditRole).toString()) : -1;
    if (i >= 0)
        box->setCurrentIndex(i);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace qb
