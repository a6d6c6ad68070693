#include "data/datasummary.h"
#include "data/idxfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

using namespace qb;

namespace {

QByteArray idxHeader(QVector<quint32> dims)
{
    QByteArray h("\x00\x00\x08", 3);
    h.append(char(dims.size()));
    for (quint32 d : dims) {
        h.append(char(d >> 24));
        h.append(char((d >> 16) & 0xff));
        h.append(char((d >> 8) & 0xff));
        h.append(char(d & 0xff));
    }
    return h;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void writeGzip(const QString &path, const QByteArray &bytes)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(f);
    gzwrite(f, bytes.constData(), unsigned(bytes.size()));
    gzclose(f);
}

InputSpec imageInput()
{
    InputSpec in;
    in.shape = {1, 1, 4, 4};
    return in;
}

} // namespace

class TestData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // 6 images of 4x4 with value = index, labels 0..5; written raw and gzip.
        QByteArray images = idxHeader({6, 4, 4});
        for (int i = 0; i < 6; ++i)
            images.append(QByteArray(16, char(i * 40)));
        QByteArray labels = idxHeader({6});
        for (int i = 0; i < 6; ++i)
            labels.append(char(i));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("raw")));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("gz")));
        write(path("raw/train-images-idx3-ubyte"), images);
        write(path("raw/train-labels-idx1-ubyte"), labels);
        writeGzip(path("gz/t10k-images-idx3-ubyte.gz"), images);
        writeGzip(path("gz/t10k-labels-idx1-ubyte.gz"), labels);

        write(path("badmagic-images-idx3-ubyte"), QByteArray("\x12\x34\x08\x03", 4) + images.mid(4));
        write(path("truncated-images-idx3-ubyte"), images.left(images.size() - 10));
        QByteArray fewLabels = idxHeader({5});
        fewLabels.append(QByteArray(5, 1));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("mismatch")));
        write(path("mismatch/train-images-idx3-ubyte"), images);
        write(path("mismatch/train-labels-idx1-ubyte"), fewLabels);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("empty")));
    }

    void readsRawAndGzip_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("split");
        QTest::newRow("raw") << "raw" << "train";
        QTest::newRow("gzip") << "gz" << "test";
    }
    void readsRawAndGzip()
    {
        QFETCH(QString, folder);
        QFETCH(QString, split);
        DataSpec spec;
        spec.kind = DataSpec::Kind::Idx;
        spec.path = path(folder);
        spec.split = split;
        spec.batchSize = 4;
        const DataSummary s = summarizeData(spec, imageInput());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.samples, 6);
        QCOMPARE(s.batches, 2); // 4 + 2
        QVERIFY(s.labelled);
        QCOMPARE(s.classes, 6);
        QCOMPARE(s.sampleShape, (QVector<qint64>{1, 4, 4}));
    }

    void batchLimitIsTheSubset()
    {
        DataSpec spec;
        spec.kind = DataSpec::Kind::Idx;
        spec.path = path("raw");
        spec.split = QStringLiteral("train");
        spec.batchSize = 2;
        spec.maxBatches = 2;
        spec.shuffle = true;
        const DataSummary s = summarizeData(spec, imageInput());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.samples, 4);
    }

    void badData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QStringList>("shape");
        QTest::addColumn<QString>("phrase");
        const QStringList ok{"1", "1", "4", "4"};
        QTest::newRow("wrong magic") << "badmagic-images-idx3-ubyte" << "train" << ok << "wrong magic number";
        QTest::newRow("truncated") << "truncated-images-idx3-ubyte" << "train" << ok << "is truncated";
        QTest::newRow("labels mismatch") << "mismatch" << "train" << ok << "6 images but train-labels-idx1-ubyte has 5 labels";
        QTest::newRow("wrong size") << "raw" << "train" << QStringList{"1", "3", "32", "32"} << "The images are 4x4 (16 values each) but the model takes 1x3x32x32";
        QTest::newRow("empty folder") << "empty" << "test" << ok << "No test images";
        QTest::newRow("missing") << "nowhere" << "test" << ok << "";
    }
    void badData()
    {
        QFETCH(QString, file);
        QFETCH(QString, split);
        QFETCH(QStringList, shape);
        QFETCH(QString, phrase);
        DataSpec spec;
        spec.kind = DataSpec::Kind::Idx;
        spec.path = path(file);
        spec.split = split;
        InputSpec in;
        for (const QString &d : shape)
            in.shape << d.toLongLong();
        const DataSummary s = summarizeData(spec, in);
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
        QVERIFY2(s.error.contains(phrase), qPrintable(s.error));
    }

    void tensorFileFixture()
    {
        DataSpec spec;
        spec.kind = DataSpec::Kind::TensorFile;
        spec.path = QStringLiteral(QB_FIXTURES_DIR "/cnn_input.pt");
        InputSpec in;
        in.shape = {1, 1, 28, 28};
        const DataSummary s = summarizeData(spec, in);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.samples, 4);
        QVERIFY(!s.labelled);
        // A model file is not a tensor file.
        spec.path = QStringLiteral(QB_FIXTURES_DIR "/state_dict.pt");
        const DataSummary bad = summarizeData(spec, in);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("neither a tensor")) || bad.error.contains(QLatin1String("not a tensor file")),
                 qPrintable(bad.error));
    }

    void fashionMnistFromDebian()
    {
        if (!QFileInfo::exists(defaultFashionMnistFolder()))
            QSKIP("dataset-fashion-mnist is not installed");
        const DataSpec spec = DataSpec::fashionMnist(QStringLiteral("test"), 1000, 100);
        InputSpec in;
        in.shape = {1, 1, 28, 28};
        const DataSummary s = summarizeData(spec, in);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.samples, 10000);
        QCOMPARE(s.classes, 10);
    }

    void specJsonRoundTrip()
    {
        DataSpec spec = DataSpec::fashionMnist(QStringLiteral("train"), 64, 3);
        spec.shuffle = true;
        spec.seed = 42;
        spec.mean = 0.286;
        spec.std = 0.353;
        QString error;
        const DataSpec back = DataSpec::fromJson(spec.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.toJson(), spec.toJson());
        DataSpec::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("idx")}, {QStringLiteral("bath_size"), 3}}, &error);
        QVERIFY(error.contains(QLatin1String("\"bath_size\"")));
    }
};

QTEST_GUILESS_MAIN(TestData)
#include "tst_data.moc"
