#pragma once

#include <QtGlobal>

namespace qb {

/// Resident memory of this process, read from /proc/self/status (Linux). 0 when unknown.
qint64 residentBytes();

/// The peak resident memory since the last resetPeakResident() (or since the process started).
qint64 peakResidentBytes();

/// Starts a new peak measurement (writes 5 to /proc/self/clear_refs). Returns false when the kernel
/// does not allow it; peakResidentBytes() then reports the process's lifetime peak.
bool resetPeakResident();

/// Keeps freed tensor memory in the process instead of returning it to the system after every
/// batch: glibc's defaults unmap large blocks on free, and a forward pass then page-faults its
/// activations back in each time (measured: 6x slower evaluation, most of it system time). Call
/// once at startup, before threads start.
void tuneAllocator();

} // namespace qb
