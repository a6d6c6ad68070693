#pragma once

#include "experiment/experimentspec.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qb {

class ModelDocument;

/// The Data dock: calibration and evaluation data (Fashion-MNIST, synthetic, or a folder or file the
/// user picks), how many samples of each, a random or first-N calibration subset, and the model's
/// input shape (shown, and overridable). Choices are remembered. GUI thread only.
class DataPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DataPanel(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const ModelDocument> document);
    /// Fills a spec's calibration, evaluation and input shape. Returns false and sets *error when a
    /// choice cannot be used (a path that no longer exists, a malformed shape).
    bool apply(ExperimentSpec *spec, QString *error) const;

private:
    void addCustomData(QComboBox *box);
    QComboBox *dataCombo(const QString &objectName, bool calibration);

    std::shared_ptr<const ModelDocument> m_document;
    QComboBox *m_calibration = nullptr;
    QSpinBox *m_calibrationSamples = nullptr;
    QCheckBox *m_random = nullptr;
    QComboBox *m_evaluation = nullptr;
    QSpinBox *m_evaluationSamples = nullptr;
    QLabel *m_input = nullptr;
    QLineEdit *m_inputShape = nullptr;
};

} // namespace qb
