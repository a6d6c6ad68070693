#include "environmentdialog.h"

#include "env/environment.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qb {

EnvironmentDialog::EnvironmentDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Environment"));
    setObjectName(QStringLiteral("environmentDialog"));
    resize(720, 360);
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("environmentText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(tr("Collecting…"));
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyJson = buttons->addButton(tr("Copy as JSON"), QDialogButtonBox::ActionRole);
    copyJson->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *watcher = new QFutureWatcher<EnvironmentReport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, copyJson] {
        const EnvironmentReport report = watcher->result();
        m_text->setPlainText(report.toText());
        copyJson->setEnabled(true);
        connect(copyJson, &QPushButton::clicked, this, [report] {
            QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(report.toJson()).toJson()));
        });
    });
    watcher->setFuture(QtConcurrent::run(collectEnvironment));
}

} // namespace qb
