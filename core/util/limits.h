#pragma once

#include <QString>

namespace qb {

struct InputSpec;

/// The bounds every count a user can type is checked against before work starts: beyond them a
/// run only adds waiting (threads past a few per core, timing runs past thousands) or cannot fit in
/// memory. Each check returns a sentence naming the option (`what`, e.g. "--threads" or
/// "benchmark.threads") and the accepted range, or an empty string. Any thread.
namespace limits {
inline constexpr int kMaxThreads = 256;       ///< intra-op threads
inline constexpr int kMaxRuns = 10000;        ///< timing runs
inline constexpr int kMaxBatch = 65536;       ///< samples per batch
inline constexpr int kMaxEpochs = 1000;       ///< QAT and zoo training epochs

QString checkThreads(int threads, const QString &what);
QString checkRuns(int runs, const QString &what);
QString checkBatch(int batch, const QString &what);
QString checkEpochs(int epochs, const QString &what);

/// Physical memory of this machine in bytes (sysconf); 0 when unknown.
qint64 physicalMemoryBytes();

/// Refuses a batch of `batch` samples whose input tensors alone would take more than half of this
/// machine's memory, before anything is allocated: names the inputs, the bytes and the memory.
QString checkBatchMemory(const InputSpec &input, qint64 batch);
} // namespace limits

/// Reads a share a user may write as a fraction or a percentage: "0.99", "99" and "99%" are all
/// 99%. Without a % sign, a value of at most 1 is a fraction and one above 1 a percentage (so "1"
/// means 100%). Returns the fraction in [0, 1], or -1 with *error naming `what` when the text is not
/// a finite number in range.
double parseShare(const QString &text, const QString &what, QString *error);

} // namespace qb
