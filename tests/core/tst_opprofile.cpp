// Operator profiles name the operators of a small model, float and quantized, and add up.
#include "eval/latency.h"
#include "eval/opprofile.h"
#include "model/modeldocument.h"
#include "quant/quantizer.h"
#include "testsupport.h"

#include <QtTest>

using namespace qb;

class TestOpProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheOperatorsOfFloatAndInt8()
    {
        const auto opened = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(opened);
        LatencyOptions options;
        options.batch = 8;
        options.warmup = 3;
        options.runs = 5;
        const OpProfile f = profileOperators(*opened.document, options);
        QVERIFY2(f.valid, qPrintable(f.error));
        QCOMPARE(f.runs, 5);
        QStringList names;
        double sum = 0;
        for (const OpTime &t : f.ops) {
            names << t.op;
            sum += t.ms;
            QVERIFY((t.calls > 0 || t.op == QLatin1String(kUnrecordedOp)) && t.ms >= 0); // the remainder has no calls
        }
        // The deployment form: the convolutions run as oneDNN's prepacked kernels, which record no
        // operator; their time is the unrecorded row. The pooling and ReLU layers run per forward.
        QVERIFY2(f.form.contains(QLatin1String("frozen, optimized")), qPrintable(f.form));
        QVERIFY2(names.contains(QLatin1String(kUnrecordedOp)), qPrintable(names.join(QLatin1Char(','))));
        const auto pool = std::find_if(f.ops.cbegin(), f.ops.cend(), [](const OpTime &t) { return t.op == QLatin1String("aten::max_pool2d"); });
        QVERIFY(pool != f.ops.cend());
        QCOMPARE(pool->calls, 2.0);
        // Only outermost calls count, and the unrecorded row is the remainder: together they are the
        // forward time.
        QVERIFY2(sum <= f.forwardMs * 1.05, qPrintable(QStringLiteral("%1 of %2 ms").arg(sum).arg(f.forwardMs)));
        QVERIFY2(sum >= f.forwardMs * 0.95, qPrintable(QStringLiteral("%1 of %2 ms").arg(sum).arg(f.forwardMs)));
        QVERIFY(!names.contains(QLatin1String("aten::_convolution"))); // called inside aten::conv2d

        QuantizeOptions q;
        q.config = QuantConfig::preset(QuantEngine::OneDnn);
        q.calibration.maxBatches = 2;
        const QuantizeResult converted = quantize(*opened.document, q);
        QVERIFY2(converted, qPrintable(converted.error));
        const OpProfile i8 = profileOperators(*converted.model, opened.document->info().input, options);
        QVERIFY2(i8.valid, qPrintable(i8.error));
        QStringList quantizedNames;
        for (const OpTime &t : i8.ops)
            quantizedNames << t.op;
        QVERIFY2(quantizedNames.contains(QLatin1String("quantized::conv2d_relu")), qPrintable(quantizedNames.join(QLatin1Char(','))));
        QVERIFY(quantizedNames.contains(QLatin1String("aten::quantize_per_tensor")));
        QVERIFY(!quantizedNames.contains(QLatin1String("aten::conv2d")));
    }

    void unknownInputIsAnError()
    {
        const auto opened = ModelDocument::open(test::fixture(QStringLiteral("two_inputs.pt")));
        QVERIFY(opened);
        opened.document->adoptInput(InputSpec()); // as a model whose input nothing tells
        const OpProfile p = profileOperators(*opened.document, LatencyOptions());
        QVERIFY(!p.valid);
        QVERIFY2(p.error.contains(QLatin1String("input shape is unknown")), qPrintable(p.error));
        // Latency timing shares the input and says the same.
        const LatencyStats t = measureFloatLatency(*opened.document, LatencyOptions(), /*optimized=*/false);
        QCOMPARE(t.error, p.error);
    }
};

QTEST_GUILESS_MAIN(TestOpProfile)
#include "tst_opprofile.moc"
