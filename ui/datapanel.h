#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qb {

class Workbench;

/// The Data dock: calibration and evaluation data (Fashion-MNIST, synthetic, or a folder or file the
/// user picks), how many samples of each, a random or first-N calibration subset, and the model's
/// input shape (shown, and overridable). Every change goes to the workbench; choices are
/// remembered. GUI thread only.
class DataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataPanel(Workbench *workbench, QWidget *parent = nullptr);

private:
    void pushData();
    void showInput();
    void addCustomData(QComboBox *box);
    QComboBox *dataCombo(const QString &objectName, bool calibration);

    Workbench *m_workbench;
    QComboBox *m_calibration = nullptr;
    QSpinBox *m_calibrationSamples = nullptr;
    QCheckBox *m_random = nullptr;
    QComboBox *m_evaluation = nullptr;
    QSpinBox *m_evaluationSamples = nullptr;
    QLabel *m_input = nullptr;
    QLineEdit *m_inputShape = nullptr;
};

} // namespace qb
