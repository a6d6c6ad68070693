#pragma once

#include <QJsonValue>

#include <cmath>

namespace qb {

/// A measurement as JSON: the number, or null when it is NaN or infinite (not measured, or not
/// defined), which JSON cannot hold. Any thread.
inline QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

} // namespace qb
