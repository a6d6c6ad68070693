#pragma once

#include "experiment/search.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace qb {

/// Asks for an accuracy-budget search's budget, objective and limits; remembers the last answers.
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(QWidget *parent = nullptr);

    /// The options for a search starting from `spec`.
    SearchOptions options(const ExperimentSpec &spec) const;

    void accept() override;

private:
    QComboBox *m_budgetKind = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QComboBox *m_objective = nullptr;
    QSpinBox *m_maxTrials = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QComboBox *m_ranking = nullptr;
};

} // namespace qb
