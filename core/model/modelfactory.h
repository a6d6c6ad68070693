#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

/// Builds models in C++ as TorchScript modules carrying PyTorch's own qualified class names (so
/// LibTorch's quantization passes recognise their layers) and saves them as archives that
/// torch.jit.load reads. Used by the benchmarks, the tests and the demo zoo. Any thread.

/// Variations of the MLP that exercise particular quantization problems.
struct MlpOptions {
    /// > 1 scales each hidden layer's output channels from 1 up to this factor and the next layer's
    /// inputs down to match: the same function, but weight channels whose ranges differ widely (what
    /// per-channel quantization is for).
    double channelSpread = 1.0;
    bool halfPrecision = false; ///< parameters stored as float16 (a model trained in mixed precision)
    /// A fragile layer: Linear number `outlierLayer` (from 1; 0 = none) gets one weight `outlierScale`
    /// times its largest, so per-tensor int8 rounds the rest of that layer's weights to a few levels.
    /// Past the first layer the outlier's input unit is silenced, so the float model is unaffected.
    int outlierLayer = 0;
    double outlierScale = 200.0;
};

/// An MLP: Linear(widths[0] -> widths[1]), ReLU, ..., Linear(widths[n-2] -> widths[n-1]).
/// Weights are seeded random (Kaiming-uniform like PyTorch's default). `metadata` is written as the
/// archive's quantbench.json when not empty. Returns false and sets *error on failure.
bool saveMlp(const QString &path, const QVector<int> &widths, quint64 seed, const QJsonObject &metadata,
             QString *error, const MlpOptions &options = {});

} // namespace qb
