#include "searchdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace qb {

SearchDialog::SearchDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search for an Accuracy Budget"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Starting from the experiment bar's config with every layer quantized, QuantBench keeps the "
                                "most sensitive layers in float until the budget holds, then tries to quantize them again. "
                                "Every trial is stored in the log."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_budgetKind = new QComboBox(this);
    m_budgetKind->setObjectName(QStringLiteral("budgetKindBox"));
    m_budgetKind->addItem(tr("Largest accuracy drop (points)"), QStringLiteral("drop"));
    m_budgetKind->addItem(tr("Smallest agreement with float (%)"), QStringLiteral("agreement"));
    form->addRow(tr("Budget:"), m_budgetKind);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetBox"));
    m_budget->setRange(0, 100);
    m_budget->setDecimals(2);
    form->addRow(tr("Value:"), m_budget);
    m_objective = new QComboBox(this);
    m_objective->setObjectName(QStringLiteral("objectiveBox"));
    m_objective->addItem(tr("Latency"), QStringLiteral("latency"));
    m_objective->addItem(tr("Size"), QStringLiteral("size"));
    form->addRow(tr("Objective:"), m_objective);
    m_maxTrials = new QSpinBox(this);
    m_maxTrials->setObjectName(QStringLiteral("maxTrialsBox"));
    m_maxTrials->setRange(1, 500);
    form->addRow(tr("At most trials:"), m_maxTrials);
    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(QStringLiteral("timeLimitBox"));
    m_timeLimit->setRange(0, 24 * 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSpecialValueText(tr("no limit"));
    form->addRow(tr("Time limit:"), m_timeLimit);
    m_ranking = new QComboBox(this);
    m_ranking->setObjectName(QStringLiteral("rankingBox"));
    m_ranking->addItem(tr("one layer quantized at a time"), QStringLiteral("one-on"));
    m_ranking->addItem(tr("one layer kept float at a time"), QStringLiteral("one-off"));
    form->addRow(tr("Rank layers by:"), m_ranking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Search"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QSettings s;
    m_budgetKind->setCurrentIndex(std::max(0, m_budgetKind->findData(s.value(QStringLiteral("search/budgetKind"), QStringLiteral("drop")))));
    m_budget->setValue(s.value(QStringLiteral("search/budget"), 0.5).toDouble());
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(s.value(QStringLiteral("search/objective"), QStringLiteral("latency")))));
    m_maxTrials->setValue(s.value(QStringLiteral("search/maxTrials"), 20).toInt());
    m_timeLimit->setValue(s.value(QStringLiteral("search/timeLimit"), 0).toInt());
    m_ranking->setCurrentIndex(std::max(0, m_ranking->findData(s.value(QStringLiteral("search/ranking"), QStringLiteral("one-on")))));
}

SearchOptions SearchDialog::options(const ExperimentSpec &spec) const
{
    SearchOptions o;
    o.spec = spec;
    if (m_budgetKind->currentData().toString() == QLatin1String("drop"))
        o.budget.maxAccuracyDrop = m_budget->value() / 100.0;
    else
        o.budget.minAgreement = m_budget->value() / 100.0;
    o.objective = m_objective->currentData().toString() == QLatin1String("size") ? SearchObjective::Size : SearchObjective::Latency;
    o.maxTrials = m_maxTrials->value();
    o.timeLimitSeconds = m_timeLimit->value();
    o.ranking = *sweepModeFromName(m_ranking->currentData().toString());
    return o;
}

void SearchDialog::accept()
{
    QSettings s;
    s.setValue(QStringLiteral("search/budgetKind"), m_budgetKind->currentData());
    s.setValue(QStringLiteral("search/budget"), m_budget->value());
    s.setValue(QStringLiteral("search/objective"), m_objective->currentData());
    s.setValue(QStringLiteral("search/maxTrials"), m_maxTrials->value());
    s.setValue(QStringLiteral("search/timeLimit"), m_timeLimit->value());
    s.setValue(QStringLiteral("search/ranking"), m_ranking->currentData());
    QDialog::accept();
}

} // namespace qb
