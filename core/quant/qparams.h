#pragma once

#include <QVector>

#include <utility>

// Quantization-parameter arithmetic in plain C++ (no LibTorch), so observers, the UI and the tests can share
// one definition of "scale and zero point for this range" and of the histogram clip searches.
// Everything here is a pure function of its arguments: any thread may call it.

namespace qb {

/// Integer type a tensor is quantized to: activations are usually quint8, weights qint8.
enum class QuantDtype { QUInt8, QInt8 };

/// Inclusive integer range [qmin, qmax] the quantized values may take; qmax > qmin.
struct QuantRange
{
    int qmin;
    int qmax;
};

/// qmin/qmax for a dtype: quint8 0..255, qint8 -128..127. reduceRange drops one bit (quint8 0..127,
/// qint8 -64..63) as PyTorch's reduce_range does, to avoid overflow in x86 fbgemm kernels.
QuantRange quantRange(QuantDtype dtype, bool reduceRange);

/// Scale and zero point of an affine quantizer: real = scale * (q - zeroPoint).
struct QParams
{
    double scale = 1.0;
    qint64 zeroPoint = 0;
};

/// PyTorch's observer arithmetic: the range is first widened to include 0 (min' = min(min,0), max' = max(max,0)),
/// so that 0 (padding, ReLU output) is exactly representable.
/// Affine: scale = (max' - min') / (qmax - qmin), zero_point = qmin - round(min' / scale) (round half to even,
///   like torch.round), clamped to [qmin, qmax].
/// Symmetric: amax = max(-min', max'); scale = amax / ((qmax - qmin) / 2.0); zero_point = 0 for qint8,
///   (qmin + qmax + 1) / 2 (=128 for full-range quint8, 64 for reduced) for quint8.
/// scale is never below eps = std::numeric_limits<float>::epsilon() (degenerate ranges: all zeros, a constant),
/// and never above FLT_MAX (LibTorch stores it as float). The result never contains NaN/inf: min > max (an
/// observer that saw nothing) or a NaN bound is treated as 0..0, and infinite bounds are clamped to +-FLT_MAX.
QParams computeQParams(double min, double max, QuantDtype dtype, bool symmetric, QuantRange range);

/// A histogram of observed values: `counts` equal-width bins spanning [min, max].
/// Negative or non-finite counts are treated as empty bins by the functions below.
struct Histogram
{
    double min = 0;
    double max = 0;
    QVector<double> counts;
};

/// Clip range that keeps `percentile` percent of the mass: cuts (100 - percentile)/2 percent from each tail,
/// assuming mass is spread evenly inside a bin (so the cut is interpolated linearly inside the bin where it
/// falls). percentile is clamped to [0, 100]; 100 returns [min, max] and 0 collapses to the median.
/// An empty histogram (all counts zero, or no bins) returns [min, max].
std::pair<double, double> percentileRange(const Histogram &h, double percentile);

/// The clip range minimising quantizationError(), like PyTorch's HistogramObserver _non_linear_param_search
/// but searching over bins rather than quantiles. Candidates are [min + s*w, min + (e+1)*w] for a start
/// bin s and an end bin e (w = bin width), starting from the full range (s = 0, e = bins-1). Each step
/// evaluates both one-bin shrinks (s+1 and e-1) and takes the one with the lower error (moving the start on a
/// tie); the search stops when neither is strictly lower than the current error, or when one bin is left.
/// It is a greedy, shrink-only local search, O(bins): it always trims empty margins and cuts off far outliers,
/// but stops at the first range that no one-bin shrink improves (on a multi-modal histogram, a local minimum;
/// and a bin it clipped earlier is never put back). It clips occupied bins only with about as many bins as levels or
/// more (PyTorch uses 2048 bins for 256): with fewer, keeping an edge bin is always the cheaper choice.
/// Returns [min, max] when the histogram is empty, has one bin, or its bounds are not finite with min < max.
std::pair<double, double> mseRange(const Histogram &h, QuantRange range);

/// Expected squared error of quantizing the histogram's mass with clip range [lo, hi] to
/// (qmax - qmin + 1) levels, each bin's mass treated as sitting at the bin centre: a bin whose centre lies
/// in [lo, hi] contributes count * delta^2 / 12 with delta = (hi - lo) / (qmax - qmin) (uniform rounding
/// error); a bin outside contributes count * (distance from its centre to the nearer clip)^2.
double quantizationError(const Histogram &h, double lo, double hi, QuantRange range);

/// Signal-to-quantization-noise ratio in dB of two value lists, accumulated in double, by the rule of
/// util/statistics.h's sqnrDb(signal, noise). Only the first min(reference.size(), test.size())
/// elements are compared; NaN elements give NaN.
double sqnrDb(const QVector<float> &reference, const QVector<float> &test);

} // namespace qb
