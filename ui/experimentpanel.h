#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace qb {

class Workbench;

/// The configuration bar: preset, mode, weight scheme, observer, and Run. Every change goes to the
/// workbench, which turns the bar into a config; Run waits while the workbench's plan refuses the
/// config, with the reason next to it. Choices are remembered. GUI thread only.
class ExperimentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentPanel(Workbench *workbench, QWidget *parent = nullptr);

Q_SIGNALS:
    void runRequested();

private:
    void pushBar();
    void updateRunButton();

    Workbench *m_workbench;
    QComboBox *m_preset = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_weights = nullptr;
    QComboBox *m_observer = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace qb
