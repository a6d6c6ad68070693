#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

/// Builds models in C++ as TorchScript modules carrying PyTorch's own qualified class names (so
/// LibTorch's quantization passes recognise their layers) and saves them as archives that
/// torch.jit.load reads. Used by the benchmarks, the tests and the demo zoo. Any thread.

/// An MLP: Linear(widths[0] -> widths[1]), ReLU, ..., Linear(widths[n-2] -> widths[n-1]).
/// Weights are seeded random (Kaiming-uniform like PyTorch's default). `metadata` is written as the
/// archive's quantbench.json when not empty. `channelSpread` > 1 scales each hidden layer's output
/// channels from 1 up to that factor and the next layer's inputs down to match: the same function,
/// but weight channels whose ranges differ widely (what per-channel quantization is for).
/// `halfPrecision` stores the parameters as float16 (a model trained in mixed precision).
/// Returns false and sets *error on failure.
bool saveMlp(const QString &path, const QVector<int> &widths, quint64 seed, const QJsonObject &metadata,
             QString *error, double channelSpread = 1.0, bool halfPrecision = false);

} // namespace qb
