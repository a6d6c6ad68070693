#pragma once

#include "data/dataspec.h"

#include <QString>

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
    bool valid = false;
    QString error;
};

/// Runs both models on the same batches (NoGrad, eval) and compares their outputs. Blocking; any
/// thread, but not concurrently on the same models. Never throws.
OutputAgreement compareOutputs(const ModelDocument &reference, const QuantizedModel &candidate, const DataSpec &data);
OutputAgreement compareOutputs(const ModelDocument &reference, const ModelDocument &candidate, const DataSpec &data);

} // namespace qb
