#pragma once
// Core-internal: weight-only quantization of embeddings. Neither LibTorch's graph passes nor PyTorch's
// quantize_jit convert aten::embedding, and the one path that converts aten::embedding_bag passes the
// bag's mode to kernels that always sum (a mean bag silently becomes a sum). This rewrites each lookup
// of a planned embedding's weight to LibTorch's row-wise kernels over packed int8 (or int4) rows:
// quantized::embedding_bag_{byte,4bit}_rowwise_offsets, with per-sample weights standing in for the
// mean and for padding_idx.

#include <QString>
#include <QStringList>
#include <QVector>

#include <torch/script.h>

namespace qb::detail {

struct EmbeddingTarget {
    QString layer;       ///< qualified module name
    at::Tensor weight;   ///< its float weight, to find its lookups among the frozen graph's constants
    int bits = 8;        ///< 8 or 4
};

struct EmbeddingRewriteResult {
    QString layer;
    bool rewritten = false;
    int bits = 8;        ///< what the rows were packed to (4-bit falls back to 8 for an odd width)
    QString reason;      ///< why the layer stays float, when it does
    QStringList notes;   ///< what the reader of the report should know (fallbacks, emulated modes)
};

/// Rewrites the lookups of each target's weight in a frozen (inlined) module, in place.
QVector<EmbeddingRewriteResult> rewriteFrozenEmbeddings(torch::jit::Module &frozen, const QVector<EmbeddingTarget> &targets);

} // namespace qb::detail
