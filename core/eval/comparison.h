#pragma once

#include "data/dataspec.h"
#include "model/inputspec.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

class ModelDocument;
class QuantizedModel;

/// How closely a candidate model's outputs follow a reference's on the same inputs.
struct OutputAgreement {
    int samples = 0;
    double sqnrDb = 0;          ///< 10 log10(signal power / error power) over all outputs
    double maxAbsError = 0;
    double cosine = 0;          ///< cosine similarity of the flattened outputs
    double top1Agreement = 0;   ///< share of samples whose arg-max output matches (classifiers)
    QVector<int> flipped;       ///< indices (in data order) of samples whose arg-max differs (read back: at most 1000)
    int flippedCount = 0;       ///< how many flipped, all of them
    QVector<QPair<int, int>> flippedPredictions; ///< (reference, candidate) class of each flipped sample
    bool valid = false;
    QString error;

    /// At most `maxFlipped` flipped indices (and their two predictions) are listed, with the full count.
    QJsonObject toJson(int maxFlipped = 1000) const;
    /// Reads what toJson wrote (valid when it holds a sample count).
    static OutputAgreement fromJson(const QJsonObject &json);
};

/// Classification accuracy on labelled data.
struct AccuracyResult {
    int samples = 0;
    double top1 = 0;
    double top5 = 0;
    QVector<double> perClass;           ///< top-1 accuracy of each true class (NaN-free: 0 when absent)
    QVector<QVector<int>> confusion;    ///< confusion[true][predicted]
    bool valid = false;
    /// Not valid because accuracy has no meaning here (unlabelled data, not a classifier), rather
    /// than because reading the data or running the model failed.
    bool notApplicable = false;
    QString error;

    QJsonObject toJson() const;
    static AccuracyResult fromJson(const QJsonObject &json);
};

/// Top-1/top-5 accuracy, per-class accuracy and confusion matrix of output `output` (0 for a model
/// returning one tensor; an element of a tuple or list output otherwise). Blocking; never throws.
AccuracyResult evaluateAccuracy(const ModelDocument &model, const DataSpec &data, int output = 0);
AccuracyResult evaluateAccuracy(const QuantizedModel &model, const InputSpec &input, const DataSpec &data, int output = 0);

/// Runs both models on the same batches (NoGrad, eval) and compares their outputs (output `output`
/// of tuple or list outputs). A half-precision reference runs in float32 (ModelDocument says why).
/// Blocking; any thread, but not concurrently on the same models. Never throws.
OutputAgreement compareOutputs(const ModelDocument &reference, const QuantizedModel &candidate, const DataSpec &data,
                               int output = 0);
OutputAgreement compareOutputs(const ModelDocument &reference, const ModelDocument &candidate, const DataSpec &data,
                               int output = 0);

} // namespace qb
