#include "quant/qparams.h"

#include "util/statistics.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

#include <QtGlobal>

namespace qb {

namespace {

// PyTorch observers floor the scale at float epsilon so a constant or all-zero tensor still gets a usable,
// invertible quantizer.
constexpr double kScaleEps = std::numeric_limits<float>::epsilon();
// LibTorch stores scales (and most observed ranges) as float: anything beyond this becomes inf there.
constexpr double kFloatMax = std::numeric_limits<float>::max();

// Number of quantization steps between qmin and qmax; guarded so a malformed range cannot divide by zero.
double stepCount(QuantRange range)
{
    return std::max(double(range.qmax) - double(range.qmin), 1.0);
}

// Counts as the searches see them: a negative, NaN or infinite bin holds no mass.
double binMass(double count)
{
    return (qIsFinite(count) && count > 0) ? count : 0.0;
}

double totalMass(const Histogram &h)
{
    double total = 0;
    for (const double c : h.counts)
        total += binMass(c);
    return total;
}

// A histogram the searches can work on: finite, non-empty span.
bool hasUsableSpan(const Histogram &h)
{
    return qIsFinite(h.min) && qIsFinite(h.max) && h.min < h.max && !h.counts.isEmpty();
}

} // namespace

QuantRange quantRange(QuantDtype dtype, bool reduceRange)
{
    switch (dtype) {
    case QuantDtype::QUInt8:
        return reduceRange ? QuantRange{0, 127} : QuantRange{0, 255};
    case QuantDtype::QInt8:
        return reduceRange ? QuantRange{-64, 63} : QuantRange{-128, 127};
    }
    return QuantRange{0, 255};
}

QParams computeQParams(double min, double max, QuantDtype dtype, bool symmetric, QuantRange range)
{
    double lo = min;
    double hi = max;
    // An observer that saw nothing reports min = +inf, max = -inf; PyTorch would hand back scale 1.0, but a
    // 0..0 range gives the same quantizer as an all-zero tensor, which is what downstream code expects.
    if (qIsNaN(lo) || qIsNaN(hi) || lo > hi)
        lo = hi = 0;
    lo = std::clamp(lo, -kFloatMax, kFloatMax);
    hi = std::clamp(hi, -kFloatMax, kFloatMax);
    // Widening to include 0 keeps 0 exactly representable (zero padding, ReLU outputs).
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);

    const double steps = stepCount(range);
    QParams p;
    if (symmetric) {
        const double amax = std::max(-lo, hi);
        p.scale = std::clamp(amax / (steps / 2.0), kScaleEps, kFloatMax);
        p.zeroPoint = dtype == QuantDtype::QInt8 ? 0 : (qint64(range.qmin) + qint64(range.qmax) + 1) / 2;
    } else {
        p.scale = std::clamp((hi - lo) / steps, kScaleEps, kFloatMax);
        // std::nearbyint rounds half to even in the default rounding mode, matching torch.round. Clamp in
        // double before converting: lo / scale can exceed the qint64 range for tiny scales.
        const double zp = double(range.qmin) - std::nearbyint(lo / p.scale);
        p.zeroPoint = qint64(std::clamp(zp, double(range.qmin), double(range.qmax)));
    }
    return p;
}

std::pair<double, double> percentileRange(const Histogram &h, double percentile)
{
    const double total = totalMass(h);
    if (!(total > 0))
        return {h.min, h.max};
    const double p = qIsNaN(percentile) ? 100.0 : std::clamp(percentile, 0.0, 100.0);
    const double cut = total * (100.0 - p) / 200.0;
    if (!(cut > 0))
        return {h.min, h.max};

    const int bins = int(h.counts.size());
    const double width = (h.max - h.min) / bins;

    double lo = h.max;
    double acc = 0;
    for (int i = 0; i < bins; ++i) {
        const double c = binMass(h.counts.at(i));
        if (c > 0 && acc + c >= cut) {
            lo = h.min + (i + (cut - acc) / c) * width;
            break;
        }
        acc += c;
    }

    double hi = h.min;
    acc = 0;
    for (int i = bins - 1; i >= 0; --i) {
        const double c = binMass(h.counts.at(i));
        if (c > 0 && acc + c >= cut) {
            hi = h.min + (i + 1 - (cut - acc) / c) * width;
            break;
        }
        acc += c;
    }

    // Near percentile 0 both cuts meet at the median; rounding must not leave them crossed.
    if (lo > hi)
        lo = hi = (lo + hi) / 2;
    return {lo, hi};
}

