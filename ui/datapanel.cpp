#include "datapanel.h"

#include "data/idxfile.h"
#include "model/modeldocument.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>

namespace qb {

namespace {
const QString kOtherFolder = QStringLiteral("<other>");
const QString kOtherFile = QStringLiteral("<other-file>");

enum InputColumn { NameColumn, ShapeColumn, TypeColumn, ValuesColumn, InputColumnCount };

QString sourceText(InputSpec::Source source)
{
    switch (source) {
    case InputSpec::Source::Archive: return DataPanel::tr("read from the archive");
    case InputSpec::Source::User: return DataPanel::tr("given by you");
    case InputSpec::Source::Guessed: return DataPanel::tr("guessed from the first layer: check it");
    case InputSpec::Source::Data: return DataPanel::tr("read off the data");
    case InputSpec::Source::Unknown: break;
    }
    return DataPanel::tr("unknown: give the shape");
}
} // namespace

QComboBox *DataPanel::dataCombo(const QString &objectName, bool calibration)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    if (QFileInfo::exists(defaultFashionMnistFolder())) {
        if (calibration)
            box->addItem(tr("Fashion-MNIST, training split"), QStringLiteral("fashion-mnist:train"));
        else
            box->addItem(tr("Fashion-MNIST, test split"), QStringLiteral("fashion-mnist:test"));
    }
    box->addItem(tr("Synthetic random inputs"), QStringLiteral("synthetic"));
    const QString saved = QSettings().value(QStringLiteral("data/") + objectName).toString();
    if (!saved.isEmpty() && box->findData(saved) < 0 && QFileInfo::exists(saved))
        box->addItem(QFileInfo(saved).fileName(), saved);
    box->addItem(tr("Other folder…"), kOtherFolder);
    box->addItem(tr("Other file (tensors, CSV, IDX)…"), kOtherFile);
    const int index = box->findData(saved);
    if (index >= 0)
        box->setCurrentIndex(index);
    connect(box, &QComboBox::activated, this, [this, box] {
        const QString choice = box->currentData().toString();
        if (choice == kOtherFolder || choice == kOtherFile)
            addCustomData(box, choice == kOtherFile);
        QSettings().setValue(QStringLiteral("data/") + box->objectName(), box->currentData());
    });
    return box;
}

DataPanel::DataPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("dataPanel"));
    QSettings settings;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 4, 6, 4);

    m_calibration = dataCombo(QStringLiteral("calibrationBox"), true);
    m_calibrationSamples = new QSpinBox(this);
    m_calibrationSamples->setObjectName(QStringLiteral("calibrationSamples"));
    m_calibrationSamples->setRange(1, 1000000);
    m_calibrationSamples->setSingleStep(256);
    m_calibrationSamples->setSuffix(tr(" samples"));
    m_calibrationSamples->setValue(settings.value(QStringLiteral("data/calibrationSamples"), 1024).toInt());
    m_random = new QCheckBox(tr("random subset"), this);
    m_random->setObjectName(QStringLiteral("randomSubset"));
    m_random->setToolTip(tr("A seeded random choice of samples instead of the first ones (class-sorted folders need this)"));
    m_random->setChecked(settings.value(QStringLiteral("data/randomSubset"), true).toBool());
    auto *calibrationRow = new QHBoxLayout;
    calibrationRow->addWidget(m_calibration, 1);
    calibrationRow->addWidget(m_calibrationSamples);
    calibrationRow->addWidget(m_random);
    form->addRow(tr("Calibration:"), calibrationRow);

    m_evaluation = dataCombo(QStringLiteral("evaluationBox"), false);
    m_evaluationSamples = new QSpinBox(this);
    m_evaluationSamples->setObjectName(QStringLiteral("evaluationSamples"));
    m_evaluationSamples->setRange(1, 10000000);
    m_evaluationSamples->setSingleStep(1024);
    m_evaluationSamples->setSuffix(tr(" samples"));
    m_evaluationSamples->setValue(settings.value(QStringLiteral("data/evaluationSamples"), 2048).toInt());
    auto *evaluationRow = new QHBoxLayout;
    evaluationRow->addWidget(m_evaluation, 1);
    evaluationRow->addWidget(m_evaluationSamples);
    form->addRow(tr("Evaluation:"), evaluationRow);

    // One row per tensor forward() takes, then where that knowledge came from and an override.
    m_inputs = new QTableWidget(0, InputColumnCount, this);
    m_inputs->setObjectName(QStringLiteral("inputTable"));
    m_inputs->setHorizontalHeaderLabels({tr("Input"), tr("Shape"), tr("Type"), tr("Values")});
    m_inputs->verticalHeader()->hide();
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inputs->setSelectionMode(QAbstractItemView::NoSelection);
    m_inputs->setMaximumHeight(m_inputs->horizontalHeader()->sizeHint().height() * 5);
    form->addRow(tr("Inputs:"), m_inputs);
    m_input = new QLabel(tr("no model"), this);
    m_input->setObjectName(QStringLiteral("inputLabel"));
    m_inputShape = new QLineEdit(this);
    m_inputShape->setObjectName(QStringLiteral("inputShapeEdit"));
    m_inputShape->setPlaceholderText(tr("override: 1x1x28x28, or input_ids:1x128:int64,attention_mask:1x128:int64"));
    m_inputShape->setClearButtonEnabled(true);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_inputShape, 2);
    form->addRow(QString(), inputRow);

    connect(m_calibrationSamples, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue(QStringLiteral("data/calibrationSamples"), v); });
    connect(m_evaluationSamples, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue(QStringLiteral("data/evaluationSamples"), v); });
    connect(m_random, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("data/randomSubset"), on); });
    // Every choice goes to the workbench as it is made.
    for (QComboBox *box : {m_calibration, m_evaluation})
        connect(box, &QComboBox::currentIndexChanged, this, &DataPanel::pushData);
    for (QSpinBox *box : {m_calibrationSamples, m_evaluationSamples})
        connect(box, &QSpinBox::valueChanged, this, &DataPanel::pushData);
    connect(m_random, &QCheckBox::toggled, this, &DataPanel::pushData);
    connect(m_inputShape, &QLineEdit::textChanged, this, &DataPanel::pushData);
    connect(workbench, &Workbench::documentChanged, this, &DataPanel::showInput);
    pushData();
    showInput();
}

