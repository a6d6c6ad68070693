#pragma once

#include "experiment/experimentspec.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace qb {

class ModelDocument;

/// The configuration bar: mode, weight scheme, observer, and Run. Builds the quantization part of an
/// ExperimentSpec for the current model and engine (the Data dock adds the data). GUI thread only.
class ExperimentPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentPanel(QWidget *parent = nullptr);

    /// Enables Run for a model that can be quantized; nullptr disables it.
    void setDocument(std::shared_ptr<const ModelDocument> document);
    /// Why the current config (the bar with the layer tree's choices) cannot run; empty when it can.
    /// Shown next to Run, which waits until the config is fixed.
    void setPlanProblem(const QString &problem);
    /// The spec for the current choices. `engine` is the status bar's.
    ExperimentSpec spec(QuantEngine engine) const;

Q_SIGNALS:
    void runRequested();
    /// A preset was picked: the engine it is for (the window's engine follows).
    void engineChosen(qb::QuantEngine engine);
    /// Mode, weight scheme or observer changed: what "default" means per layer changed with it.
    void configChanged();

private:
    std::shared_ptr<const ModelDocument> m_document;
    QComboBox *m_preset = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_weights = nullptr;
    QComboBox *m_observer = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_problem = nullptr;
    void updateRunButton();
};

} // namespace qb