double quantizationError(const Histogram &h, double lo, double hi, QuantRange range)
{
    if (h.counts.isEmpty())
        return 0;
    if (lo > hi)
        std::swap(lo, hi);
    const double delta = (hi - lo) / stepCount(range);
    const double insideError = delta * delta / 12.0;
    const int bins = int(h.counts.size());
    const double width = (h.max - h.min) / bins;

    double error = 0;
    for (int i = 0; i < bins; ++i) {
        const double c = binMass(h.counts.at(i));
        if (c == 0)
            continue;
        const double centre = h.min + (i + 0.5) * width;
        if (centre < lo)
            error += c * (lo - centre) * (lo - centre);
        else if (centre > hi)
            error += c * (centre - hi) * (centre - hi);
        else
            error += c * insideError;
    }
    return error;
}

std::pair<double, double> mseRange(const Histogram &h, QuantRange range)
{
    const int bins = int(h.counts.size());
    if (bins < 2 || !hasUsableSpan(h) || !(totalMass(h) > 0))
        return {h.min, h.max};

    // Work in units of one bin width (the common factor width^2 does not change which candidate wins) and
    // keep the error of the bins clipped off each side as running sums, so each candidate costs O(1) and
    // the whole search O(bins). Distances are measured from bin centres, as in quantizationError().
    QVector<double> mass(bins);
    QVector<double> prefix(bins + 1, 0.0);
    for (int i = 0; i < bins; ++i) {
        mass[i] = binMass(h.counts.at(i));
        prefix[i + 1] = prefix[i] + mass[i];
    }
    const double steps = stepCount(range);

    // Mass, sum(mass * distance) and sum(mass * distance^2) of the bins outside one clip.
    struct Tail
    {
        double mass = 0;
        double moment = 0;
        double error = 0;
        // The clip moves one bin inwards: every clipped bin is one bin further away, and the newly clipped
        // bin sits half a bin from it. (d+1)^2 = d^2 + 2d + 1 keeps all terms positive, so no cancellation.
        Tail shiftedBy(double newBin) const
        {
            return Tail{mass + newBin, moment + mass + 0.5 * newBin, error + 2 * moment + mass + 0.25 * newBin};
        }
    };
    const auto errorOf = [&](int start, int end, const Tail &left, const Tail &right) -> double {
        const double inside = prefix[end + 1] - prefix[start];
        const double delta = (end + 1 - start) / steps;
        return inside * delta * delta / 12.0 + left.error + right.error;
    };

    int start = 0;
    int end = bins - 1;
    Tail left;
    Tail right;
    double current = errorOf(start, end, left, right);
    while (start < end) {
        const Tail leftIfMoved = left.shiftedBy(mass[start]);
        const Tail rightIfMoved = right.shiftedBy(mass[end]);
        const double errorLow = errorOf(start + 1, end, leftIfMoved, right);
        const double errorHigh = errorOf(start, end - 1, left, rightIfMoved);
        if (errorLow <= errorHigh && errorLow < current) {
            ++start;
            left = leftIfMoved;
            current = errorLow;
        } else if (errorHigh < errorLow && errorHigh < current) {
            --end;
            right = rightIfMoved;
            current = errorHigh;
        } else {
            break; // neither move improves: a local minimum
        }
    }

    const double width = (h.max - h.min) / bins;
    const double lo = start == 0 ? h.min : h.min + start * width;
    const double hi = end == bins - 1 ? h.max : h.min + (end + 1) * width;
    return {lo, hi};
}

double sqnrDb(const QVector<float> &reference, const QVector<float> &test)
{
    const qsizetype n = std::min(reference.size(), test.size());
    double signal = 0;
    double noise = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double r = reference.at(i);
        const double d = r - double(test.at(i));
        signal += r * r;
        noise += d * d;
    }
    return sqnrDb(signal, noise);
}

} // namespace qb
