#include "util/picklecheck.h"

#include <cstdint>
#include <cstring>

namespace qb {

namespace {

/// How an opcode's argument is laid out.
enum class Arg { None, Fixed, Line, TwoLines, Length, Unknown };

struct Layout {
    Arg arg = Arg::Unknown;
    int width = 0; ///< bytes of the fixed argument, or of the length field
};

Layout layoutOf(unsigned char op)
{
    switch (op) {
    // No argument.
    case '(': case '.': case '0': case '1': case '2': case 'N': case '}': case 'a': case 'b': case 'd':
    case ']': case 'e': case 'l': case 't': case ')': case 's': case 'u': case 'Q': case 'R': case 'o':
    case 0x88: case 0x89: case 0x85: case 0x86: case 0x87: case 0x81: case 0x8f: case 0x90: case 0x91:
    case 0x92: case 0x93: case 0x94: case 0x97: case 0x98:
        return {Arg::None, 0};
    // Fixed-width arguments.
    case 'K': case 'h': case 'q': case 0x80: case 0x82: return {Arg::Fixed, 1};
    case 'M': case 0x83: return {Arg::Fixed, 2};
    case 'J': case 'j': case 'r': case 0x84: return {Arg::Fixed, 4};
    case 'G': case 0x95: return {Arg::Fixed, 8};
    // Text up to a newline (protocol 0).
    case 'I': case 'L': case 'F': case 'S': case 'V': case 'P': case 'g': case 'p': return {Arg::Line, 0};
    case 'c': case 'i': return {Arg::TwoLines, 0};
    // A length, then that many bytes.
    case 'U': case 'C': case 0x8c: case 0x8a: return {Arg::Length, 1};
    case 'T': case 'B': case 'X': case 0x8b: return {Arg::Length, 4};
    case 0x8d: case 0x8e: case 0x96: return {Arg::Length, 8};
    default: return {Arg::Unknown, 0};
    }
}

uint64_t littleEndian(const unsigned char *p, int width)
{
    uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

} // namespace

QString checkPickle(const char *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    size_t pos = 0;
    auto skipLine = [&]() {
        const void *newline = std::memchr(bytes + pos, '\n', size - pos);
        if (!newline)
            return false;
        pos = size_t(static_cast<const unsigned char *>(newline) - bytes) + 1;
        return true;
    };
    while (pos < size) {
        const unsigned char op = bytes[pos];
        const size_t at = pos++;
        const Layout layout = layoutOf(op);
        switch (layout.arg) {
        case Arg::None:
            if (op == '.')
                return {};
            break;
        case Arg::Fixed:
            if (size - pos < size_t(layout.width))
                return QStringLiteral("the pickle ends inside the argument of opcode 0x%1 at byte %2")
                    .arg(op, 2, 16, QLatin1Char('0')).arg(at);
            pos += size_t(layout.width);
            break;
        case Arg::Line:
        case Arg::TwoLines:
            if (!skipLine() || (layout.arg == Arg::TwoLines && !skipLine()))
                return QStringLiteral("the pickle ends inside a text argument at byte %1").arg(at);
            break;
        case Arg::Length: {
            if (size - pos < size_t(layout.width))
                return QStringLiteral("the pickle ends inside a length at byte %1").arg(at);
            const uint64_t length = littleEndian(bytes + pos, layout.width);
            pos += size_t(layout.width);
            if (length > size - pos)
                return QStringLiteral("the pickle declares %1 bytes at byte %2 but only %3 follow")
                    .arg(length).arg(at).arg(size - pos);
            pos += size_t(length);
            break;
        }
        case Arg::Unknown:
            return QStringLiteral("the pickle holds an unknown opcode 0x%1 at byte %2").arg(op, 2, 16, QLatin1Char('0')).arg(at);
        }
    }
    return QStringLiteral("the pickle has no STOP opcode: it was cut short");
}

} // namespace qb
