#pragma once

#include <QJsonObject>
#include <QString>

namespace qb {

/// Where calibration or evaluation inputs come from. Plain data; any thread.
struct DataSpec {
    enum class Kind {
        Synthetic,  ///< seeded standard-normal inputs of the model's input shape (no labels)
        TensorFile, ///< torch.save of a tensor, or of an (inputs, labels) tuple
        Idx,        ///< MNIST-style IDX images + labels: a folder (with `split`) or an images file
    };
    Kind kind = Kind::Synthetic;
    QString path;
    QString split = QStringLiteral("test"); ///< for an IDX folder: "train" or "test"
    bool shuffle = false;  ///< take a seeded random subset instead of the first samples
    double mean = 0.0;     ///< pixels are scaled to [0, 1], then (x - mean) / std
    double std = 1.0;
    int batchSize = 32;
    int maxBatches = 8;  ///< at most this many batches are read (the calibration subset)
    quint64 seed = 0;

    bool isSynthetic() const { return kind == Kind::Synthetic; }
    QString describe() const; ///< "synthetic (8 x 32, seed 0)", "inputs.pt", "fashion-mnist test"

    QJsonObject toJson() const;
    static DataSpec fromJson(const QJsonObject &json, QString *error);

    /// Reads a data argument as the CLI takes it: "synthetic", "fashion-mnist" or "fashion-mnist:train",
    /// an MNIST-style folder (with `defaultSplit`), an *-idx3-ubyte[.gz] file, or a torch.save'd tensor
    /// file. Batch size and count keep their defaults. Sets *error for a path that does not exist.
    static DataSpec fromArgument(const QString &text, const QString &defaultSplit, QString *error);

    /// Fashion-MNIST from Debian's dataset-fashion-mnist package.
    static DataSpec fashionMnist(const QString &split, int batchSize, int maxBatches);
};

} // namespace qb
