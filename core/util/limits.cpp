#include "util/limits.h"

#include "model/inputspec.h"
#include "util/fileutil.h"
#include "util/translation.h"

#include <cmath>
#include <unistd.h>

QB_DECLARE_TR_FUNCTIONS(qb::Limits)

namespace qb {

namespace limits {

namespace {

QString checkRange(qint64 value, qint64 minimum, qint64 maximum, const QString &what, const QString &why)
{
    if (value >= minimum && value <= maximum)
        return {};
    return tr("%1 takes a whole number from %2 to %3, not %4: %5").arg(what).arg(minimum).arg(maximum).arg(value).arg(why);
}

qint64 bytesPerElement(const QString &dtype)
{
    if (dtype == QLatin1String("float64") || dtype == QLatin1String("int64"))
        return 8;
    if (dtype == QLatin1String("float16") || dtype == QLatin1String("bfloat16") || dtype == QLatin1String("int16"))
        return 2;
    if (dtype == QLatin1String("int8") || dtype == QLatin1String("uint8") || dtype == QLatin1String("bool"))
        return 1;
    return 4;
}

} // namespace

QString checkThreads(int threads, const QString &what)
{
    return checkRange(threads, 1, kMaxThreads, what, tr("more threads than that only add scheduling overhead"));
}

QString checkRuns(int runs, const QString &what)
{
    return checkRange(runs, 1, kMaxRuns, what, tr("a median of more runs is no more precise, and takes hours"));
}

QString checkBatch(int batch, const QString &what)
{
    return checkRange(batch, 1, kMaxBatch, what, tr("split larger sets into more batches"));
}

QString checkEpochs(int epochs, const QString &what)
{
    return checkRange(epochs, 1, kMaxEpochs, what, tr("fine-tuning for longer belongs in a training script"));
}

qint64 physicalMemoryBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

QString checkBatchMemory(const InputSpec &input, qint64 batch)
{
    const qint64 memory = physicalMemoryBytes();
    if (memory <= 0 || !input.isValid())
        return {};
    // In long double: a hostile shape must not overflow on its way to the comparison.
    long double bytes = 0;
    for (const InputTensor &t : input.tensors) {
        long double elements = batch;
        for (int d = 1; d < t.shape.size(); ++d)
            elements *= t.shape[d];
        bytes += elements * bytesPerElement(t.dtype);
    }
    if (bytes <= memory / 2.0L)
        return {};
    return tr("A batch of %1 samples shaped %2 needs %3 for its inputs alone, more than half of this machine's %4: "
              "use a smaller batch or input shape.")
        .arg(batch)
        .arg(input.shapeText(), bytes > 1e18L ? tr("more than an exabyte") : formatBytes(qint64(bytes)), formatBytes(memory));
}

} // namespace limits

double parseShare(const QString &text, const QString &what, QString *error)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    bool ok = false;
    double value = t.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= 0) {
        if (percent || value > 1)
            value /= 100.0;
        if (value <= 1)
            return value;
    }
    if (error)
        *error = tr("%1 takes a share: 0.99, 99 or 99% (all mean 99%), between 0 and 100%; \"%2\" is not one.").arg(what, text);
    return -1;
}

} // namespace qb
