// The models people bring (issue 13): a BERT-like encoder with two integer inputs, an EmbeddingBag
// classifier, a GRU, a half-precision CNN and a custom block; each quantizes, compares against float
// on its own held-out data and saves an archive that opens again and agrees with what was measured.

#include "data/datasummary.h"
#include "env/environment.h"
#include "eval/comparison.h"
#include "experiment/experimentrunner.h"
#include "model/modeldocument.h"
#include "quant/quantizer.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {

DataSpec fixtureData(const QString &name, int batchSize = 32)
{
    QString error;
    DataSpec d = DataSpec::fromArgument(test::fixture(name), QStringLiteral("test"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    d.batchSize = batchSize;
    return d;
}

/// Opens a fixture as a run does: the shapes of its data, when given, win over the guessed ones.
std::shared_ptr<ModelDocument> openFixture(const QString &name, const QString &dataName = QString())
{
    auto result = ModelDocument::open(test::fixture(name));
    if (!result)
        qFatal("cannot open fixture %s: %s", qPrintable(name), qPrintable(result.message));
    if (!dataName.isEmpty())
        adoptDataInputs(*result.document, {fixtureData(dataName)});
    return result.document;
}

QuantizeResult quantizeWith(const ModelDocument &doc, QuantMode mode, const DataSpec &calibration,
                            const std::function<void(QuantConfig &)> &adjust = {})
{
    QuantizeOptions options;
    options.config = QuantConfig::preset(preferredEngine(), mode);
    if (adjust)
        adjust(options.config);
    options.calibration = calibration;
    return quantize(doc, options);
}

QString kinds(const QuantCoverage &c)
{
    QStringList all;
    for (auto it = c.kindCounts.cbegin(); it != c.kindCounts.cend(); ++it)
        if (it.key().startsWith(QLatin1String("quantized::")) || it.key().startsWith(QLatin1String("aten::")))
            all << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return all.join(QLatin1Char(' '));
}

const LayerOutcome *outcomeOf(const QuantizeReport &r, const QString &layer)
{
    for (const LayerOutcome &o : r.layers)
        if (o.layer == layer)
            return &o;
    return nullptr;
}

/// A one-sample token CSV for bert_tiny.pt: `ids` input_ids columns holding `id`, `masks`
/// attention_mask columns holding 1, and a label.
QString tokenCsv(int ids, int masks, const QString &id)
{
    QStringList header, row;
    for (int i = 0; i < ids; ++i) {
        header << QStringLiteral("input_ids_%1").arg(i);
        row << id;
    }
    for (int i = 0; i < masks; ++i) {
        header << QStringLiteral("attention_mask_%1").arg(i);
        row << QStringLiteral("1");
    }
    header << QStringLiteral("label");
    row << QStringLiteral("0");
    return header.join(QLatin1Char(',')) + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n');
}

/// Saves the quantized model, opens the archive again and checks it answers as the one in memory.
void checkSavedArchive(const ModelDocument &doc, const QuantizedModel &quantized, const DataSpec &data, double sqnrDb)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quantized.pt"));
    QString error;
    QVERIFY2(quantized.save(path, &error), qPrintable(error));
    const auto reopened = ModelDocument::open(path);
    QVERIFY2(reopened, qPrintable(reopened.message));
    // The archive carries the input spec: several inputs with their dtypes come back as they were.
    QCOMPARE(reopened.document->info().input.tensors.size(), doc.info().input.tensors.size());
    for (int i = 0; i < doc.info().input.tensors.size(); ++i)
        QCOMPARE(reopened.document->info().input.tensors[i].dtype, doc.info().input.tensors[i].dtype);
    const OutputAgreement a = compareOutputs(doc, *reopened.document, data);
    QVERIFY2(a.valid, qPrintable(a.error));
    QVERIFY2(std::abs(a.sqnrDb - sqnrDb) < 0.5, qPrintable(QStringLiteral("%1 vs %2 dB").arg(a.sqnrDb).arg(sqnrDb)));
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bertDynamicWithEmbeddings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("scripted") << "bert_tiny.pt";
        QTest::newRow("traced") << "bert_traced.pt";
    }
    void bertDynamicWithEmbeddings()
    {
        // Every Linear (the attention's projections too) dynamic int8, both embeddings 8-bit rows.
        QFETCH(QString, file);
        const auto doc = openFixture(file);
        QCOMPARE(doc->info().input.tensors.size(), 2);
        QCOMPARE(doc->info().input.tensors[0].dtype, QStringLiteral("int64"));
        const DataSpec tokens = fixtureData(QStringLiteral("bert_tokens.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Dynamic, tokens);
        QVERIFY2(result, qPrintable(result.error));
        const QuantizeReport &r = result.model->report();
        QCOMPARE(outcomeOf(r, QStringLiteral("tok_embed"))->result, QuantMode::WeightOnly);
        QCOMPARE(outcomeOf(r, QStringLiteral("encoder.layers.0.self_attn"))->result, QuantMode::Dynamic);
        QCOMPARE(outcomeOf(r, QStringLiteral("encoder.layers.1.self_attn.out_proj"))->result, QuantMode::Dynamic);
        QCOMPARE(r.coverage.count(QStringLiteral("quantized::embedding_bag_byte_rowwise_offsets")), 2);
        // in_proj, out_proj, linear1, linear2 in each of 2 layers, and the head.
        QCOMPARE(r.coverage.count(QStringLiteral("quantized::linear_dynamic")), 9);
        QCOMPARE(r.coverage.count(QStringLiteral("aten::linear")), 0);
        QCOMPARE(r.coverage.count(QStringLiteral("aten::embedding")), 0);
        QCOMPARE(r.coverage.count(QStringLiteral("aten::_transformer_encoder_layer_fwd")), 0);
        const OutputAgreement a = compareOutputs(*doc, *result.model, tokens);
        QVERIFY2(a.valid, qPrintable(a.error));
        // Measured 42.1 dB (scripted) and 38.7 dB (traced); the issue asks for 30.
        QVERIFY2(a.sqnrDb >= 30.0, qPrintable(QString::number(a.sqnrDb)));
        checkSavedArchive(*doc, *result.model, tokens, a.sqnrDb);
    }

    void bertStatic()
    {
        // Without the fused fast path the static pass runs too: the attention's in-projection stays
        // float (a bare weight the pass cannot reach), and the report says so.
        const auto doc = openFixture(QStringLiteral("bert_tiny.pt"));
        const DataSpec tokens = fixtureData(QStringLiteral("bert_tokens.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, tokens);
        QVERIFY2(result, qPrintable(result.error));
        const QuantizeReport &r = result.model->report();
        QCOMPARE(outcomeOf(r, QStringLiteral("encoder.layers.0.self_attn"))->result, QuantMode::Float);
        QVERIFY(r.coverage.count(QStringLiteral("quantized::layer_norm")) > 0);
        QVERIFY(r.coverage.count(QStringLiteral("quantized::linear")) + r.coverage.count(QStringLiteral("quantized::linear_relu")) >= 5);
        const OutputAgreement a = compareOutputs(*doc, *result.model, tokens);
        QVERIFY2(a.sqnrDb >= 30.0, qPrintable(QString::number(a.sqnrDb)));
    }

    void embeddingBag_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("bits");
        QTest::addColumn<double>("minDb");
        QTest::addColumn<QString>("kernel");
        // Measured 39.2 (dynamic) and 40.2 dB (static) at 8 bits; 4-bit rows keep about 20 dB of the
        // weights, which the mean over 16 tokens lifts.
        QTest::newRow("dynamic 8-bit") << int(QuantMode::Dynamic) << 8 << 35.0 << "quantized::embedding_bag_byte_rowwise_offsets";
        QTest::newRow("static 8-bit") << int(QuantMode::Static) << 8 << 35.0 << "quantized::embedding_bag_byte_rowwise_offsets";
        QTest::newRow("dynamic 4-bit") << int(QuantMode::Dynamic) << 4 << 18.0 << "quantized::embedding_bag_4bit_rowwise_offsets";
    }
    void embeddingBag()
    {
        QFETCH(int, mode);
        QFETCH(int, bits);
        QFETCH(double, minDb);
        QFETCH(QString, kernel);
        const auto doc = openFixture(QStringLiteral("embbag.pt"), QStringLiteral("embbag_tokens.pt"));
        QCOMPARE(doc->info().input.tensors.front().dtype, QStringLiteral("int64"));
        const DataSpec tokens = fixtureData(QStringLiteral("embbag_tokens.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode(mode), tokens, [bits](QuantConfig &c) {
            if (bits == 4) {
                LayerQuantConfig bag = c.defaults;
                bag.mode = QuantMode::WeightOnly;
                bag.weightDtype = QStringLiteral("quint4x2");
                c.layers.insert(QStringLiteral("bag"), bag);
            }
        });
        QVERIFY2(result, qPrintable(result.error));
        const QuantizeReport &r = result.model->report();
        QCOMPARE(outcomeOf(r, QStringLiteral("bag"))->result, QuantMode::WeightOnly);
        QVERIFY2(r.coverage.count(kernel) == 1, qPrintable(kinds(r.coverage)));
        QCOMPARE(r.coverage.count(QStringLiteral("aten::embedding_bag")), 0);
        const OutputAgreement a = compareOutputs(*doc, *result.model, tokens);
        QVERIFY2(a.valid, qPrintable(a.error));
        // A mean bag computed as a sum would be 16 times too large: far below these bounds.
        QVERIFY2(a.sqnrDb >= minDb, qPrintable(QString::number(a.sqnrDb)));
        checkSavedArchive(*doc, *result.model, tokens, a.sqnrDb);
    }

    void gruDynamic()
    {
        // No shape in the archive: the guess (1x32x32) gives way to the sequences' 20x32.
        const auto doc = openFixture(QStringLiteral("gru.pt"), QStringLiteral("gru_sequences.pt"));
        QCOMPARE(doc->info().input.shapeText(), QStringLiteral("1x20x32"));
        const DataSpec sequences = fixtureData(QStringLiteral("gru_sequences.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Dynamic, sequences);
        QVERIFY2(result, qPrintable(result.error));
        const QuantizeReport &r = result.model->report();
        QCOMPARE(outcomeOf(r, QStringLiteral("gru"))->result, QuantMode::Dynamic);
        QCOMPARE(r.coverage.count(QStringLiteral("aten::quantized_gru")), 1);
        QCOMPARE(r.coverage.count(QStringLiteral("aten::gru")), 0);
        const OutputAgreement a = compareOutputs(*doc, *result.model, sequences);
        QVERIFY2(a.valid, qPrintable(a.error));
        QVERIFY2(a.sqnrDb >= 35.0, qPrintable(QString::number(a.sqnrDb))); // measured 42.1
        checkSavedArchive(*doc, *result.model, sequences, a.sqnrDb);
    }

    void halfPrecisionCheckpoint()
    {
        const auto doc = openFixture(QStringLiteral("cnn_half.pt"));
        QVERIFY(doc->info().bytesByDtype().contains(QStringLiteral("float16")));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, test::synthetic(1));
        QVERIFY2(result, qPrintable(result.error));
        QVERIFY(result.model->report().notes.join(QLatin1Char(' ')).contains(QLatin1String("upcast")));
        const OutputAgreement a = compareOutputs(*doc, *result.model, test::synthetic(2));
        QVERIFY2(a.sqnrDb >= 30.0, qPrintable(QString::number(a.sqnrDb))); // measured 37.4
    }

    void customBlockFloatIslands()
    {
        // GELU, SiLU and the residual add run in float between dequantize and quantize; GroupNorm is
        // quantized. The report says both, per layer, from the converted graph.
        const auto doc = openFixture(QStringLiteral("custom_block.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, test::synthetic(1));
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("quantized::group_norm")), 1);
        QCOMPARE(c.islandKinds, (QStringList{QStringLiteral("aten::add"), QStringLiteral("aten::gelu"), QStringLiteral("aten::silu")}));
        QCOMPARE(c.floatIslandOps, 3);
        QCOMPARE(c.floatOps.value(QStringLiteral("block.act1")), QStringList{QStringLiteral("aten::gelu")});
        QCOMPARE(c.floatOps.value(QStringLiteral("block")), QStringList{QStringLiteral("aten::add")});
        QVERIFY(!c.floatOps.contains(QStringLiteral("block.norm")));
        const LayerOutcome *block = outcomeOf(result.model->report(), QStringLiteral("block"));
        QCOMPARE(block->result, QuantMode::Float);
        QVERIFY2(block->reason.contains(QLatin1String("gelu (act1)")), qPrintable(block->reason));
        const OutputAgreement a = compareOutputs(*doc, *result.model, test::synthetic(2));
        QVERIFY2(a.sqnrDb >= 30.0, qPrintable(QString::number(a.sqnrDb))); // measured 43.9
    }

    void keptFloatConvolutionKeepsOtherFolds()
    {
        // Keeping conv1 and its BatchNorm float folds both pairs as before: no batch_norm op of any
        // kind is left, conv1 runs in float and conv2 quantized.
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, test::synthetic(1), [](QuantConfig &c) {
            c.setLayerMode(QStringLiteral("conv1"), QuantMode::Float);
            c.setLayerMode(QStringLiteral("bn1"), QuantMode::Float);
        });
        QVERIFY2(result, qPrintable(result.error));
        const QuantCoverage &c = result.model->report().coverage;
        QCOMPARE(c.count(QStringLiteral("aten::batch_norm")), 0);
        QCOMPARE(c.count(QStringLiteral("quantized::batch_norm2d")) + c.count(QStringLiteral("quantized::batch_norm")), 0);
        QCOMPARE(c.count(QStringLiteral("aten::conv2d")), 1);
        QVERIFY2(c.count(QStringLiteral("quantized::conv2d_relu")) + c.count(QStringLiteral("quantized::conv2d")) == 1, qPrintable(kinds(c)));
        const OutputAgreement a = compareOutputs(*doc, *result.model, test::synthetic(2));
        QVERIFY2(a.sqnrDb >= 30.0, qPrintable(QString::number(a.sqnrDb)));
    }

    void keptFloatBatchNormAfterQuantizedConvIsExplained()
    {
        const auto doc = openFixture(QStringLiteral("cnn_scripted.pt"));
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, test::synthetic(1), [](QuantConfig &c) {
            c.setLayerMode(QStringLiteral("bn1"), QuantMode::Float);
        });
        QVERIFY2(result, qPrintable(result.error));
        const QString notes = result.model->report().notes.join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QLatin1String("bn1 is folded into conv1")), qPrintable(notes));
        QCOMPARE(result.model->report().coverage.count(QStringLiteral("aten::batch_norm")), 0);
    }

    void badTokenData_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("expected"); // words the message must hold
        QTest::newRow("id beyond the vocabulary")
            << tokenCsv(32, 32, QStringLiteral("5000")) << QStringList{QStringLiteral("input_ids"), QStringLiteral("5000"), QStringLiteral("1000")};
        QTest::newRow("floating-point ids")
            << tokenCsv(32, 32, QStringLiteral("1.5")) << QStringList{QStringLiteral("input_ids"), QStringLiteral("int64"), QStringLiteral("1.5")};
        QTest::newRow("missing input")
            << tokenCsv(32, 0, QStringLiteral("7")) << QStringList{QStringLiteral("attention_mask")};
        QTest::newRow("mask of the wrong length")
            << tokenCsv(32, 16, QStringLiteral("7")) << QStringList{QStringLiteral("attention_mask"), QStringLiteral("32")};
    }
    void badTokenData()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir.filePath(QStringLiteral("tokens.csv")), csv.toUtf8());
        const auto doc = openFixture(QStringLiteral("bert_tiny.pt"));
        QString error;
        const DataSpec data = DataSpec::fromArgument(path, QStringLiteral("test"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DataSummary summary = summarizeData(data, doc->info().input);
        QVERIFY(!summary.ok);
        for (const QString &word : expected)
            QVERIFY2(summary.error.contains(word), qPrintable(summary.error));
        // Quantizing on it stops with the same message, before LibTorch sees a batch.
        const QuantizeResult result = quantizeWith(*doc, QuantMode::Static, data);
        QVERIFY(!result);
        for (const QString &word : expected)
            QVERIFY2(result.error.contains(word), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
