#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace qb {

/// Settings kept with QSettings: the experiment log, the default data folder, LibTorch threads and
/// engine, the colour scheme (applied at once) and the language (applied on the next start). GUI
/// thread only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString logPath() const;
    int threads() const;
    QString engine() const;

    void accept() override;

private:
    QLineEdit *m_log = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_engine = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_colorScheme = nullptr;
};

} // namespace qb
