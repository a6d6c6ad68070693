#pragma once

#include "data/idxfile.h"
#include "eval/comparison.h"
#include "store/experimentstore.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace qb {

class Workbench;

/// What a worker read for the browser: the images, their labels, or why not.
struct SamplePictures {
    IdxFile images;
    IdxFile labels;
    QString error;
};

/// The Samples tab: the evaluation images whose top-1 prediction changed between the float model and
/// a quantized one, each with its true class and both predictions. Reads the pictures from the
/// experiment's evaluation data (IDX images, in the order they were evaluated), read on a worker thread.
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
    void showPictures(const ExperimentRecord &r, const OutputAgreement &agreement, const SamplePictures &pictures, bool fashion);

    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    int m_generation = 0; ///< which selection a finished read belongs to
};

} // namespace qb
