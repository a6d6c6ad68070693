#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

/// Declares a file-local `tr()` that translates in `context`, for code outside QObject classes.
/// Write it once per .cpp file, at file scope after the includes, without a semicolon:
///
///     QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)
///
///     namespace qb { ... tr("...") ... }
///
/// lupdate is told that this macro is a spelling of Q_DECLARE_TR_FUNCTIONS (the build passes
/// `-tr-function-alias Q_DECLARE_TR_FUNCTIONS+=QB_DECLARE_TR_FUNCTIONS`), so it files the file's
/// tr() calls under `context`, the context the function uses at run time; a plain helper that
/// calls QCoreApplication::translate() is invisible to lupdate. It must be at file scope: lupdate
/// ignores it inside a namespace that an included header also opens. tr() inside a Q_OBJECT class
/// still means that class's own tr(), for the compiler and for lupdate alike.
#define QB_DECLARE_TR_FUNCTIONS(context) \
    namespace { \
    QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) \
    { \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n); \
    } \
    }

namespace qb {

/// QSettings key of the user interface language: "system" (the default: follow the system's
/// languages) or one of availableLanguages(). Read once at startup.
inline constexpr char kLanguageSettingKey[] = "ui/language";

/// Environment variable that overrides the setting for one run (scripts and tests pin "en").
inline constexpr char kLanguageEnvironmentVariable[] = "QUANTBENCH_LANGUAGE";

/// The languages QuantBench can show, as codes: "en" (the source language) and one per
/// catalogue built into the program. Any thread.
QStringList availableLanguages();

/// The language a setting stands for: the setting itself when it is available; for "system",
/// empty or an unknown code, the first of the system's UI languages that is available, else "en".
QString resolveLanguage(const QString &setting, const QLocale &system = QLocale::system());

/// The language this run uses: kLanguageEnvironmentVariable if set, else the setting, resolved.
/// Needs the organization and application names set (it reads QSettings).
QString configuredLanguage();

/// Installs the translators for `language` on the application: QuantBench's catalogue and, when
/// the system has it, Qt's own (standard dialogs, the command-line parser's help). The application
/// owns them. Returns false when QuantBench has no catalogue for `language` ("en" needs none).
/// Call from the main thread, after the QCoreApplication exists and before windows are created.
bool installTranslators(const QString &language);

} // namespace qb
