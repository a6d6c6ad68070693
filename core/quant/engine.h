#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qb {

/// A quantized engine: the family of int8 kernels LibTorch runs a converted model with. Which ones a
/// build has is read at run time (supportedEngines() in env/environment.h), never assumed.
enum class QuantEngine {
    None,    ///< no quantized engine (LibTorch's "none")
    OneDnn,  ///< oneDNN (x86; LibTorch's "onednn")
    Qnnpack, ///< QNNPACK (ARM's fast path; a slow reference path on x86)
    Fbgemm,  ///< FBGEMM (x86 server CPUs)
    X86,     ///< LibTorch's "x86" (FBGEMM or oneDNN chosen per operator; newer builds)
};

/// LibTorch's lowercase name: "onednn", "qnnpack", ... The one spelling used in specs, the log and the CLI.
QString engineName(QuantEngine engine);
/// Reads a name case-insensitively ("oneDNN" too); nullopt for a name LibTorch does not know.
std::optional<QuantEngine> engineFromName(const QString &name);
QStringList engineNames(const QList<QuantEngine> &engines);

} // namespace qb
