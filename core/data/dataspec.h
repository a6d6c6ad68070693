#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

/// Where calibration or evaluation inputs come from. Plain data; any thread.
struct DataSpec {
    enum class Kind {
        Synthetic,  ///< seeded standard-normal inputs of the model's input shape (no labels)
        TensorFile, ///< torch.save of a tensor, a tuple of tensors (inputs..., labels) or a dict by input name
        TensorFolder, ///< a folder of such files, read in name order
        Idx,        ///< MNIST-style IDX images + labels: a folder (with `split`) or an images file
        ImageFolder, ///< one subfolder of images per class; classes sorted by name give the labels 0, 1, ...
        Csv,        ///< one sample per row: the features, then (optionally) an integer label; header optional
    };
    Kind kind = Kind::Synthetic;
    QString path;
    QString split = QStringLiteral("test"); ///< for an IDX folder: "train" or "test"
    bool shuffle = false;  ///< take a seeded random subset instead of the first samples
    double mean = 0.0;     ///< pixels are scaled to [0, 1] (CSV values are taken as they are), then (x - mean) / std
    double std = 1.0;
    /// One value per input channel (dimension 1 of the model's input), used instead of mean / std when
    /// set, e.g. ImageNet's {0.485, 0.456, 0.406} / {0.229, 0.224, 0.225}.
    QVector<double> channelMean;
    QVector<double> channelStd;
    /// Image folders: scale each image (covering the model's H x W) and centre-crop it. When false, an
    /// image of another size than the model takes is an error.
    bool resize = true;
    int batchSize = 32;
    int maxBatches = 8;  ///< at most this many batches are read (the calibration subset)
    quint64 seed = 0;

    bool isSynthetic() const { return kind == Kind::Synthetic; }
    QString describe() const; ///< "synthetic (8 x 32, seed 0)", "inputs.pt", "fashion-mnist test"

    QJsonObject toJson() const;
    static DataSpec fromJson(const QJsonObject &json, QString *error);

    /// Reads a data argument as the CLI takes it: "synthetic", "fashion-mnist" or "fashion-mnist:train",
    /// an MNIST-style folder (with `defaultSplit`), an image folder (one subfolder per class), an
    /// *-idx3-ubyte[.gz] file, a .csv file, or a torch.save'd tensor file. Batch size and count keep
    /// their defaults. Sets *error for a path that does not exist.
    static DataSpec fromArgument(const QString &text, const QString &defaultSplit, QString *error);

    /// Fashion-MNIST from Debian's dataset-fashion-mnist package.
    static DataSpec fashionMnist(const QString &split, int batchSize, int maxBatches);
};

} // namespace qb
