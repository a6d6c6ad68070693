#include "model/modeldocument.h"
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
