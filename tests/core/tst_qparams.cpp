#include "quant/qparams.h"

#include <cmath>
#include <limits>

#include <QtTest>

using namespace qb;

namespace {

const double kEps = std::numeric_limits<float>::epsilon();
const double kInf = std::numeric_limits<double>::infinity();

bool closeRel(double actual, double expected, double tolerance)
{
    return qAbs(actual - expected) <= tolerance * qAbs(expected);
}

Histogram uniformHistogram(double min, double max, int bins, double count)
{
    Histogram h;
    h.min = min;
    h.max = max;
    h.counts = QVector<double>(bins, count);
    return h;
}

// 2048 bins over [-5, 95] (width 100/2048): a standard-normal bump of peak 1e4 around 0 and a single value in
// the bin at 94.5, the shape a ReLU-free activation with one rogue sample produces.
constexpr int kBumpBins = 2048;
constexpr int kOutlierBin = 2037; // centre -5 + 2037.5 * 100/2048 = 94.49
Histogram bumpWithOutlier()
{
    Histogram h;
    h.min = -5;
    h.max = 95;
    h.counts = QVector<double>(kBumpBins, 0.0);
    const double width = (h.max - h.min) / kBumpBins;
    for (int i = 0; i < kBumpBins; ++i) {
        const double x = h.min + (i + 0.5) * width;
        if (x < 5)
            h.counts[i] = std::round(1e4 * std::exp(-x * x / 2));
    }
    h.counts[kOutlierBin] = 1;
    return h;
}

} // namespace

Q_DECLARE_METATYPE(qb::Histogram)

class TestQParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("reduce");
        QTest::addColumn<int>("qmin");
        QTest::addColumn<int>("qmax");
        QTest::newRow("quint8") << int(QuantDtype::QUInt8) << false << 0 << 255;
        QTest::newRow("quint8 reduced") << int(QuantDtype::QUInt8) << true << 0 << 127;
        QTest::newRow("qint8") << int(QuantDtype::QInt8) << false << -128 << 127;
        QTest::newRow("qint8 reduced") << int(QuantDtype::QInt8) << true << -64 << 63;
    }
    void ranges()
    {
        QFETCH(int, dtype);
        QFETCH(bool, reduce);
        QFETCH(int, qmin);
        QFETCH(int, qmax);
        const QuantRange r = quantRange(QuantDtype(dtype), reduce);
        QCOMPARE(r.qmin, qmin);
        QCOMPARE(r.qmax, qmax);
    }

    void qparams_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("symmetric");
        QTest::addColumn<bool>("reduce");
        QTest::addColumn<double>("scale");
        QTest::addColumn<qint64>("zeroPoint");

        const int u8 = int(QuantDtype::QUInt8);
        const int s8 = int(QuantDtype::QInt8);
        // scale = 4/255; min/scale = -63.75 rounds to -64, zp = 0 + 64 = 64.
        QTest::newRow("affine quint8 [-1,3]") << -1.0 << 3.0 << u8 << false << false << 4.0 / 255 << qint64(64);
        // Same scale; zp = -128 + 64 = -64.
        QTest::newRow("affine qint8 [-1,3]") << -1.0 << 3.0 << s8 << false << false << 4.0 / 255 << qint64(-64);
        // reduce_range, quint8 0..127: scale = 4/127; -1/scale = -31.75 rounds to -32, zp = 32.
        QTest::newRow("affine quint8 reduced [-1,3]")
            << -1.0 << 3.0 << u8 << false << true << 4.0 / 127 << qint64(32);
        // amax = max(2, 1) = 2; scale = 2 / (255 / 2) = 2/127.5; qint8 zp 0.
        QTest::newRow("symmetric qint8 [-2,1]") << -2.0 << 1.0 << s8 << true << false << 2.0 / 127.5 << qint64(0);
        // Same scale; quint8 zp = (0 + 255 + 1) / 2 = 128.
        QTest::newRow("symmetric quint8 [-2,1]")
            << -2.0 << 1.0 << u8 << true << false << 2.0 / 127.5 << qint64(128);
        // quint8 0..127: scale = 2 / 63.5, zp = 128 / 2 = 64.
        QTest::newRow("symmetric quint8 reduced [-2,1]")
            << -2.0 << 1.0 << u8 << true << true << 2.0 / 63.5 << qint64(64);
        // qint8 -64..63: scale = 2 / 63.5, zp 0.
        QTest::newRow("symmetric qint8 reduced [-2,1]")
            << -2.0 << 1.0 << s8 << true << true << 2.0 / 63.5 << qint64(0);
        // [2,5] widens to [0,5]: scale 5/255, zp = 0 - round(0) = 0.
        QTest::newRow("affine quint8 [2,5]") << 2.0 << 5.0 << u8 << false << false << 5.0 / 255 << qint64(0);
        // [-5,-2] widens to [-5,0]: -5/scale = -255, zp = 255.
        QTest::newRow("affine quint8 [-5,-2]") << -5.0 << -2.0 << u8 << false << false << 5.0 / 255 << qint64(255);
        // Symmetric [2,5]: amax 5, scale = 5/127.5.
        QTest::newRow("symmetric qint8 [2,5]") << 2.0 << 5.0 << s8 << true << false << 5.0 / 127.5 << qint64(0);
        // All zeros: scale floored at eps, zp = qmin - round(0) = qmin.
        QTest::newRow("zeros quint8") << 0.0 << 0.0 << u8 << false << false << kEps << qint64(0);
        QTest::newRow("zeros qint8") << 0.0 << 0.0 << s8 << false << false << kEps << qint64(-128);
        QTest::newRow("zeros symmetric quint8") << 0.0 << 0.0 << u8 << true << false << kEps << qint64(128);
        // Constant -3 widens to [-3,0]: scale 3/255, -3/scale = -255 -> zp = 255 (quint8), -128 + 255 = 127 (qint8).
        QTest::newRow("constant -3 quint8") << -3.0 << -3.0 << u8 << false << false << 3.0 / 255 << qint64(255);
        QTest::newRow("constant -3 qint8") << -3.0 << -3.0 << s8 << false << false << 3.0 / 255 << qint64(127);
        // One outlier at 1e6: scale = (1e6 + 1)/255 ~ 3921.6; -1/scale ~ -0.000255 rounds to 0, zp 0.
        QTest::newRow("outlier [-1,1e6]") << -1.0 << 1e6 << u8 << false << false << (1e6 + 1) / 255 << qint64(0);
        // An observer that saw nothing (min = +inf, max = -inf) or min > max: treated as 0..0.
        QTest::newRow("uninitialized observer") << kInf << -kInf << u8 << false << false << kEps << qint64(0);
        QTest::newRow("min > max symmetric") << 1.0 << -1.0 << s8 << true << false << kEps << qint64(0);
        QTest::newRow("NaN bound") << qQNaN() << 1.0 << u8 << false << false << kEps << qint64(0);
        // +-inf clamp to +-FLT_MAX: scale = 2 * FLT_MAX / 255; -FLT_MAX/scale = -127.5 rounds half to even
        // (-128), zp = 128.
        const double fmax = std::numeric_limits<float>::max();
        QTest::newRow("[-inf,inf]") << -kInf << kInf << u8 << false << false << 2 * fmax / 255 << qint64(128);
        // [0, inf]: scale = FLT_MAX / 255, zp 0.
        QTest::newRow("[0,inf]") << 0.0 << kInf << u8 << false << false << fmax / 255 << qint64(0);
        // Symmetric qint8 [-inf, 0]: amax FLT_MAX, scale = FLT_MAX / 127.5.
        QTest::newRow("symmetric [-inf,0]") << -kInf << 0.0 << s8 << true << false << fmax / 127.5 << qint64(0);
    }
    void qparams()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(int, dtype);
        QFETCH(bool, symmetric);
        QFETCH(bool, reduce);
        QFETCH(double, scale);
        QFETCH(qint64, zeroPoint);

        const QuantRange range = quantRange(QuantDtype(dtype), reduce);
        const QParams p = computeQParams(min, max, QuantDtype(dtype), symmetric, range);
        QVERIFY2(qIsFinite(p.scale), qPrintable(QString::number(p.scale)));
        QVERIFY(p.scale >= kEps);
        QVERIFY2(closeRel(p.scale, scale, 1e-12),
                 qPrintable(QStringLiteral("scale %1, expected %2").arg(p.scale, 0, 'g', 17).arg(scale, 0, 'g', 17)));
        QCOMPARE(p.zeroPoint, zeroPoint);
        QVERIFY(p.zeroPoint >= range.qmin && p.zeroPoint <= range.qmax);
    }

    // The point of widening to include 0: real 0 quantizes exactly to the zero point and back to 0.
    void zeroIsRepresentable()
    {
        const QuantRange range = quantRange(QuantDtype::QUInt8, false);
        const QParams p = computeQParams(-0.37, 2.91, QuantDtype::QUInt8, false, range);
        QCOMPARE(p.scale * double(p.zeroPoint - p.zeroPoint), 0.0);
        // Both ends of the observed range stay inside [qmin, qmax] after rounding.
        const double qLo = std::nearbyint(-0.37 / p.scale) + double(p.zeroPoint);
        const double qHi = std::nearbyint(2.91 / p.scale) + double(p.zeroPoint);
        QVERIFY2(qLo >= range.qmin && qHi <= range.qmax, qPrintable(QStringLiteral("%1..%2").arg(qLo).arg(qHi)));
    }

    void percentile_data()
    {
        QTest::addColumn<double>("percentile");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        // Uniform over [0,100] in 100 bins of mass 1: 99% cuts 0.5 of a bin from each end.
        QTest::newRow("99%") << 99.0 << 0.5 << 99.5;
        // 50% cuts 25 bins from each end.
        QTest::newRow("50%") << 50.0 << 25.0 << 75.0;
        QTest::newRow("100% is the full range") << 100.0 << 0.0 << 100.0;
        QTest::newRow("above 100 clamps") << 150.0 << 0.0 << 100.0;
        // 0% keeps nothing: both ends meet at the median.
        QTest::newRow("0% is the median") << 0.0 << 50.0 << 50.0;
    }
    void percentile()
    {
        QFETCH(double, percentile);
        QFETCH(double, lo);
        QFETCH(double, hi);
        const auto [a, b] = percentileRange(uniformHistogram(0, 100, 100, 1.0), percentile);
        QVERIFY2(qAbs(a - lo) < 1e-9, qPrintable(QString::number(a, 'g', 17)));
        QVERIFY2(qAbs(b - hi) < 1e-9, qPrintable(QString::number(b, 'g', 17)));
    }

    void percentileCutsOutlier()
    {
        // 1000 bins of width 1 over [0,1000]: mass 1e5 in each of bins 0..9 and one value in bin 999.
        Histogram h = uniformHistogram(0, 1000, 1000, 0.0);
        for (int i = 0; i < 10; ++i)
            h.counts[i] = 1e5;
        h.counts[999] = 1;
        // 99.99% cuts 0.005% of 1e6 + 1 = 50.00005 from each end. Low: inside bin 0, lo = 50.00005 / 1e5.
        // High: the outlier bin holds 1, the other 49.00005 come off bin 9: hi = 10 - 49.00005 / 1e5.
        const double cut = (1e6 + 1) * 0.01 / 200;
        const auto [lo, hi] = percentileRange(h, 99.99);
        QVERIFY2(qAbs(lo - cut / 1e5) < 1e-9, qPrintable(QString::number(lo, 'g', 17)));
        QVERIFY2(qAbs(hi - (10 - (cut - 1) / 1e5)) < 1e-9, qPrintable(QString::number(hi, 'g', 17)));
        QVERIFY(hi < 999);
    }

    void percentileEmpty()
    {
        const Histogram empty = uniformHistogram(-2, 3, 16, 0.0);
        QCOMPARE(percentileRange(empty, 99.0), std::make_pair(-2.0, 3.0));
        Histogram noBins;
        noBins.min = -1;
        noBins.max = 1;
        QCOMPARE(percentileRange(noBins, 99.0), std::make_pair(-1.0, 1.0));
    }

    void quantizationError_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("error");
        // Histogram [0,4], 4 bins with counts 1,2,3,4 (centres 0.5..3.5), range 0..2 = 3 levels.
        // Full range: delta = 4/2 = 2, all inside: 10 * 4 / 12.
        QTest::newRow("full") << 0.0 << 4.0 << 10.0 * 4 / 12;
        // [1,3]: delta 1, inside bins 1,2 (mass 5): 5/12; outside bin 0 at 0.5 from lo: 1 * 0.25,
        // bin 3 at 0.5 from hi: 4 * 0.25.
        QTest::newRow("[1,3]") << 1.0 << 3.0 << 5.0 / 12 + 0.25 + 1.0;
        // [0,2]: delta 1, inside bins 0,1 (mass 3): 3/12; bin 2 at 0.5 (3 * 0.25), bin 3 at 1.5 (4 * 2.25).
        QTest::newRow("[0,2]") << 0.0 << 2.0 << 3.0 / 12 + 0.75 + 9.0;
        // Swapped bounds mean the same range.
        QTest::newRow("swapped") << 3.0 << 1.0 << 5.0 / 12 + 0.25 + 1.0;
    }
    void quantizationError()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, error);
        Histogram h;
        h.min = 0;
        h.max = 4;
        h.counts = {1, 2, 3, 4};
        const double actual = qb::quantizationError(h, lo, hi, QuantRange{0, 2});
        QVERIFY2(qAbs(actual - error) < 1e-12, qPrintable(QString::number(actual, 'g', 17)));
    }

    void mseExcludesOutlier()
    {
        const Histogram h = bumpWithOutlier();
        const QuantRange range = quantRange(QuantDtype::QUInt8, false);
        const auto [lo, hi] = mseRange(h, range);
        const QString found = QStringLiteral("[%1, %2]").arg(lo, 0, 'g', 10).arg(hi, 0, 'g', 10);
        const double width = (h.max - h.min) / kBumpBins;
        const double outlierLowEdge = h.min + kOutlierBin * width;
        QVERIFY2(hi < outlierLowEdge, qPrintable(found));
        // The bump itself (|x| < 3 holds 99.7% of it) must stay inside.
        QVERIFY2(lo <= -3 && hi >= 3, qPrintable(found));
        const double fullError = qb::quantizationError(h, h.min, h.max, range);
        const double clippedError = qb::quantizationError(h, lo, hi, range);
        QVERIFY2(clippedError < fullError, qPrintable(QStringLiteral("%1 vs %2").arg(clippedError).arg(fullError)));

        // Hand check of where hi must land. With the outlier (mass 1, centre x) outside and the bump's mass T
        // inside, E(hi) = T (hi - lo)^2 / (12 * 255^2) + (x - hi)^2, a parabola in hi whose minimum is at
        // hi* = (2x + a lo) / (2 + a), a = T / (6 * 255^2). Here T ~ 5.1e5, so hi* ~ 55.6: the outlier's squared
        // distance is worth keeping part of the empty gap. One-bin steps land within a bin of hi*.
        double inside = 0;
        for (int i = 0; i < kBumpBins; ++i) {
            const double centre = h.min + (i + 0.5) * width;
            if (centre >= lo && centre <= hi)
                inside += h.counts.at(i);
        }
        const double a = inside / (6 * 255.0 * 255.0);
        const double x = h.min + (kOutlierBin + 0.5) * width;
        const double expectedHi = (2 * x + a * lo) / (2 + a);
        QVERIFY2(qAbs(hi - expectedHi) <= width, qPrintable(found + QStringLiteral(", expected hi %1").arg(expectedHi)));
    }

    // The documented search, replayed naively with quantizationError() on real-valued clips: mseRange (which
    // keeps running sums in bin units) must stop on the same bins. This pins its bookkeeping to the objective.
    void mseMatchesReference_data()
    {
        QTest::addColumn<Histogram>("histogram");
        QTest::newRow("bump with outlier") << bumpWithOutlier();
        // Balance of clip cost vs. finer delta: the stopping point moves with any error in the bookkeeping.
        QTest::newRow("uniform 2048 bins") << uniformHistogram(-1, 1, 2048, 100.0);
        // 312 bins: clipping the first edge bin costs 0.25 (in bin^2 per count) and saves
        // (3 * 312^2 - 3 * 312 + 1) / (12 * 255^2) = 0.373, so exactly the first steps are worth taking.
        QTest::newRow("uniform 312 bins") << uniformHistogram(-1, 1, 312, 100.0);
        Histogram skewed = uniformHistogram(0, 10, 2048, 0.0);
        for (int i = 0; i < 2048; ++i)
            skewed.counts[i] = std::round(1e5 * std::exp(-i / 100.0)); // exponential tail, like post-ReLU
        QTest::newRow("exponential") << skewed;
    }
    void mseMatchesReference()
    {
        QFETCH(Histogram, histogram);
        const Histogram &h = histogram;
        const QuantRange range = quantRange(QuantDtype::QUInt8, false);
        const int bins = int(h.counts.size());
        const double w = (h.max - h.min) / bins;
        const auto edge = [&](int bin) -> double { return h.min + bin * w; };

        int start = 0;
        int end = bins - 1;
        double current = qb::quantizationError(h, edge(start), edge(end + 1), range);
        while (start < end) {
            const double low = qb::quantizationError(h, edge(start + 1), edge(end + 1), range);
            const double high = qb::quantizationError(h, edge(start), edge(end), range);
            if (low <= high && low < current) {
                ++start;
                current = low;
            } else if (high < low && high < current) {
                --end;
                current = high;
            } else {
                break;
            }
        }

        const auto [lo, hi] = mseRange(h, range);
        const QString found = QStringLiteral("[%1, %2], reference [%3, %4]")
                                  .arg(lo, 0, 'g', 10)
                                  .arg(hi, 0, 'g', 10)
                                  .arg(edge(start), 0, 'g', 10)
                                  .arg(edge(end + 1), 0, 'g', 10);
        QVERIFY2(qAbs(lo - edge(start)) < 1e-9 * w && qAbs(hi - edge(end + 1)) < 1e-9 * w, qPrintable(found));
        // Neither one-bin shrink improves on the result, and it is no worse than the full range.
        const double e = qb::quantizationError(h, lo, hi, range);
        QVERIFY2(e <= qb::quantizationError(h, lo + w, hi, range), qPrintable(found));
        QVERIFY2(e <= qb::quantizationError(h, lo, hi - w, range), qPrintable(found));
        QVERIFY2(e <= qb::quantizationError(h, h.min, h.max, range), qPrintable(found));
    }

    void mseUniform_data()
    {
        QTest::addColumn<int>("bins");
        QTest::addColumn<double>("tolerance");
        // 100 bins, 256 levels: delta (0.39 bins) is finer than a bin, so clipping an edge bin only costs:
        // the full range is exact.
        QTest::newRow("100 bins") << 100 << 0.0;
        // 2048 bins, 256 levels (delta ~ 8 bins): clipping a few edge bins pays for itself in a finer delta
        // (balance ~ 7 bins per side, 0.35%); the range must stay within 1% of each end.
        QTest::newRow("2048 bins") << 2048 << 0.01;
    }
    void mseUniform()
    {
        QFETCH(int, bins);
        QFETCH(double, tolerance);
        const Histogram h = uniformHistogram(-1, 1, bins, 100.0);
        const auto [lo, hi] = mseRange(h, quantRange(QuantDtype::QUInt8, false));
        QVERIFY2(lo >= -1 && lo <= -1 + 2 * tolerance, qPrintable(QString::number(lo, 'g', 17)));
        QVERIFY2(hi <= 1 && hi >= 1 - 2 * tolerance, qPrintable(QString::number(hi, 'g', 17)));
    }

    void mseDegenerate()
    {
        const QuantRange range = quantRange(QuantDtype::QUInt8, false);
        QCOMPARE(mseRange(uniformHistogram(-2, 3, 2048, 0.0), range), std::make_pair(-2.0, 3.0));
        QCOMPARE(mseRange(uniformHistogram(-2, 3, 1, 42.0), range), std::make_pair(-2.0, 3.0));
        Histogram noBins;
        noBins.min = -1;
        noBins.max = 1;
        QCOMPARE(mseRange(noBins, range), std::make_pair(-1.0, 1.0));
    }

    void sqnr_data()
    {
        QTest::addColumn<QVector<float>>("reference");
        QTest::addColumn<QVector<float>>("test");
        QTest::addColumn<double>("db");
        // signal 4, noise 4 * 0.1^2 = 0.04: 10 * log10(100) = 20 dB (float 1.1/0.9 are off by ~2e-8).
        QTest::newRow("20 dB") << QVector<float>{1, 1, 1, 1} << QVector<float>{1.1f, 0.9f, 1.1f, 0.9f} << 20.0;
        // signal 8, noise 2: 10 * log10(4) = 6.0206 dB.
        QTest::newRow("half amplitude") << QVector<float>{2, -2} << QVector<float>{1, -1} << 10 * std::log10(4.0);
        // Noise larger than the signal gives a negative ratio: signal 1, noise 4 -> -6.0206 dB.
        QTest::newRow("sign flip") << QVector<float>{1} << QVector<float>{-1} << -10 * std::log10(4.0);
    }
    void sqnr()
    {
        QFETCH(QVector<float>, reference);
        QFETCH(QVector<float>, test);
        QFETCH(double, db);
        const double actual = sqnrDb(reference, test);
        QVERIFY2(qAbs(actual - db) < 1e-5, qPrintable(QString::number(actual, 'g', 17)));
    }

    void sqnrEdgeCases()
    {
        const double identical = sqnrDb({0.5f, -2.f, 3.f}, {0.5f, -2.f, 3.f});
        QVERIFY(qIsInf(identical) && identical > 0);
        const double empty = sqnrDb({}, {});
        QVERIFY(qIsInf(empty) && empty > 0);
        // All-zero reference with a different test: finite and very negative, never NaN or -inf.
        const double silent = sqnrDb({0.f, 0.f}, {1e30f, -1e30f});
        QVERIFY2(qIsFinite(silent) && silent < -1000, qPrintable(QString::number(silent)));
    }
};

QTEST_GUILESS_MAIN(TestQParams)
#include "tst_qparams.moc"
