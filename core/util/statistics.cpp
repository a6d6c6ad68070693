#include "util/statistics.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace qb {

double sqnrDb(double signalPower, double noisePower)
{
    if (std::isnan(signalPower) || std::isnan(noisePower))
        return std::numeric_limits<double>::quiet_NaN();
    if (noisePower <= 0)
        return std::numeric_limits<double>::infinity();
    // Subtracting logarithms instead of dividing keeps a tiny signal over a huge noise finite.
    return 10.0 * (std::log10(std::max(signalPower, DBL_MIN)) - std::log10(noisePower));
}

double percentile(const QVector<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const int lo = static_cast<int>(std::floor(rank));
    const int hi = std::min<int>(lo + 1, int(sorted.size()) - 1);
    return sorted.at(lo) + (rank - lo) * (sorted.at(hi) - sorted.at(lo));
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return percentile(values, 50);
}

} // namespace qb
