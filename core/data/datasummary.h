#pragma once

#include "data/dataspec.h"
#include "model/inputspec.h"

#include <QString>
#include <QVector>

namespace qb {

/// What a data description yields for a model: read, checked and counted (the data panel and the
/// CLI use it to fail early with the data's own message).
struct DataSummary {
    bool ok = false;
    QString error;          ///< what is wrong and what to do
    int samples = 0;        ///< within the batch limit
    int batches = 0;
    bool labelled = false;
    int classes = 0;        ///< highest label + 1, when labelled
    QVector<qint64> sampleShape;
};

/// Reads the data as a job would. Blocking; any thread; never throws.
DataSummary summarizeData(const DataSpec &spec, const InputSpec &input);

} // namespace qb
