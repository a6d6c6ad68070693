#pragma once

#include <QString>

#include <exception>

namespace qb {

/// Turns an exception thrown by LibTorch (c10::Error, torch::jit::ErrorReport, std::exception)
/// into one readable message: the first line of what() without the C++ backtrace LibTorch appends.
/// Any thread may call it.
QString describeException(const std::exception &e);

/// Trims a long LibTorch message to its first meaningful line.
QString firstLineOf(const QString &message);

} // namespace qb
