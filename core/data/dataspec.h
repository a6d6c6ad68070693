#pragma once

#include <QJsonObject>
#include <QString>

namespace qb {

/// Where calibration or evaluation inputs come from. Plain data; any thread.
struct DataSpec {
    enum class Kind {
        Synthetic,  ///< seeded standard-normal inputs of the model's input shape (no labels)
        TensorFile, ///< torch.save of a tensor, or of an (inputs, labels) tuple
    };
    Kind kind = Kind::Synthetic;
    QString path;
    int batchSize = 32;
    int maxBatches = 8;  ///< at most this many batches are read (the calibration subset)
    quint64 seed = 0;

    bool isSynthetic() const { return kind == Kind::Synthetic; }
    QString describe() const; ///< "synthetic (8 x 32, seed 0)", "inputs.pt"

    QJsonObject toJson() const;
    static DataSpec fromJson(const QJsonObject &json, QString *error);
};

} // namespace qb
