#include "data/batches_p.h"
#include "data/datasummary.h"
#include "data/idxfile.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSet>
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
    return InputSpec::single({1, 1, 4, 4});
}

InputSpec shapeInput(QVector<qint64> shape)
{
    return InputSpec::single(shape);
}

QImage grayImage(int width, int height, int value)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(uint(value));
    return image;
}

void savePng(const QString &path, const QImage &image)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
}

DataSpec imageFolder(const QString &path, int batchSize = 32)
{
    DataSpec spec;
    spec.kind = DataSpec::Kind::ImageFolder;
    spec.path = path;
    spec.batchSize = batchSize;
    spec.maxBatches = 1000;
    return spec;
}

DataSpec csvFile(const QString &path)
{
    DataSpec spec;
    spec.kind = DataSpec::Kind::Csv;
    spec.path = path;
    spec.batchSize = 2;
    spec.maxBatches = 1000;
    return spec;
}

/// The single input and the labels of all batches.
struct Read {
    at::Tensor inputs;
    at::Tensor labels;
};

/// All batches of a reader glued together; fails the test on a reader error.
Read readAll(const DataSpec &spec, const InputSpec &input)
{
    QString error;
    const auto batches = qb::detail::loadBatches(spec, input, &error);
    if (batches.empty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    std::vector<at::Tensor> inputs, labels;
    for (const auto &b : batches) {
        inputs.push_back(b.inputs.front());
        if (b.labels.defined())
            labels.push_back(b.labels);
    }
    return {torch::cat(inputs), labels.empty() ? at::Tensor() : torch::cat(labels)};
}

QVector<qint64> sizesOf(const at::Tensor &t)
{
    QVector<qint64> sizes;
    for (int64_t d : t.sizes())
        sizes << d;
    return sizes;
}

QVector<qint64> longsOf(const at::Tensor &t)
{
    const at::Tensor c = t.to(torch::kLong).contiguous();
    return QVector<qint64>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

/// The error a reader reports, reading through all its batches.
QString readerError(const DataSpec &spec, const InputSpec &input)
{
    qb::detail::BatchReader reader(spec, input);
    while (reader.next()) {
    }
    return reader.error();
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

    // The buffer is sized from the gzip trailer, which states only the last member's size: a file
    // of several members (as `cat a.gz b.gz` makes) still reads whole, past the first guess.
    void gzipOfSeveralMembersReadsWhole()
    {
        QByteArray images = idxHeader({300, 28, 28});
        for (int i = 0; i < 300 * 28 * 28; ++i)
            images.append(char((i * 7919) % 251));
        const int cut = images.size() - 1000;
        writeGzip(path("first.gz"), images.left(cut));
        writeGzip(path("second.gz"), images.mid(cut));
        QFile first(path("first.gz")), second(path("second.gz"));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        write(path("members-images-idx3-ubyte.gz"), first.readAll() + second.readAll());
        QString error;
        const IdxFile idx = readIdxFile(path("members-images-idx3-ubyte.gz"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(idx.dims, (QVector<qint64>{300, 28, 28}));
        QCOMPARE(idx.data, images.mid(16));
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
        InputSpec in = InputSpec::single({});
        for (const QString &d : shape)
            in.tensors[0].shape << d.toLongLong();
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
        const InputSpec in = InputSpec::single({1, 1, 28, 28});
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
        const InputSpec in = InputSpec::single({1, 1, 28, 28});
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

    // --- image folders ---

    void imageValues()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath("images");
        savePng(root + "/white/a.png", grayImage(4, 4, 255));
        QImage dot = grayImage(4, 4, 0);
        dot.setPixel(1, 2, qRgb(51, 51, 51)); // x 1, y 2
        savePng(root + "/xdot/a.png", dot);

        const Read b = readAll(imageFolder(root), imageInput());
        QVERIFY(b.inputs.defined());
        QCOMPARE(sizesOf(b.inputs), (QVector<qint64>{2, 1, 4, 4}));
        QCOMPARE(b.inputs[0].min().item<float>(), 1.0F);
        QCOMPARE(b.inputs[0].max().item<float>(), 1.0F);
        QCOMPARE(b.inputs[1][0][2][1].item<float>(), 0.2F);
        QCOMPARE(b.inputs[1].sum().item<float>(), 0.2F); // every other pixel is 0
        QCOMPARE(longsOf(b.labels), (QVector<qint64>{0, 1}));
    }

    void rgbAndGrayscale_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<QVector<double>>("mean");
        QTest::addColumn<QVector<double>>("std");
        QTest::addColumn<QVector<double>>("expected"); // per channel, every pixel
        QTest::newRow("rgb") << 3 << QVector<double>{0.0} << QVector<double>{1.0} << QVector<double>{1.0, 0.0, 0.2};
        // Grayscale models get ITU-R 601 luma, as PIL's convert("L"): 0.299 R + 0.587 G + 0.114 B.
        QTest::newRow("gray") << 1 << QVector<double>{0.0} << QVector<double>{1.0} << QVector<double>{0.299 + 0.114 * 0.2};
        QTest::newRow("per-channel mean/std") << 3 << QVector<double>{0.5, 0.5, 0.5} << QVector<double>{0.5, 0.25, 0.5}
                                              << QVector<double>{1.0, -2.0, -0.6};
        QTest::newRow("scalar mean/std") << 3 << QVector<double>{0.5} << QVector<double>{0.25} << QVector<double>{2.0, -2.0, -1.2};
    }
    void rgbAndGrayscale()
    {
        QFETCH(int, channels);
        QFETCH(QVector<double>, mean);
        QFETCH(QVector<double>, std);
        QFETCH(QVector<double>, expected);
        QTemporaryDir dir;
        QImage rgb(4, 4, QImage::Format_RGB32);
        rgb.fill(qRgb(255, 0, 51));
        savePng(dir.filePath("only/a.png"), rgb);
        DataSpec spec = imageFolder(dir.path());
        if (mean.size() == 1) {
            spec.mean = mean.front();
            spec.std = std.front();
        } else {
            spec.channelMean = mean;
            spec.channelStd = std;
        }
        const Read b = readAll(spec, shapeInput({1, channels, 4, 4}));
        QVERIFY(b.inputs.defined());
        QCOMPARE(sizesOf(b.inputs), (QVector<qint64>{1, channels, 4, 4}));
        for (int c = 0; c < channels; ++c) {
            QVERIFY2(std::abs(b.inputs[0][c].min().item<double>() - expected.at(c)) < 1e-5, qPrintable(QString::number(c)));
            QVERIFY2(std::abs(b.inputs[0][c].max().item<double>() - expected.at(c)) < 1e-5, qPrintable(QString::number(c)));
        }
    }

    void resizeAndCentreCrop()
    {
        // 16x8 image of four vertical bands 4 pixels wide: 0, 85, 170, 255. Covering 4x4 halves it to 8x4
        // (bands 2 wide); the centre crop keeps the two middle bands.
        QTemporaryDir dir;
        QImage bands(16, 8, QImage::Format_Grayscale8);
        for (int x = 0; x < 16; ++x)
            for (int y = 0; y < 8; ++y)
                bands.scanLine(y)[x] = uchar(85 * (x / 4));
        savePng(dir.filePath("c/wide.png"), bands);
        // A tall 4x12 image scales by 1 and keeps its middle rows 4..7.
        QImage tall(4, 12, QImage::Format_Grayscale8);
        for (int y = 0; y < 12; ++y)
            std::memset(tall.scanLine(y), y < 4 ? 0 : y < 8 ? 255 : 0, 4);
        savePng(dir.filePath("d/tall.png"), tall);

        const Read b = readAll(imageFolder(dir.path()), imageInput());
        QVERIFY(b.inputs.defined());
        QCOMPARE(sizesOf(b.inputs), (QVector<qint64>{2, 1, 4, 4}));
        const QVector<double> row{85 / 255.0, 85 / 255.0, 170 / 255.0, 170 / 255.0};
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                QVERIFY2(std::abs(b.inputs[0][0][y][x].item<double>() - row.at(x)) < 0.02,
                         qPrintable(QStringLiteral("(%1, %2) = %3").arg(x).arg(y).arg(b.inputs[0][0][y][x].item<double>())));
        QCOMPARE(b.inputs[1].min().item<float>(), 1.0F);

        // With resizing off, the same images are refused, naming the file and both sizes.
        DataSpec exact = imageFolder(dir.path());
        exact.resize = false;
        const QString error = readerError(exact, imageInput());
        QVERIFY2(error.contains("wide.png") && error.contains("16x8") && error.contains("4x4"), qPrintable(error));
    }

    void labelsFollowFolderNames()
    {
        // Classes sort by code point like torchvision's ImageFolder: "Moth" < "ant" < "zebra". Each class's
        // images have their own grey so the test can see images and labels stay paired.
        QTemporaryDir dir;
        const QMap<QString, int> grey{{"Moth", 40}, {"ant", 80}, {"zebra", 120}};
        savePng(dir.filePath("zebra/z.png"), grayImage(4, 4, grey["zebra"]));
        savePng(dir.filePath("ant/b.png"), grayImage(4, 4, grey["ant"]));
        savePng(dir.filePath("ant/a.png"), grayImage(4, 4, grey["ant"]));
        savePng(dir.filePath("Moth/m.png"), grayImage(4, 4, grey["Moth"]));
        write(dir.filePath("ant/notes.txt"), "not an image");
        const Read b = readAll(imageFolder(dir.path(), 3), imageInput());
        QVERIFY(b.inputs.defined());
        QCOMPARE(longsOf(b.labels), (QVector<qint64>{0, 1, 1, 2}));
        const QVector<int> expectedGrey{40, 80, 80, 120};
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::abs(b.inputs[i].mean().item<double>() - expectedGrey.at(i) / 255.0) < 1e-6);

        const DataSummary s = summarizeData(imageFolder(dir.path(), 3), imageInput());
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.samples, 4);
        QCOMPARE(s.batches, 2);
        QCOMPARE(s.classes, 3);
    }

    void readerStreamsOneBatchAtATime()
    {
        // Seven images; the last one (in name order) is damaged. A lazy reader hands out the first two
        // batches before it ever touches it, and then names it.
        QTemporaryDir dir;
        for (int i = 0; i < 6; ++i)
            savePng(dir.filePath(QStringLiteral("c/%1.png").arg(i)), grayImage(4, 4, 10 * i));
        write(dir.filePath("c/6.png"), "this is not a PNG");
        qb::detail::BatchReader reader(imageFolder(dir.path(), 3), imageInput());
        QVERIFY2(reader.isValid(), qPrintable(reader.error()));
        QCOMPARE(reader.sampleCount(), int64_t(7));
        QCOMPARE(reader.batchCount(), 3);
        QCOMPARE(reader.samplesRead(), int64_t(0)); // opening lists names and decodes nothing
        auto first = reader.next();
        QVERIFY(first);
        QCOMPARE(first->size(), int64_t(3));
        QCOMPARE(reader.samplesRead(), int64_t(3));
        QCOMPARE(first->inputs.front()[2][0][0][0].item<float>(), 20 / 255.0F);
        auto second = reader.next();
        QVERIFY(second);
        QCOMPARE(reader.samplesRead(), int64_t(6));
        QCOMPARE(second->inputs.front()[0][0][0][0].item<float>(), 30 / 255.0F);
        QVERIFY(reader.error().isEmpty());
        QVERIFY(!reader.next());
        QVERIFY2(reader.error().contains(dir.filePath("c/6.png")) && reader.error().contains("cannot be read as an image"),
                 qPrintable(reader.error()));
        QVERIFY(!reader.next()); // stays stopped

        // The whole-list form reports the same and hands back nothing.
        QString error;
        QVERIFY(qb::detail::loadBatches(imageFolder(dir.path(), 3), imageInput(), &error).empty());
        QVERIFY2(error.contains("6.png"), qPrintable(error));
    }

    void seededRandomSubset()
    {
        // Ten images whose grey encodes their index: the subset read tells which files were chosen.
        QTemporaryDir dir;
        for (int i = 0; i < 10; ++i)
            savePng(dir.filePath(QStringLiteral("c/%1.png").arg(i)), grayImage(4, 4, 20 * i));
        auto chosen = [&](quint64 seed, bool shuffle, qint64 *decoded) {
            DataSpec spec = imageFolder(dir.path(), 2);
            spec.maxBatches = 2;
            spec.shuffle = shuffle;
            spec.seed = seed;
            qb::detail::BatchReader reader(spec, imageInput());
            QVector<int> picked;
            while (auto b = reader.next())
                for (int64_t i = 0; i < b->size(); ++i)
                    picked << int(std::lround(b->inputs.front()[i][0][0][0].item<double>() * 255.0 / 20.0));
            *decoded = reader.samplesRead();
            return picked;
        };
        qint64 decoded = 0;
        QCOMPARE(chosen(7, false, &decoded), (QVector<int>{0, 1, 2, 3}));
        const QVector<int> a = chosen(7, true, &decoded);
        QCOMPARE(decoded, qint64(4)); // only the chosen files were decoded
        QCOMPARE(a.size(), 4);
        QCOMPARE(QSet<int>(a.cbegin(), a.cend()).size(), 4);
        QVERIFY(std::all_of(a.cbegin(), a.cend(), [](int i) { return i >= 0 && i < 10; }));
        QCOMPARE(chosen(7, true, &decoded), a); // same seed, same subset in the same order
        QVERIFY(chosen(8, true, &decoded) != a);
        QVERIFY(a != (QVector<int>{0, 1, 2, 3}));
    }

    void badImageFolders_data()
    {
        QTest::addColumn<QString>("layout"); // files to create, relative; "*.png" are images
        QTest::addColumn<QStringList>("shape");
        QTest::addColumn<QString>("phrase");
        const QStringList ok{"1", "1", "4", "4"};
        QTest::newRow("empty folder") << "" << ok << "holds no class subfolders and no images";
        QTest::newRow("images without classes") << "a.png b.png" << ok << "holds images but no class subfolders";
        QTest::newRow("classes without images") << "cat/readme.txt dog/" << ok << "2 class subfolders (cat, dog) but no images";
        QTest::newRow("not an image model") << "cat/a.png" << QStringList{"1", "16"} << "need a model that takes images";
        QTest::newRow("four channels") << "cat/a.png" << QStringList{"1", "4", "4", "4"} << "N x 3 x H x W (RGB)";
        QTest::newRow("broken image") << "cat/a.png cat/broken.png" << ok << "broken.png cannot be read as an image";
    }
    void badImageFolders()
    {
        QFETCH(QString, layout);
        QFETCH(QStringList, shape);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        for (const QString &file : layout.split(' ', Qt::SkipEmptyParts)) {
            if (file.endsWith('/'))
                QVERIFY(QDir().mkpath(dir.filePath(file)));
            else if (file.endsWith("broken.png"))
                write(dir.filePath(file), QByteArray("\x89PNG but then nothing"));
            else if (file.endsWith(".png"))
                savePng(dir.filePath(file), grayImage(4, 4, 128));
            else {
                QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(file)).path()));
                write(dir.filePath(file), "text");
            }
        }
        InputSpec in = InputSpec::single({});
        for (const QString &d : shape)
            in.tensors[0].shape << d.toLongLong();
        const DataSummary s = summarizeData(imageFolder(dir.path()), in);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(phrase), qPrintable(s.error));
    }

    void channelCountsMustFit()
    {
        QTemporaryDir dir;
        savePng(dir.filePath("c/a.png"), grayImage(4, 4, 0));
        DataSpec spec = imageFolder(dir.path());
        spec.channelMean = {0.485, 0.456, 0.406};
        const QString error = readerError(spec, imageInput());
        QVERIFY2(error.contains("\"mean\" gives 3 values") && error.contains("has 1 channels"), qPrintable(error));
    }

    // --- CSV ---

    void csvValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("shape");
        QTest::addColumn<bool>("labelled");
        const QStringList flat{"1", "4"};
        QTest::newRow("header") << QByteArray("a,b,c,d,label\n1,2,3,4,0\n5,6,7,8,2\n-1,0.5,1e-2,\"3\",1\n") << flat << true;
        QTest::newRow("no header, CRLF, blank lines") << QByteArray("1,2,3,4,0\r\n\r\n5,6,7,8,2\r\n-1,0.5,1e-2,3,1\r\n\r\n") << flat << true;
        QTest::newRow("pandas numbered header, float labels") << QByteArray("0,1,2,3,label\n1,2,3,4,0.0\n5,6,7,8,2.0\n-1,0.5,0.01,3,1.0\n") << flat << true;
        QTest::newRow("semicolons, reshaped") << QByteArray("1;2;3;4;0\n5;6;7;8;2\n-1;0.5;0.01;3;1\n") << QStringList{"1", "1", "2", "2"} << true;
        QTest::newRow("unlabelled") << QByteArray("1,2,3,4\n5,6,7,8\n-1,0.5,0.01,3\n") << flat << false;
    }
    void csvValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, shape);
        QFETCH(bool, labelled);
        QTemporaryDir dir;
        write(dir.filePath("data.csv"), text);
        InputSpec in = InputSpec::single({});
        for (const QString &d : shape)
            in.tensors[0].shape << d.toLongLong();
        const Read b = readAll(csvFile(dir.filePath("data.csv")), in);
        QVERIFY(b.inputs.defined());
        QVector<qint64> expectedShape = in.first().shape;
        expectedShape[0] = 3;
        QCOMPARE(sizesOf(b.inputs), expectedShape);
        const at::Tensor flat = b.inputs.reshape({3, 4});
        const std::vector<float> expected{1, 2, 3, 4, 5, 6, 7, 8, -1, 0.5F, 0.01F, 3};
        for (int i = 0; i < 12; ++i)
            QCOMPARE(flat[i / 4][i % 4].item<float>(), expected[size_t(i)]);
        QCOMPARE(b.labels.defined(), labelled);
        if (labelled)
            QCOMPARE(longsOf(b.labels), (QVector<qint64>{0, 2, 1}));
    }

    void badCsv_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("ragged row after header") << QByteArray("a,b,c,d,label\n1,2,3,4,0\n1,2,3,4,0\n1,2,3,0\n") << "data.csv: line 4 has 4 columns, the header has 5";
        QTest::newRow("ragged row, no header") << QByteArray("1,2,3,4,0\n\n1,2,3,4,5,0\n") << "line 3 has 6 columns, the first row has 5";
        QTest::newRow("not a number") << QByteArray("a,b,c,d,label\n1,2,3,4,0\n1,x7,3,4,0\n") << "line 3, column 2 holds \"x7\", which is not a number";
        QTest::newRow("empty cell") << QByteArray("1,2,3,4,0\n1,,3,4,0\n") << "line 2, column 2 holds \"\"";
        QTest::newRow("label not whole") << QByteArray("1,2,3,4,0\n1,2,3,4,1.5\n") << "line 2 has the label \"1.5\"";
        QTest::newRow("label negative") << QByteArray("1,2,3,4,-1\n") << "line 1 has the label \"-1\"";
        QTest::newRow("too many features") << QByteArray("1,2,3,4,5,6,0\n") << "has 7 columns, but the model takes 4 values per sample";
        QTest::newRow("empty") << QByteArray("\n\n") << "data.csv is empty";
        QTest::newRow("header only") << QByteArray("a,b,c,d,label\n") << "has a header but no data rows";
    }
    void badCsv()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, phrase);
        QTemporaryDir dir;
        write(dir.filePath("data.csv"), text);
        const DataSummary s = summarizeData(csvFile(dir.filePath("data.csv")), shapeInput({1, 4}));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(phrase), qPrintable(s.error));
    }

    void csvRandomSubsetReadsChosenRows()
    {
        QTemporaryDir dir;
        QByteArray text("x,label\n");
        for (int i = 0; i < 20; ++i)
            text += QByteArray::number(i) + ',' + QByteArray::number(i % 3) + '\n';
        write(dir.filePath("rows.csv"), text);
        DataSpec spec = csvFile(dir.filePath("rows.csv"));
        spec.batchSize = 3;
        spec.maxBatches = 2;
        spec.shuffle = true;
        spec.seed = 3;
        const Read b = readAll(spec, shapeInput({1, 1}));
        QVERIFY(b.inputs.defined());
        QCOMPARE(b.inputs.size(0), int64_t(6));
        const QVector<qint64> rows = longsOf(b.inputs.flatten());
        QCOMPARE(QSet<qint64>(rows.cbegin(), rows.cend()).size(), 6);
        QVERIFY(rows != (QVector<qint64>{0, 1, 2, 3, 4, 5}));
        QVector<qint64> expectedLabels;
        for (qint64 r : rows)
            expectedLabels << r % 3; // each row keeps its own label
        QCOMPARE(longsOf(b.labels), expectedLabels);
        QCOMPARE(longsOf(readAll(spec, shapeInput({1, 1})).inputs.flatten()), rows);
    }

    // --- data arguments and JSON ---

    void argumentsPickTheKind()
    {
        QTemporaryDir dir;
        savePng(dir.filePath("pets/cat/a.png"), grayImage(4, 4, 0));
        write(dir.filePath("table.csv"), "1,2,0\n");
        QString error;
        QCOMPARE(DataSpec::fromArgument(dir.filePath("pets"), "test", &error).kind, DataSpec::Kind::ImageFolder);
        QCOMPARE(DataSpec::fromArgument(dir.filePath("table.csv"), "test", &error).kind, DataSpec::Kind::Csv);
        QCOMPARE(DataSpec::fromArgument(path("raw"), "train", &error).kind, DataSpec::Kind::Idx);
        QCOMPARE(DataSpec::fromArgument(path("raw/train-images-idx3-ubyte"), "train", &error).kind, DataSpec::Kind::Idx);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DataSpec pets = DataSpec::fromArgument(dir.filePath("pets"), "test", &error);
        QCOMPARE(pets.describe(), QStringLiteral("pets"));
        const DataSummary s = summarizeData(pets, imageInput());
        QVERIFY2(s.ok, qPrintable(s.error));
    }

    void newKindsJsonRoundTrip()
    {
        DataSpec images;
        images.kind = DataSpec::Kind::ImageFolder;
        images.path = "/data/pets";
        images.channelMean = {0.485, 0.456, 0.406};
        images.channelStd = {0.229, 0.224, 0.225};
        images.resize = false;
        images.shuffle = true;
        images.seed = 5;
        QString error;
        const QJsonObject json = images.toJson();
        QCOMPARE(json.value("kind").toString(), QStringLiteral("image-folder"));
        QCOMPARE(json.value("mean").toArray().size(), 3);
        const DataSpec back = DataSpec::fromJson(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.kind, DataSpec::Kind::ImageFolder);
        QCOMPARE(back.channelStd, images.channelStd);
        QCOMPARE(back.resize, false);
        QCOMPARE(back.toJson(), json);

        DataSpec csv;
        csv.kind = DataSpec::Kind::Csv;
        csv.path = "/data/table.csv";
        csv.mean = 2.0;
        const DataSpec csvBack = DataSpec::fromJson(csv.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(csvBack.kind, DataSpec::Kind::Csv);
        QCOMPARE(csvBack.mean, 2.0);
        QCOMPARE(csvBack.toJson(), csv.toJson());

        error.clear();
        DataSpec::fromJson(QJsonObject{{"kind", "image-folder"}, {"mean", "bright"}}, &error);
        QVERIFY2(error.contains("\"mean\" must be a number"), qPrintable(error));
        error.clear();
        DataSpec::fromJson(QJsonObject{{"kind", "image-folder"}, {"std", QJsonArray{0.2, 0.0, 0.2}}}, &error);
        QVERIFY2(error.contains("\"std\" must be above 0"), qPrintable(error));
        error.clear();
        DataSpec::fromJson(QJsonObject{{"kind", "folder"}}, &error);
        QVERIFY2(error.contains("image-folder or csv"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestData)
#include "tst_data.moc"
