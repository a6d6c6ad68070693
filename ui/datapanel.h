#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace qb {

class Workbench;

/// The Data dock: calibration and evaluation data (Fashion-MNIST, synthetic, or a folder or file the
/// user picks), how many samples of each, a random or first-N calibration subset, and the model's
/// inputs, one row each (name, shape, dtype, what values it takes), with an override. Every change goes to the workbench; choices are
/// remembered. GUI thread only.
class DataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataPanel(Workbench *workbench, QWidget *parent = nullptr);

private:
    void pushData();
    void showInput();
    void addCustomData(QComboBox *box, bool file);
    QComboBox *dataCombo(const QString &objectName, bool calibration);

    Workbench *m_workbench;
    QComboBox *m_calibration = nullptr;
    QSpinBox *m_calibrationSamples = nullptr;
    QCheckBox *m_random = nullptr;
    QComboBox *m_evaluation = nullptr;
    QSpinBox *m_evaluationSamples = nullptr;
    QTableWidget *m_inputs = nullptr; ///< one row per input tensor
    QLabel *m_input = nullptr;        ///< where the input spec came from
    QLineEdit *m_inputShape = nullptr;
};

} // namespace qb
