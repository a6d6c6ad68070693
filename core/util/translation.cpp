#include "util/translation.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace qb {

namespace {
// qt_add_translations (translations/CMakeLists.txt) embeds quantbench_<code>.qm here.
const char *const kCatalogueFolder = ":/i18n";
const char *const kCataloguePrefix = "quantbench_";
const char *const kSourceLanguage = "en";

/// "de_DE", "de-AT" and "de" all name the language "de".
QString languageCode(const QString &name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}
} // namespace

QStringList availableLanguages()
{
    QStringList codes{QLatin1String(kSourceLanguage)};
    const QStringList files = QDir(QLatin1String(kCatalogueFolder))
                                  .entryList({QLatin1String(kCataloguePrefix) + QLatin1String("*.qm")},
                                             QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(int(qstrlen(kCataloguePrefix))).chopped(3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString resolveLanguage(const QString &setting, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString &name : system.uiLanguages()) {
        const QString code = languageCode(name);
        if (available.contains(code))
            return code;
    }
    return QLatin1String(kSourceLanguage);
}

QString configuredLanguage()
{
    const QString pinned = qEnvironmentVariable(kLanguageEnvironmentVariable);
    if (!pinned.isEmpty())
        return resolveLanguage(pinned);
    return resolveLanguage(QSettings().value(QLatin1String(kLanguageSettingKey), QStringLiteral("system")).toString());
}

bool installTranslators(const QString &language)
{
    if (language == QLatin1String(kSourceLanguage))
        return false;
    QCoreApplication *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (!own->load(QLatin1String(kCataloguePrefix) + language, QLatin1String(kCatalogueFolder))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's catalogue comes with the distribution's Qt translations package; without it Qt's own
    // texts stay English and everything else is still translated.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace qb
