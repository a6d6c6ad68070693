#pragma once

#include <QString>

#include <exception>

namespace qb {

/// Turns an exception thrown by LibTorch (c10::Error, torch::jit::ErrorReport, std::exception)
/// into one readable message: the first line of what() without the C++ backtrace LibTorch appends.
/// Any thread may call it.
QString describeException(const std::exception &e);

/// LibTorch prints each TORCH_WARN through glog every time it fires (qnnpack's dynamic Linear warns on
/// every call). Installs, for the calling thread (LibTorch's handler is per thread), a handler that
/// prints each distinct warning once, on one line. Idempotent; call at the start of work on a thread.
void installTorchWarningFilter();

/// Trims a long LibTorch message to its first meaningful line.
QString firstLineOf(const QString &message);

} // namespace qb
