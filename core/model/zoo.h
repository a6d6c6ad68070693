#pragma once

#include "data/dataspec.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace qb {

/// The demo model zoo: models built in C++ as TorchScript modules the engine can quantize, trained on
/// Fashion-MNIST. Names: "cnn" (conv16-bn-relu-pool, conv32-bn-relu-pool, fc128, fc10), "mlp"
/// (784-256-128-10), "lstm" (image rows as 28 time steps, hidden 64), "transformer" (rows as tokens,
/// one 4-head encoder block of width 64), "bert" (token and position embeddings, two masked encoder
/// blocks of width 128, for the token task of data/tokentask.h: its TrainOptions come from
/// textTrainOptions()), "resnet18" (torchvision's ResNet-18 at 3x224x224 and 1000 classes, untrained:
/// for speed figures only, trainZooModel refuses it).
QStringList zooModelNames();

/// Builds an untrained zoo model and saves it (with quantbench.json: input shape, labels). Returns false
/// and sets *error for an unknown name or a file that cannot be written. Any thread.
bool buildZooModel(const QString &name, const QString &path, quint64 seed, QString *error);

struct TrainOptions {
    DataSpec train = DataSpec::fashionMnist(QStringLiteral("train"), 128, 1 << 30);
    DataSpec test = DataSpec::fashionMnist(QStringLiteral("test"), 256, 1 << 30);
    int epochs = 2;
    double learningRate = 1e-3;   ///< Adam
    quint64 seed = 0;
    int threads = 0;              ///< LibTorch intra-op threads while training; 0 = all cores
};

struct TrainReport {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QVector<double> epochSeconds;
    QVector<double> epochLoss;    ///< mean training loss per epoch
    double testTop1 = 0;
    int testSamples = 0;
    int threads = 0;
};

/// (epoch from 1, fraction of all training done, running loss)
using TrainProgress = std::function<void(int epoch, double fraction, double loss)>;

/// Builds and trains a zoo model with Adam and cross-entropy, evaluates it on the test split, and
/// saves it to `path` with the training figures in quantbench.json. Blocking; checks `cancel` every
/// batch (nothing is written when cancelled). Never throws.
TrainReport trainZooModel(const QString &name, const QString &path, const TrainOptions &options,
                          const TrainProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

/// Options that train and test the "bert" model on the token task (written to the data folder on
/// first use). Empty data paths and *error set when the task files cannot be written.
TrainOptions textTrainOptions(QString *error);

/// Where the trained zoo model for these options is cached in the user's data folder.
QString zooCachePath(const QString &name, const TrainOptions &options);

} // namespace qb
