#include "env/memory.h"

#include <QFile>

#include <malloc.h>

namespace qb {

namespace {

/// A "VmRSS:   1234 kB" line of /proc/self/status, in bytes.
qint64 statusField(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray key(field);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        const qint64 value = parts.value(0).toLongLong();
        return parts.value(1) == "kB" ? value * 1024 : value;
    }
    return 0;
}

} // namespace

qint64 residentBytes()
{
    return statusField("VmRSS:");
}

qint64 peakResidentBytes()
{
    return statusField("VmHWM:");
}

bool resetPeakResident()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

void tuneAllocator()
{
    if (qEnvironmentVariableIsSet("QB_DEFAULT_MALLOC")) // to compare against glibc's defaults
        return;
#ifdef M_MMAP_THRESHOLD
    // The largest threshold glibc accepts (32 MiB on 64-bit): tensors below it come from the heap.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    // And the heap is not trimmed back to the system until 1 GiB sits free at its top.
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
}

} // namespace qb
