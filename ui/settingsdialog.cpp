#include "settingsdialog.h"

#include "appearance.h"

#include "env/environment.h"
#include "store/experimentstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace qb {

namespace {

QWidget *withBrowse(QWidget *parent, QLineEdit *edit, const std::function<void()> &browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QPushButton(SettingsDialog::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QSettings s;
    auto *form = new QFormLayout(this);

    m_log = new QLineEdit(s.value(QStringLiteral("log/path"), ExperimentStore::defaultPath()).toString(), this);
    m_log->setObjectName(QStringLiteral("logPathEdit"));
    m_log->setToolTip(tr("An SQLite file, or a shared log on PostgreSQL: postgresql://USER@HOST:PORT/DATABASE (the "
                         "password comes from PGPASSWORD or ~/.pgpass, never from here)"));
    form->addRow(tr("Experiment log:"), withBrowse(this, m_log, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Experiment Log"), m_log->text(), tr("SQLite log (*.sqlite)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_log->setText(path);
    }));
    m_dataFolder = new QLineEdit(s.value(QStringLiteral("settings/dataFolder"), QDir::homePath()).toString(), this);
    m_dataFolder->setObjectName(QStringLiteral("dataFolderEdit"));
    form->addRow(tr("Data folder:"), withBrowse(this, m_dataFolder, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Default Data Folder"), m_dataFolder->text());
        if (!path.isEmpty())
            m_dataFolder->setText(path);
    }));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threadsSetting"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setValue(s.value(QStringLiteral("run/threads"), m_threads->maximum()).toInt());
    m_threads->setToolTip(tr("LibTorch intra-op threads for runs; benchmarks record their own count"));
    form->addRow(tr("Threads:"), m_threads);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engineSetting"));
    m_engine->addItems(engineNames(supportedEngines()));
    m_engine->setCurrentText(s.value(QStringLiteral("run/engine"), engineName(preferredEngine())).toString());
    form->addRow(tr("Quantized engine:"), m_engine);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageSetting"));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.value(QStringLiteral("ui/language"), QStringLiteral("system")))));
    m_language->setToolTip(tr("Applies the next time QuantBench starts"));
    form->addRow(tr("Language:"), m_language);
    m_colorScheme = new QComboBox(this);
    m_colorScheme->setObjectName(QStringLiteral("colorSchemeSetting"));
    m_colorScheme->addItem(tr("System"), QStringLiteral("system"));
    m_colorScheme->addItem(tr("Light"), QStringLiteral("light"));
    m_colorScheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_colorScheme->setCurrentIndex(std::max(0, m_colorScheme->findData(configuredColorScheme())));
    m_colorScheme->setToolTip(tr("System follows the desktop's palette; Light and Dark choose one for QuantBench"));
    form->addRow(tr("Colours:"), m_colorScheme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::logPath() const
{
    return m_log->text().trimmed();
}

int SettingsDialog::threads() const
{
    return m_threads->value();
}

QString SettingsDialog::engine() const
{
    return m_engine->currentText();
}

void SettingsDialog::accept()
{
    if (logPath().isEmpty() || (!ExperimentStore::isServerUrl(logPath()) && QFileInfo(logPath()).isDir())) {
        QMessageBox::warning(this, windowTitle(), tr("Name the experiment log file, for example %1.").arg(ExperimentStore::defaultPath()));
        return;
    }
    if (!QFileInfo(m_dataFolder->text()).isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("The data folder %1 does not exist.").arg(m_dataFolder->text()));
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("log/path"), logPath());
    s.setValue(QStringLiteral("settings/dataFolder"), m_dataFolder->text());
    s.setValue(QStringLiteral("run/threads"), threads());
    s.setValue(QStringLiteral("run/engine"), engine());
    s.setValue(QStringLiteral("ui/language"), m_language->currentData());
    const QString scheme = m_colorScheme->currentData().toString();
    if (scheme != configuredColorScheme()) {
        s.setValue(QLatin1String(kColorSchemeSettingKey), scheme);
        applyColorScheme(scheme);
    }
    QDialog::accept();
}

} // namespace qb
