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

} // namespace qb
