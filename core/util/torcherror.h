#pragma once

#include <QPair>
#include <QString>

#include <exception>

namespace qb {

/// Turns an exception thrown by LibTorch (c10::Error, torch::jit::ErrorReport, std::exception)
/// into one readable line. For a failure inside the TorchScript interpreter that is the final error
/// with the op that raised it and where: "Given groups=1, ... (F.conv2d at conv.py:459, called from
/// model.py:464)"; otherwise the first line of what(), without the C++ backtrace. Any thread.
QString describeException(const std::exception &e);

/// LibTorch's whole report when it has more than one line (the TorchScript tracebacks of the
/// serialized and the original code, and the final error), without the C++ backtrace; else empty.
QString exceptionCause(const std::exception &e);

/// A user-facing error: the sentence (which says what failed and what to do), then, after a blank
/// line, LibTorch's whole report when it has one. Shown whole in the CLI and the job log; the GUI
/// shows the sentence and puts the rest in its details (splitCause()).
QString withCause(const QString &sentence, const std::exception &e);

/// Splits an error made by withCause() into the sentence and the cause (empty when it has none).
QPair<QString, QString> splitCause(const QString &error);

/// LibTorch prints each TORCH_WARN through glog every time it fires (qnnpack's dynamic Linear warns on
/// every call). Installs, for the calling thread (LibTorch's handler is per thread), a handler that
/// prints each distinct warning once, on one line. Idempotent; call at the start of work on a thread.
void installTorchWarningFilter();

/// Trims a long LibTorch message to its first meaningful line.
QString firstLineOf(const QString &message);

} // namespace qb
