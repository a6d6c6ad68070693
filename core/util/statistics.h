#pragma once

#include <QVector>

// The few statistics every measurement in QuantBench shares, so a figure means the same wherever it
// is computed. Pure functions; any thread.

namespace qb {

/// TorchScript's profiling executor specializes and optimizes a graph only after about 20 calls with
/// the same input shapes (the zoo CNN runs 5x slower before): every timing, profile and simulation
/// runs a model this many times before measuring it.
inline constexpr int kWarmupRuns = 25;

/// Signal-to-quantization-noise ratio in dB from the summed powers: 10*log10(signal / noise).
/// +inf when the noise is zero (identical, including both empty or all zero); a signal of zero with
/// noise is floored at DBL_MIN, giving a finite, very negative value (about -3000 dB), never NaN.
/// NaN in, NaN out.
double sqnrDb(double signalPower, double noisePower);

/// The p-th percentile (0..100) of sorted values, interpolating linearly between the closest ranks
/// as numpy's default does. NaN for no values.
double percentile(const QVector<double> &sorted, double p);

/// The median of unsorted values (a sorted copy's 50th percentile).
double median(QVector<double> values);

} // namespace qb
