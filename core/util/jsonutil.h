#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QVector>

#include <cmath>

// Small JSON helpers shared by the result structs' toJson/fromJson pairs. Any thread.

namespace qb {

/// A measurement as JSON: the number, or null when it is NaN or infinite (not measured, or not
/// defined), which JSON cannot hold.
inline QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

/// The reverse of jsonNumber: a number, or NaN for null, a missing key or anything else.
inline double numberFromJson(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : std::nan("");
}

/// Like numberFromJson, but null reads as +infinity: for SQNR, where null means "identical".
inline double sqnrFromJson(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : HUGE_VAL;
}

inline QJsonArray jsonArray(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(jsonNumber(v));
    return a;
}

inline QVector<double> numbersFromJson(const QJsonValue &value)
{
    QVector<double> out;
    for (const QJsonValue &v : value.toArray())
        out << numberFromJson(v);
    return out;
}

inline QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace qb
