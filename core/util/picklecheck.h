#pragma once

#include <QString>

#include <cstddef>

namespace qb {

/// Walks a pickle's opcodes (protocols 0-5) without building anything and checks that every
/// length it declares fits in the bytes that are there. LibTorch's unpickler trusts those lengths:
/// a damaged or hostile record declaring a 4 GB string made it allocate and clear 4 GB before
/// finding the data missing (found by tests/fuzz/fuzz_data). Returns an empty string when the
/// pickle is well formed up to its STOP, otherwise what is wrong (English, for a cause line).
QString checkPickle(const char *data, size_t size);

} // namespace qb
