#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace qb {

/// Help > Environment: the same report as `quantbench-cli env`, collected off the GUI thread
/// (it times a small matmul). GUI thread only.
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EnvironmentDialog(QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace qb
