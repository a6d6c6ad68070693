#pragma once

#include "store/experimentstore.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace qb {

class Workbench;

/// The Samples tab: the evaluation images whose top-1 prediction changed between the float model and
/// a quantized one, each with its true class and both predictions. Reads the pictures from the
/// experiment's evaluation data (IDX images, in the order they were evaluated). GUI thread only.
class SampleBrowser final : public QWidget
{
    Q_OBJECT

public:
    /// Follows the workbench's selection.
    explicit SampleBrowser(Workbench *workbench, QWidget *parent = nullptr);

    /// Shows the first of these experiments that has flipped samples to show.
    void setExperiments(const QVector<ExperimentRecord> &experiments);
    int sampleCount() const;
    QString message() const;

private:
    bool show(const ExperimentRecord &r, QString *why);

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace qb
