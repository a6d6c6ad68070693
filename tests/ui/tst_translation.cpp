#include "experiment/experimentspec.h"
#include "model/layerkind.h"
#include "util/fileutil.h"
#include "mainwindow.h"
#include "util/translation.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace qb;

namespace {

/// One message of a .ts catalogue.
struct Message {
    QString context;
    QString source;
    QString comment;
    QString type;              ///< "", "unfinished", "obsolete" or "vanished"
    QStringList translations;  ///< one, or one per plural form
    bool numerus = false;

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

/// The placeholders of a text, sorted: "%1", "%2", "%n", "%L1"...
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/// The keyboard accelerators of a text: "&X" where X is not another "&" (an escaped ampersand) and
/// not the start of an HTML entity.
int acceleratorCount(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?:&|[a-zA-Z]+;|#\\d+;|(\\w))"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        count += it.next().hasCaptured(1) ? 1 : 0;
    return count;
}

QString tsPath()
{
    return QStringLiteral(QB_TS_FILE);
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("QuantBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translation"));
        QSettings().clear();
    }

    void germanIsBuiltIn()
    {
        // The catalogue is embedded in the program, not looked up on disk.
        QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("de")}));
    }

    void resolvesTheSetting_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German chosen on an English system") << "de" << "en_US" << "de";
        QTest::newRow("English chosen on a German system") << "en" << "de_DE" << "en";
        QTest::newRow("system, German") << "system" << "de_DE" << "de";
        QTest::newRow("system, Austrian German") << "system" << "de_AT" << "de";
        QTest::newRow("system, French has no catalogue") << "system" << "fr_FR" << "en";
        QTest::newRow("unknown setting follows the system") << "xx" << "de_CH" << "de";
        QTest::newRow("no setting") << "" << "en_GB" << "en";
    }

    void resolvesTheSetting()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(resolveLanguage(setting, QLocale(system)), expected);
    }

    void settingsDialogChoosesTheLanguage()
    {
        MainWindow window;
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"))));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageSetting"));
        QVERIFY(language);
        // Every built-in catalogue can be chosen, and "system" is the default.
        QCOMPARE(language->currentData().toString(), QStringLiteral("system"));
        for (const QString &code : availableLanguages())
            QVERIFY2(language->findData(code) >= 0, qPrintable(code));

        QTemporaryDir folder;
        dialog->findChild<QLineEdit *>(QStringLiteral("dataFolderEdit"))->setText(folder.path());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog->accept();
        // What the dialog stores is what the next start reads.
        QCOMPARE(QSettings().value(QLatin1String(kLanguageSettingKey)).toString(), QStringLiteral("de"));
        QCOMPARE(configuredLanguage(), QStringLiteral("de"));
        QSettings().clear();
        QCOMPARE(configuredLanguage(), resolveLanguage(QStringLiteral("system")));
    }

    void environmentOverridesTheSetting()
    {
        QSettings().setValue(QLatin1String(kLanguageSettingKey), QStringLiteral("de"));
        qputenv(kLanguageEnvironmentVariable, "en");
        QCOMPARE(configuredLanguage(), QStringLiteral("en"));
        qunsetenv(kLanguageEnvironmentVariable);
        QCOMPARE(configuredLanguage(), QStringLiteral("de"));
        QSettings().remove(QLatin1String(kLanguageSettingKey));
    }

    void germanMainWindow()
    {
        QVERIFY(installTranslators(QStringLiteral("de")));
        MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
        QVERIFY2(menus.contains(QStringLiteral("&Ansicht")) && menus.contains(QStringLiteral("&Hilfe")),
                 qPrintable(menus.join(QLatin1Char(' '))));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        QVERIFY(tabs);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
        QCOMPARE(titles.mid(0, 3), QStringList({QStringLiteral("Inspektor"), QStringLiteral("Experimente"), QStringLiteral("Vergleich")}));
    }

    void germanCoreMessages()
    {
        // Core code outside QObject classes translates through QB_DECLARE_TR_FUNCTIONS; this message
        // comes from a helper class in experimentspec.cpp, which lupdate only files under the
        // run-time context because of that declaration.
        QString error;
        ExperimentSpec::fromJson(QJsonObject{{QStringLiteral("bogus"), 1}}, &error);
        QVERIFY2(error.contains(QStringLiteral("Unbekannter Schlüssel \"bogus\"")), qPrintable(error));
        // Plural forms: both German forms are used.
        QCOMPARE(QCoreApplication::translate("qb::ExperimentBrowser", "%n experiment(s) shown of %1 in %2", nullptr, 1)
                     .arg(5).arg(QStringLiteral("log.db")),
                 QStringLiteral("1 Experiment von 5 in log.db angezeigt"));
        QCOMPARE(QCoreApplication::translate("qb::ExperimentBrowser", "%n experiment(s) shown of %1 in %2", nullptr, 3)
                     .arg(5).arg(QStringLiteral("log.db")),
                 QStringLiteral("3 Experimente von 5 in log.db angezeigt"));
        // What a layer kind can become: codes in the model's JSON, words in the user's language.
        const LayerKindInfo bn = classifyLayerType(QStringLiteral("torch.nn.modules.batchnorm.BatchNorm2d"));
        QCOMPARE(capabilityCodes(bn.capabilities), QStringLiteral("folded"));
        QCOMPARE(capabilityText(bn), QStringLiteral("eingerechnet"));
        QCOMPARE(kindNoteText(bn), QStringLiteral("In die vorangehende Faltung eingerechnet"));
        QCOMPARE(capabilityText(classifyLayerType(QStringLiteral("torch.nn.modules.conv.Conv2d"))), QStringLiteral("statisch, QAT"));
        // Sizes and counts: the views use the user's locale, the CLI and reports the C locale.
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(formatBytes(828'500, german), QStringLiteral("828,5 kB"));
        QCOMPARE(formatCount(4'600, german), QStringLiteral("4,6k"));
        QCOMPARE(formatBytes(828'500), QStringLiteral("828.5 kB"));
        QCOMPARE(formatCount(4'600), QStringLiteral("4.6k"));
    }

    void germanCommandLine()
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kLanguageEnvironmentVariable), QStringLiteral("de"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(QB_CLI_PATH), {QStringLiteral("no-such-command")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("unbekannter Befehl")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Befehle:")), qPrintable(err));
    }

    void catalogueIsComplete()
    {
        QString error;
        const QList<Message> messages = readCatalogue(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(m.where(), m.type);
                continue;
            }
            if (m.translations.size() != (m.numerus ? 2 : 1)) {
                problems << QStringLiteral("%1 has %2 forms, German needs %3")
                                .arg(m.where()).arg(m.translations.size()).arg(m.numerus ? 2 : 1);
                continue;
            }
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(m.where());
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(translation);
                if (m.numerus) {
                    // A singular form may spell out the number ("ein Experiment").
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                    .arg(m.where(), expected.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), translation);
                if (acceleratorCount(m.source) != acceleratorCount(translation))
                    problems << QStringLiteral("%1: the accelerator is lost in \"%2\"").arg(m.where(), translation);
                if (m.source.endsWith(QLatin1Char('\n')) != translation.endsWith(QLatin1Char('\n')))
                    problems << QStringLiteral("%1: the final line break differs in \"%2\"").arg(m.where(), translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void catalogueMatchesTheSources()
    {
        // The same lupdate as `cmake --build build --target update_translations`, on a scratch file:
        // every string the sources use is in the catalogue, and nothing else is.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString fresh = scratch.filePath(QStringLiteral("quantbench_de.ts"));
        QStringList args = QStringLiteral(QB_LUPDATE_OPTIONS).split(QLatin1Char('|'));
        args << QStringLiteral("-silent") << QStringLiteral("@" QB_LUPDATE_INPUTS) << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(QB_LUPDATE_PATH), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        // lupdate warns when it cannot tell a tr() call's context ("lacks Q_OBJECT macro", "Qualifying
        // with unknown namespace/class"): the string would be filed where run time never looks.
        const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));

        QString error;
        const QList<Message> wanted = readCatalogue(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> committed = readCatalogue(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys.insert(m.key());
        QSet<QString> wantedKeys;
        QStringList problems;
        for (const Message &m : wanted) {
            wantedKeys.insert(m.key());
            if (!committedKeys.contains(m.key()))
                problems << QStringLiteral("not in the catalogue: %1").arg(m.where());
        }
        for (const Message &m : committed) {
            if (!wantedKeys.contains(m.key()))
                problems << QStringLiteral("no longer used: %1").arg(m.where());
        }
        if (!problems.isEmpty())
            problems.prepend(QStringLiteral("Run `cmake --build build --target update_translations` and translate:"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 21).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
