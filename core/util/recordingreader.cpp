#include "util/recordingreader_p.h"

#include "util/translation.h"

#include <QCoreApplication>

QB_DECLARE_TR_FUNCTIONS(qb::ModelDocument)

namespace qb {

RecordingReader::RecordingReader(const std::string &path)
    : m_file(path)
{
}

size_t RecordingReader::size() const
{
    return m_file.size();
}

size_t RecordingReader::read(uint64_t pos, void *buf, size_t n, const char *what) const
{
    const size_t got = m_file.read(pos, buf, n, what);
    m_filled[buf] = got;
    return got;
}

QString RecordingReader::checkTensor(const at::Tensor &t, const QString &name) const
{
    if (!t.defined() || !t.has_storage() || t.storage().data() == nullptr)
        return {};
    int64_t needed = 0;
    if (t.numel() > 0) {
        int64_t lastElement = t.storage_offset();
        for (int64_t d = 0; d < t.dim(); ++d)
            lastElement += (t.size(d) - 1) * t.stride(d);
        needed = (lastElement + 1) * int64_t(t.element_size());
    }
    const auto it = m_filled.find(t.storage().data());
    const int64_t held = it != m_filled.end() ? int64_t(it->second) : int64_t(t.storage().nbytes());
    if (held < needed)
        return tr("the tensor %1 declares %2 bytes of data but its record holds %3").arg(name).arg(needed).arg(held);
    return {};
}

QString RecordingReader::checkValue(const c10::IValue &value, const QString &name) const
{
    if (value.isTensor())
        return checkTensor(value.toTensor(), name);
    auto checkAll = [&](const auto &items) -> QString {
        int i = 0;
        for (const c10::IValue &item : items)
            if (QString problem = checkValue(item, QStringLiteral("%1[%2]").arg(name).arg(i++)); !problem.isEmpty())
                return problem;
        return {};
    };
    if (value.isTuple())
        return checkAll(value.toTupleRef().elements());
    if (value.isList())
        return checkAll(value.toListRef());
    if (value.isGenericDict()) {
        for (const auto &entry : value.toGenericDict()) {
            const QString key = entry.key().isString() ? QString::fromStdString(entry.key().toStringRef()) : name;
            if (QString problem = checkValue(entry.value(), key); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace qb