void DataPanel::addCustomData(QComboBox *box, bool file)
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("settings/dataFolder"), QDir::homePath()).toString();
    const QString path = file
        ? QFileDialog::getOpenFileName(this, tr("Data file"), start,
                                       tr("Data (*.pt *.pth *.csv *-ubyte *-ubyte.gz);;All files (*)"))
        : QFileDialog::getExistingDirectory(this, tr("Data folder (MNIST-style IDX, tensor files, or one subfolder of "
                                                     "images per class)"), start);
    if (path.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    const int index = box->findData(kOtherFolder);
    box->insertItem(index, QFileInfo(path).fileName(), path);
    box->setCurrentIndex(index);
}

void DataPanel::showInput()
{
    const auto document = m_workbench->document();
    m_inputs->setRowCount(0);
    if (!document) {
        m_input->setText(tr("no model"));
        return;
    }
    const InputSpec &input = document->info().input;
    const QStringList names = document->info().forwardArguments;
    const int rows = std::max<int>(input.tensors.size(), names.size());
    m_inputs->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const InputTensor *t = i < input.tensors.size() ? &input.tensors[i] : nullptr;
        const QString name = t && !t->name.isEmpty() ? t->name : names.value(i).section(QLatin1Char(':'), 0, 0).trimmed();
        QString values = tr("unknown");
        if (t)
            values = t->isMask() ? tr("mask") : t->isInteger() ? (t->vocab > 0 ? tr("token ids below %L1").arg(t->vocab) : tr("integers"))
                                                                 : tr("real numbers");
        const QStringList cells{name, t ? t->shapeText() : tr("?"), t ? t->dtype : tr("?"), values};
        for (int c = 0; c < InputColumnCount; ++c)
            m_inputs->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_inputs->resizeColumnsToContents();
    m_input->setText(sourceText(input.isValid() ? input.source : InputSpec::Source::Unknown));
    // Fashion-MNIST feeds one 28x28 image: for any other model the data starts as synthetic inputs
    // of the model's own kind, and the user picks a file of theirs.
    qint64 perSample = 1;
    for (int d = 1; input.isValid() && d < input.first().shape.size(); ++d)
        perSample *= input.first().shape[d];
    const bool fashionFits = input.isValid() && input.count() == 1 && input.first().isFloat() && perSample == 28 * 28;
    if (!fashionFits) {
        for (QComboBox *box : {m_calibration, m_evaluation}) {
            if (box->currentData().toString().startsWith(QLatin1String("fashion-mnist")))
                box->setCurrentIndex(box->findData(QStringLiteral("synthetic")));
        }
    }
}

void DataPanel::pushData()
{
    DataChoice data;
    data.calibration = m_calibration->currentData().toString();
    data.calibrationSamples = m_calibrationSamples->value();
    data.randomSubset = m_random->isChecked();
    data.evaluation = m_evaluation->currentData().toString();
    data.evaluationSamples = m_evaluationSamples->value();
    data.inputShape = m_inputShape->text();
    m_workbench->setData(data);
}

} // namespace qb
