#pragma once

#include <QString>

namespace qb {

/// The form a model is timed, profiled and measured in: the way it ships. A float model is frozen and
/// optimized for inference; a quantized archive is saved, loaded back, frozen and optimized the same
/// way. The optimized form itself cannot be saved (LibTorch cannot load what optimize_for_inference
/// leaves), so the archive on disk stays portable and these lines give its fast form after loading.
QString deploymentSnippetPython(const QString &archive);
QString deploymentSnippetCpp(const QString &archive);

} // namespace qb
