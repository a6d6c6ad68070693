#include "experimentpanel.h"

#include "env/environment.h"
#include "model/modeldocument.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

namespace qb {


ExperimentPanel::ExperimentPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("experimentPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto add = [&](const QString &label, QWidget *w) {
        layout->addWidget(new QLabel(label, this));
        layout->addWidget(w);
    };
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetBox"));
    m_preset->addItem(tr("custom"), QString());
    for (const QuantEngine engine : supportedEngines())
        m_preset->addItem(tr("%1 defaults").arg(engineName(engine)), engineName(engine));
    m_preset->setToolTip(tr("PyTorch's default qconfig for an engine: its weight scheme and observer, and the engine itself"));
    add(tr("Preset"), m_preset);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeBox"));
    m_mode->addItem(tr("static"), QStringLiteral("static"));
    m_mode->addItem(tr("dynamic"), QStringLiteral("dynamic"));
    m_mode->addItem(tr("hybrid (static conv, dynamic Linear)"), QStringLiteral("hybrid"));
    m_mode->addItem(tr("QAT (100 steps)"), QStringLiteral("qat"));
    add(tr("Mode"), m_mode);
    m_weights = new QComboBox(this);
    m_weights->setObjectName(QStringLiteral("weightsBox"));
    m_weights->addItem(tr("per-channel"), QStringLiteral("per-channel-symmetric"));
    m_weights->addItem(tr("per-tensor"), QStringLiteral("per-tensor-symmetric"));
    add(tr("Weights"), m_weights);
    m_observer = new QComboBox(this);
    m_observer->setObjectName(QStringLiteral("observerBox"));
    for (const char *o : {"mse", "minmax", "moving-average", "percentile:99.99"})
        m_observer->addItem(QString::fromLatin1(o), QString::fromLatin1(o));
    add(tr("Observer"), m_observer);
    layout->addStretch(1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_run = new QPushButton(tr("Run experiment"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Quantize, evaluate against the float model and record the result (Ctrl+R)"));
    layout->addWidget(m_run);
    connect(m_run, &QPushButton::clicked, this, &ExperimentPanel::runRequested);

    // Remember the last choices.
    QSettings settings;
    for (QComboBox *box : {m_mode, m_weights, m_observer}) {
        const int index = box->findData(settings.value(QStringLiteral("experiment/") + box->objectName()));
        if (index >= 0)
            box->setCurrentIndex(index);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            QSettings().setValue(QStringLiteral("experiment/") + box->objectName(), box->currentData());
            pushBar();
        });
    }
    connect(m_preset, &QComboBox::activated, this, [this] {
        const auto engine = engineFromName(m_preset->currentData().toString());
        if (!engine)
            return;
        const QuantConfig preset = QuantConfig::preset(*engine);
        m_weights->setCurrentIndex(std::max(0, m_weights->findData(weightSchemeName(preset.defaults.weightScheme))));
        m_observer->setCurrentIndex(std::max(0, m_observer->findData(observerName(preset.defaults))));
        m_workbench->setEngine(*engine);
    });
    // Changing a setting by hand makes the config custom again.
    for (QComboBox *box : {m_weights, m_observer})
        connect(box, &QComboBox::activated, this, [this] { m_preset->setCurrentIndex(0); });
    connect(workbench, &Workbench::documentChanged, this, &ExperimentPanel::updateRunButton);
    connect(workbench, &Workbench::planProblemChanged, this, [this](const QString &problem) {
        m_problem->setToolTip(problem);
        m_problem->setVisible(!problem.isEmpty());
        updateRunButton();
    });
    pushBar();
    updateRunButton();
}

void ExperimentPanel::pushBar()
{
    BarChoice bar;
    bar.mode = experimentModeFromName(m_mode->currentData().toString()).value_or(ExperimentMode::Static);
    bar.weights = weightSchemeFromName(m_weights->currentData().toString()).value_or(WeightScheme::PerChannelSymmetric);
    bar.observer = m_observer->currentData().toString();
    m_workbench->setBar(bar);
}

void ExperimentPanel::updateRunButton()
{
    const auto document = m_workbench->document();
    const bool runnable = document && document->info().unsupportedReason.isEmpty() && document->info().input.isValid();
    const QString problem = m_workbench->plan().problem;
    m_run->setEnabled(runnable && problem.isEmpty());
    if (document && !document->info().unsupportedReason.isEmpty())
        m_run->setToolTip(document->info().unsupportedReason);
    else if (document && !runnable)
        m_run->setToolTip(tr("The model's input shape is unknown"));
    else if (!problem.isEmpty())
        m_run->setToolTip(problem);
    else
        m_run->setToolTip(tr("Quantize, evaluate against the float model and record the result (Ctrl+R)"));
}

} // namespace qb
