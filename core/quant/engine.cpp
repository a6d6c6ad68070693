#include "quant/engine.h"

namespace qb {

namespace {
struct EngineName {
    QuantEngine engine;
    const char *name;
};
constexpr EngineName kEngineNames[] = {
    {QuantEngine::None, "none"},       {QuantEngine::OneDnn, "onednn"}, {QuantEngine::Qnnpack, "qnnpack"},
    {QuantEngine::Fbgemm, "fbgemm"},   {QuantEngine::X86, "x86"},
};
} // namespace

QString engineName(QuantEngine engine)
{
    for (const EngineName &e : kEngineNames)
        if (e.engine == engine)
            return QString::fromLatin1(e.name);
    return QStringLiteral("none");
}

std::optional<QuantEngine> engineFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const EngineName &e : kEngineNames)
        if (lower == QLatin1String(e.name))
            return e.engine;
    // PyTorch before 1.13 called oneDNN "mkldnn" in places.
    if (lower == QLatin1String("mkldnn"))
        return QuantEngine::OneDnn;
    return std::nullopt;
}

QStringList engineNames(const QList<QuantEngine> &engines)
{
    QStringList names;
    for (QuantEngine e : engines)
        names << engineName(e);
    return names;
}

} // namespace qb
