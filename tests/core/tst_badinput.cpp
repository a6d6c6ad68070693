#include "data/datasummary.h"
#include "data/idxfile.h"
#include "model/modeldocument.h"
#include "util/picklecheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace qb;

// Every kind of bad file a user can hand QuantBench: each must give a one-line message saying what
// is wrong and what to do, exit code 3 from the CLI, and never a crash.
class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::writeFile(path("empty.pt"), {});
        test::writeFile(path("notes.pt"), "these are my notes, not a model\n");
        // A protocol-2 pickle header: what torch.save wrote before the zip format.
        test::writeFile(path("legacy.pt"), QByteArray::fromHex("80025d7100") + QByteArray(64, 'x'));
        QFile good(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        test::writeFile(path("truncated.pt"), bytes.left(bytes.size() / 2));
        QByteArray scrambled = bytes;
        // Overwrite the zip's central directory (the archive's table of contents at the end).
        for (qsizetype i = scrambled.size() - 600; i < scrambled.size() - 30; ++i)
            scrambled[i] = char(0x5a);
        test::writeFile(path("scrambled.pt"), scrambled);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("a_folder.pt")));
        // Reading a pipe with no writer would wait forever: it must be refused before it is opened.
        QCOMPARE(::mkfifo(QFile::encodeName(path("pipe.pt")).constData(), 0600), 0);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("error");
        QTest::addColumn<QStringList>("phrases");

        QTest::newRow("missing") << path("nope.pt") << int(ModelDocument::OpenError::NotFound)
                                 << QStringList{"There is no file", "check the path"};
        QTest::newRow("directory") << path("a_folder.pt") << int(ModelDocument::OpenError::IsDirectory)
                                   << QStringList{"is a folder", "choose the TorchScript .pt file"};
        QTest::newRow("empty") << path("empty.pt") << int(ModelDocument::OpenError::Empty)
                               << QStringList{"is empty", "save the model again"};
        QTest::newRow("not a zip") << path("notes.pt") << int(ModelDocument::OpenError::NotZip)
                                   << QStringList{"not a zip file", "torch.jit.save"};
        QTest::newRow("legacy pickle") << path("legacy.pt") << int(ModelDocument::OpenError::LegacyPickle)
                                       << QStringList{"legacy PyTorch pickle", "torch.jit.script"};
        QTest::newRow("truncated") << path("truncated.pt") << int(ModelDocument::OpenError::Corrupt)
                                   << QStringList{"truncated or corrupt", "again"};
        QTest::newRow("scrambled") << path("scrambled.pt") << int(ModelDocument::OpenError::Corrupt)
                                   << QStringList{"truncated or corrupt", "again"};
        QTest::newRow("pipe") << path("pipe.pt") << int(ModelDocument::OpenError::NotRegularFile)
                              << QStringList{"not a regular file", "save the model to a file"};
        QTest::newRow("device") << QStringLiteral("/dev/urandom") << int(ModelDocument::OpenError::NotRegularFile)
                                << QStringList{"not a regular file", "save the model to a file"};
        // Made by tests/fixtures/make_damaged.py from cnn_scripted.pt.
        QTest::newRow("record shorter than its shape")
            << test::fixture(QStringLiteral("short_record.pt")) << int(ModelDocument::OpenError::Corrupt)
            << QStringList{"fc1.weight declares 100352 bytes", "holds 4096", "export the model again"};
        QTest::newRow("constants.pkl missing")
            << test::fixture(QStringLiteral("missing_constants.pt")) << int(ModelDocument::OpenError::Corrupt)
            << QStringList{"constants.pkl record missing", "export the model again"};
        QTest::newRow("state_dict") << test::fixture(QStringLiteral("state_dict.pt"))
                                    << int(ModelDocument::OpenError::StateDict)
                                    << QStringList{"state_dict()", "torch.jit.script", "torch.jit.trace"};
        QTest::newRow("eager pickle") << test::fixture(QStringLiteral("eager_pickle.pt"))
                                      << int(ModelDocument::OpenError::EagerPickle)
                                      << QStringList{"eager PyTorch model", "torch.jit.script"};
    }

    void rejected()
    {
        QFETCH(QString, file);
        QFETCH(int, error);
        QFETCH(QStringList, phrases);

        const auto result = ModelDocument::open(file);
        QVERIFY(!result);
        QCOMPARE(int(result.error), error);
        QVERIFY2(!result.message.contains(QLatin1Char('\n')), qPrintable(result.message));
        for (const QString &phrase : phrases)
            QVERIFY2(result.message.contains(phrase), qPrintable(result.message));

        const test::CliResult cli = test::runCli({QStringLiteral("inspect"), file});
        QCOMPARE(cli.exitCode, 3);
        QVERIFY(cli.out.isEmpty());
        QCOMPARE(cli.err.trimmed(), QStringLiteral("error: ") + result.message);
    }

    // Inputs the fuzzers in tests/fuzz found, kept as regression tests (base64 as libFuzzer prints it).
    void fuzzFindings()
    {
        // fuzz_idx: a header whose dimensions multiply past 64 bits (undefined behaviour before the fix).
        const QString idx = path("overflow-idx3-ubyte");
        test::writeFile(idx, QByteArray::fromBase64("AAAIA/wAAAIJIAACAAgAAgABAgMEBQYH"));
        QString error;
        const IdxFile file = readIdxFile(idx, &error);
        QVERIFY(file.dims.isEmpty());
        QVERIFY2(error.contains(QLatin1String("promises more data")) && error.contains(QLatin1String("again")), qPrintable(error));

        // fuzz_data: a torch.save zip whose directory sent torch::pickle_load's in-memory reader into
        // freed memory; read through the file adapter it is refused with a message.
        DataSpec spec;
        spec.kind = DataSpec::Kind::TensorFile;
        spec.path = QStringLiteral(QB_FUZZ_REGRESSIONS_DIR "/tensorfile-zip-directory.pt");
        QVERIFY(QFileInfo::exists(spec.path));
        const DataSummary summary = summarizeData(spec, InputSpec::parseShape(QStringLiteral("1x1x2x2"), &error));
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(QLatin1String("is not a tensor file written by torch.save")), qPrintable(summary.error));

        // fuzz_data: a pickle declaring a 4 GB string in a few bytes (LibTorch allocated and cleared it
        // first); well-formed pickles pass.
        const QByteArray huge = QByteArray::fromHex("8002") + "X" + QByteArray::fromHex("ffffffff") + "abc.";
        QVERIFY2(checkPickle(huge.constData(), size_t(huge.size())).contains(QLatin1String("declares 4294967295 bytes")),
                 qPrintable(checkPickle(huge.constData(), size_t(huge.size()))));
        const QByteArray fine = QByteArray::fromHex("8002") + "X" + QByteArray::fromHex("03000000") + "abcq" + QByteArray(1, '\0') + ".";
        QCOMPARE(checkPickle(fine.constData(), size_t(fine.size())), QString());
        QVERIFY(checkPickle(fine.constData(), size_t(fine.size() - 1)).contains(QLatin1String("no STOP")));

        // fuzz_data: a tensor whose record is shorter than its shape (index_select read past the end).
        spec.path = QStringLiteral(QB_FUZZ_REGRESSIONS_DIR "/tensorfile-short-record.pt");
        const DataSummary tokens = summarizeData(
            spec, InputSpec::parseShape(QStringLiteral("input_ids:1x6:int64,attention_mask:1x6:int64"), &error));
        QVERIFY(!tokens.ok);
        QVERIFY2(tokens.error.contains(QLatin1String("attention_mask declares 96 bytes of data but its record holds 16")),
                 qPrintable(tokens.error));

        // fuzz_data: attention_mask (12 int64) and labels (2 int64) both naming one 16-byte record;
        // LibTorch sized each storage from its own count and index_select read past the record.
        spec.path = QStringLiteral(QB_FUZZ_REGRESSIONS_DIR "/tensorfile-shared-record.pt");
        const DataSummary shared = summarizeData(
            spec, InputSpec::parseShape(QStringLiteral("input_ids:1x6:int64,attention_mask:1x6:int64"), &error));
        QVERIFY(!shared.ok);
        QVERIFY2(shared.error.contains(QLatin1String("attention_mask declares 96 bytes of data but its record holds 16")),
                 qPrintable(shared.error));

        // Two tensors stored in one record is valid when the record holds them both (torch.save of
        // two views of one storage): such a file still loads.
        spec.path = test::fixture(QStringLiteral("shared_tokens.pt"));
        const DataSummary valid = summarizeData(
            spec, InputSpec::parseShape(QStringLiteral("input_ids:1x32:int64,attention_mask:1x32:int64"), &error));
        QVERIFY2(valid.ok, qPrintable(valid.error));
        QCOMPARE(valid.samples, 256);
        QVERIFY(valid.labelled);
    }

    void twoInputsAreShown()
    {
        const test::CliResult cli = test::runCli({QStringLiteral("inspect"), test::fixture(QStringLiteral("two_inputs.pt"))});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(QLatin1String("fc")), qPrintable(cli.out));
        QVERIFY2(cli.out.contains(QLatin1String("a:1x8:float32,b:1x8:float32")), qPrintable(cli.out));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
