#pragma once

#include <QString>
#include <QStringList>

namespace qb {

/// A text-classification task made in C++, because no Debian package ships a text data set small
/// and labelled enough for the demo. Samples are 32 token ids (1..999, padding 0 after a length of
/// 8..32) with an attention mask; 40% of a sample's tokens come from one of four id ranges
/// ([1,250) [250,500) [500,750) [750,1000)) and the rest uniformly from the whole vocabulary; the
/// label is the range most of its real tokens fall in (ties: the lower). A model must look at every
/// unmasked token to learn it. The same rule makes tests/fixtures/bert_tokens.pt.
namespace tokentask {
inline constexpr int kVocab = 1000;
inline constexpr int kLength = 32;
QStringList labels();

/// Writes `samples` samples drawn with `seed` as torch.save would a dict {"input_ids": int64 [N, 32],
/// "attention_mask": int64 [N, 32], "labels": int64 [N]}. Returns false and sets *error when the
/// file cannot be written. Any thread.
bool write(const QString &path, int samples, quint64 seed, QString *error);

/// The task's split ("train": 8192 samples, seed 1; "test": 2048 samples, seed 2) in the user's data
/// folder, written on first use. Empty and *error set when it cannot be written.
QString file(const QString &split, QString *error);
} // namespace tokentask

} // namespace qb
