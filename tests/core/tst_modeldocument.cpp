#include "model/modeldocument.h"
#include "model/modelfactory.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace qb;

namespace {
QStringList layerNames(const ModelInfo &info)
{
    QStringList names;
    for (const LayerInfo &l : info.layers)
        names << l.name;
    return names;
}
} // namespace

class TestModelDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layerTree_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<qint64>("totalParams");
        QTest::addColumn<int>("quantizable");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("inputSource");

        const QStringList cnn{"", "conv1", "bn1", "relu1", "pool1", "conv2", "bn2", "relu2", "pool2",
                              "fc1", "relu3", "fc2"};
        // Parameter counts worked out by hand from the layer shapes in make_fixtures.py:
        // conv1 80, bn1 16, conv2 1168, bn2 32, fc1 25120, fc2 330.
        QTest::newRow("scripted CNN") << "cnn_scripted.pt" << cnn << qint64(26746) << 4 << "1x1x28x28"
                                      << int(InputSpec::Source::Archive);
        QTest::newRow("traced CNN") << "cnn_traced.pt" << cnn << qint64(26746) << 4 << "1x1x28x28"
                                    << int(InputSpec::Source::Guessed);
        // LSTM 4*32*(28+32) + 2*128 = 7936, fc 330.
        QTest::newRow("LSTM") << "lstm.pt" << QStringList{"", "lstm", "fc"} << qint64(8266) << 2 << "1x28x28"
                              << int(InputSpec::Source::Guessed);
        // embed 928; attention 4224; linear1 2112; linear2 2080; two LayerNorms 128; head 330.
        QTest::newRow("Transformer")
            << "transformer.pt"
            << QStringList{"", "embed", "encoder", "encoder.layers", "encoder.layers.0",
                           "encoder.layers.0.self_attn", "encoder.layers.0.self_attn.out_proj",
                           "encoder.layers.0.linear1", "encoder.layers.0.dropout", "encoder.layers.0.linear2",
                           "encoder.layers.0.norm1", "encoder.layers.0.norm2", "encoder.layers.0.dropout1",
                           "encoder.layers.0.dropout2", "head"}
            << qint64(9802) << 6 << "1x28x28" << int(InputSpec::Source::Guessed); // the attention counts: its in-projection
    }
    void layerTree()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        QFETCH(qint64, totalParams);
        QFETCH(int, quantizable);
        QFETCH(QString, input);
        QFETCH(int, inputSource);

        const auto result = ModelDocument::open(test::fixture(file));
        QVERIFY2(result, qPrintable(result.message));
        const ModelInfo &info = result.document->info();
        QCOMPARE(layerNames(info), names);
        QCOMPARE(info.totalParams(), totalParams);
        QCOMPARE(info.totalBytes(), info.bytesByDtype().value(QStringLiteral("float32")) + info.bytesByDtype().value(QStringLiteral("int64")));
        QCOMPARE(info.quantizableLayerCount(), quantizable);
        QCOMPARE(info.input.shapeText(), input);
        QCOMPARE(int(info.input.source), inputSource);
        QVERIFY(info.unsupportedReason.isEmpty());
        QCOMPARE(info.forwardArguments.size(), 1);
        // Children sum up to their parent.
        for (const LayerInfo &layer : info.layers) {
            qint64 sum = layer.ownParams;
            for (int c : layer.children)
                sum += info.layers.at(c).totalParams;
            QCOMPARE(layer.totalParams, sum);
        }
    }

    void typesAreDemangled()
    {
        for (const char *file : {"cnn_scripted.pt", "cnn_traced.pt"}) {
            const auto result = ModelDocument::open(test::fixture(QLatin1String(file)));
            QVERIFY(result);
            const ModelInfo &info = result.document->info();
            const LayerInfo &conv2 = info.layers.at(info.indexOf(QStringLiteral("conv2")));
            QCOMPARE(conv2.qualifiedType, QStringLiteral("torch.nn.modules.conv.Conv2d"));
            QCOMPARE(conv2.type, QStringLiteral("Conv2d"));
            QCOMPARE(conv2.kind.kind, LayerKind::Convolution);
            QCOMPARE(info.layers.at(info.indexOf(QStringLiteral("bn2"))).kind.kind, LayerKind::BatchNorm);
            QCOMPARE(info.layers.first().type, QStringLiteral("SmallCnn"));
        }
    }

    void archiveMetadata()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(result);
        const ModelInfo &info = result.document->info();
        QCOMPARE(info.extraFiles, QStringList{QStringLiteral("quantbench.json")});
        QCOMPARE(info.quantbenchJson.value(QStringLiteral("labels")).toArray().size(), 10);
        QCOMPARE(info.fileSize, QFileInfo(test::fixture(QStringLiteral("cnn_scripted.pt"))).size());
        QCOMPARE(result.document->sha256().size(), 64);
    }

    void userInputShapeWins()
    {
        ModelDocument::OpenOptions options;
        QString error;
        options.input = InputSpec::parseShape(QStringLiteral("8x1x28x28"), &error);
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")), options);
        QVERIFY(result);
        QCOMPARE(result.document->info().input.shapeText(), QStringLiteral("8x1x28x28"));
        QCOMPARE(result.document->info().input.source, InputSpec::Source::User);
    }

    void weightStatistics()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(result);
        const int conv1 = result.document->info().indexOf(QStringLiteral("conv1"));
        const QVector<TensorInfo> tensors = result.document->statistics(conv1);
        QCOMPARE(tensors.size(), 2);
        const TensorInfo &weight = tensors.at(0);
        QCOMPARE(weight.name, QStringLiteral("weight"));
        QCOMPARE(weight.shape, (QVector<qint64>{8, 1, 3, 3}));
        QVERIFY(weight.hasStats);
        QCOMPARE(weight.channels.size(), 8);
        // PyTorch's default init for Conv2d(1, 8, 3) is uniform in +-1/sqrt(9).
        QVERIFY(weight.stats.min >= -1.0 / 3 - 1e-6 && weight.stats.max <= 1.0 / 3 + 1e-6);
        QVERIFY(weight.stats.min < weight.stats.mean && weight.stats.mean < weight.stats.max);
        QVERIFY(weight.stats.std > 0.05);
        double lowest = 1e9, highest = -1e9;
        for (const ChannelRange &c : weight.channels) {
            QVERIFY(c.min <= c.max);
            lowest = std::min(lowest, c.min);
            highest = std::max(highest, c.max);
        }
        QCOMPARE(lowest, weight.stats.min);
        QCOMPARE(highest, weight.stats.max);
        // The bias is rank 1: statistics, no per-channel ranges.
        QVERIFY(tensors.at(1).hasStats);
        QVERIFY(tensors.at(1).channels.isEmpty());
    }

    void statisticsOfKnownWeights()
    {
        // An MLP built in C++, then its statistics checked against what the seeded weights must give:
        // Kaiming-uniform in +-1/sqrt(in) has std 1/sqrt(3*in).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mlp.pt"));
        QString error;
        QVERIFY2(saveMlp(path, {400, 300, 10}, 7, {}, &error), qPrintable(error));
        const auto result = ModelDocument::open(path);
        QVERIFY2(result, qPrintable(result.message));
        const ModelInfo &info = result.document->info();
        QCOMPARE(info.totalParams(), qint64(400 * 300 + 300 + 300 * 10 + 10));
        QCOMPARE(info.layers.at(1).qualifiedType, QStringLiteral("torch.nn.modules.linear.Linear"));
        const TensorInfo w = result.document->statistics(1).at(0);
        const double expectedStd = 1.0 / std::sqrt(3.0 * 400);
        QVERIFY2(std::abs(w.stats.std - expectedStd) / expectedStd < 0.02, qPrintable(QString::number(w.stats.std)));
        QVERIFY(std::abs(w.stats.mean) < 0.002);
        QCOMPARE(w.channels.size(), 300);
        QCOMPARE(info.input.shapeText(), QStringLiteral("1x400"));
    }

    // A model whose forward() takes two tensors opens with both, named after its arguments, scripted
    // or traced; the guess is checked by a trial run.
    void twoInputModelOpensWithBothInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("scripted") << "two_inputs.pt";
        QTest::newRow("traced") << "two_inputs_traced.pt";
    }
    void twoInputModelOpensWithBothInputs()
    {
        QFETCH(QString, file);
        const auto result = ModelDocument::open(test::fixture(file));
        QVERIFY2(result, qPrintable(result.message));
        const ModelInfo &info = result.document->info();
        QCOMPARE(info.forwardArguments.size(), 2);
        QVERIFY2(info.unsupportedReason.isEmpty(), qPrintable(info.unsupportedReason));
        QCOMPARE(info.input.count(), 2);
        QCOMPARE(info.input.shapeText(), QStringLiteral("a:1x8:float32,b:1x8:float32"));
        QCOMPARE(info.input.source, InputSpec::Source::Guessed);
        QCOMPARE(info.layers.size(), 2);
    }

    // Token models: the archive's inputs, or a guess from the first embedding with its vocabulary.
    void tokenModelsKnowTheirInputs()
    {
        const auto bert = ModelDocument::open(test::fixture(QStringLiteral("bert_tiny.pt")));
        QVERIFY2(bert, qPrintable(bert.message));
        const InputSpec &in = bert.document->info().input;
        QCOMPARE(in.shapeText(), QStringLiteral("input_ids:1x32:int64,attention_mask:1x32:int64"));
        QCOMPARE(in.source, InputSpec::Source::Archive);
        QCOMPARE(in.first().vocab, qint64(1000));
        QVERIFY(in.tensors.at(1).isMask());
        const auto bag = ModelDocument::open(test::fixture(QStringLiteral("embbag.pt")));
        QVERIFY2(bag, qPrintable(bag.message));
        QCOMPARE(bag.document->info().input.first().dtype, QStringLiteral("int64"));
        QCOMPARE(bag.document->info().input.first().vocab, qint64(2000));
        QCOMPARE(bag.document->info().input.source, InputSpec::Source::Guessed);
    }

    void jsonHasTheFields()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("lstm.pt")));
        QVERIFY(result);
        const QJsonObject json = result.document->infoWithStatistics().toJson();
        for (const char *key : {"path", "file_size", "extra_files", "input", "total_params", "bytes_by_dtype", "layers"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject lstm = json.value(QStringLiteral("layers")).toArray().at(1).toObject();
        QCOMPARE(lstm.value(QStringLiteral("type")).toString(), QStringLiteral("torch.nn.modules.rnn.LSTM"));
        QCOMPARE(lstm.value(QStringLiteral("modes")).toString(), QStringLiteral("dynamic"));
        const QJsonObject weight = lstm.value(QStringLiteral("tensors")).toArray().at(0).toObject();
        QVERIFY(weight.contains(QStringLiteral("stats")));
        QCOMPARE(weight.value(QStringLiteral("channel_min")).toArray().size(), 128);
    }
};

QTEST_GUILESS_MAIN(TestModelDocument)
#include "tst_modeldocument.moc"
