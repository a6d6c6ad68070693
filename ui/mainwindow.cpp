#include "mainwindow.h"

#include "choicedelegate.h"
#include "compareview.h"
#include "datapanel.h"
#include "environmentdialog.h"
#include "experimentbrowser.h"
#include "experimentpanel.h"
#include "experimenttablemodel.h"
#include "jobsview.h"
#include "layerinspector.h"
#include "layertreemodel.h"
#include "samplebrowser.h"
#include "searchdialog.h"
#include "settingsdialog.h"

#include "env/environment.h"
#include "jobs/job.h"
#include "model/modeldocument.h"
#include "store/experimentstore.h"
#include "util/fileutil.h"
#include "util/torcherror.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMenu>
#include <QTimer>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

namespace qb {

namespace {
constexpr int kMaxRecentFiles = 10;
const char *const kRecentKey = "files/recent";
const char *const kHiddenLayerColumnsKey = "layers/hiddenColumns";
const char *const kLastDirKey = "files/lastDir";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(new Workbench(this))
    , m_layerModel(new LayerTreeModel(m_workbench, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("QuantBench"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_inspector = new LayerInspector(m_tabs);
    m_tabs->addTab(m_inspector, tr("Inspector"));
    m_browser = new ExperimentBrowser(m_workbench, m_tabs);
    m_tabs->addTab(m_browser, tr("Experiments"));
    m_compare = new CompareView(m_workbench, m_tabs);
    m_tabs->addTab(m_compare, tr("Compare"));
    m_samples = new SampleBrowser(m_workbench, m_tabs);
    m_tabs->addTab(m_samples, tr("Samples"));
    setCentralWidget(m_tabs);
    QString logError;
    if (!m_workbench->setLogPath(QSettings().value(QStringLiteral("log/path"), ExperimentStore::defaultPath()).toString(),
                                 &logError))
        statusBar()->showMessage(tr("Cannot open the experiment log: %1").arg(logError));
    else if (m_workbench->isLogReadOnly())
        statusBar()->showMessage(tr("The experiment log %1 is read-only: its experiments can be browsed and reported, "
                                    "but new runs cannot be stored in it (File > Settings chooses another log).")
                                     .arg(QDir::toNativeSeparators(m_workbench->logPath())));
    connect(m_browser, &ExperimentBrowser::reportWritten, this, [this](const QString &path, int experiments) {
        statusBar()->showMessage(tr("Report of %n experiment(s) written to %1", nullptr, experiments)
                                     .arg(QDir::toNativeSeparators(path)), 15000);
    });

    createLayersDock();

    m_experimentPanel = new ExperimentPanel(m_workbench, this);
    auto *configDock = new QDockWidget(tr("Experiment"), this);
    configDock->setObjectName(QStringLiteral("experimentDock"));
    configDock->setWidget(m_experimentPanel);
    addDockWidget(Qt::BottomDockWidgetArea, configDock);
    m_dataPanel = new DataPanel(m_workbench, this);
    auto *dataDock = new QDockWidget(tr("Data"), this);
    dataDock->setObjectName(QStringLiteral("dataDock"));
    dataDock->setWidget(m_dataPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dataDock);
    m_jobsView = new JobsView(m_workbench, this);
    auto *jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobsView);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    // The configuration bar is one row; the job list below it takes the rest of the bottom area.
    splitDockWidget(configDock, jobsDock, Qt::Vertical);
    m_experimentPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    resizeDocks({jobsDock}, {170}, Qt::Vertical);
    connect(m_experimentPanel, &ExperimentPanel::runRequested, this, &MainWindow::runExperiment);

    createActions();
    createStatusBar();

    // What the workbench says, shown where a user looks for it.
    Workbench *bench = m_workbench;
    connect(bench, &Workbench::documentChanged, this, &MainWindow::onModelOpened);
    connect(bench, &Workbench::openFailed, this, &MainWindow::onOpenFailed);
    connect(bench, &Workbench::openingChanged, m_busy, &QWidget::setVisible);
    connect(bench, &Workbench::openingChanged, m_cancelOpen, &QWidget::setVisible);
    connect(bench, &Workbench::jobEnded, this, [this](Job *job, const QString &summary) {
        // The sentence only: a failure's whole LibTorch report is in the job's log (Jobs view).
        statusBar()->showMessage(tr("%1: %2 %3").arg(job->title(), job->state() == Job::State::Finished ? tr("done,") : tr("ended:"),
                                                     splitCause(summary).first), 20000);
    });
    connect(bench, &Workbench::sensitivityFinished, this, [this](const SensitivityResult &r) {
        if (r.ok && r.id > 0)
            m_browser->selectExperiments({r.id});
    });
    connect(bench, &Workbench::searchFinished, this, [this](const SearchResult &r) {
        if (r.best >= 0)
            m_browser->selectExperiments({r.trials.at(r.best).id});
    });
    connect(bench, &Workbench::activationHistogramsReady, this, [this](const QHash<QString, ActivationHistogram> &h) {
        m_inspector->setActivationHistograms(h);
        showView(QStringLiteral("inspector"));
    });
    // A preset can change the engine: the status bar's box follows the workbench.
    connect(bench, &Workbench::configChanged, this, [this] {
        const QString engine = engineName(m_workbench->engine());
        if (m_engineBox->currentText() != engine)
            m_engineBox->setCurrentText(engine);
    });

    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::openSharedLog()
{
    QSettings settings;
    const QString previous = settings.value(QStringLiteral("log/serverUrl"), QStringLiteral("postgresql://%1@localhost:5432/quantbench")
                                                                              .arg(qEnvironmentVariable("USER"))).toString();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Open Shared Log"),
                                              tr("PostgreSQL log, as postgresql://USER@HOST:PORT/DATABASE.\nThe password "
                                                 "comes from PGPASSWORD or ~/.pgpass; QuantBench never stores one."),
                                              QLineEdit::Normal, previous, &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!ExperimentStore::isServerUrl(url)) {
        QMessageBox::warning(this, tr("Open Shared Log"), tr("Write the log as postgresql://USER@HOST:PORT/DATABASE; for "
                                                             "a log file use Settings."));
        return;
    }
    QString error;
    if (!m_workbench->setLogPath(url, &error)) {
        QMessageBox::warning(this, tr("Open Shared Log"), error);
        return;
    }
    settings.setValue(QStringLiteral("log/serverUrl"), url);
    settings.setValue(QStringLiteral("log/path"), url);
    statusBar()->showMessage(tr("Recording into the shared log %1").arg(url), 8000);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Model…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_threadsBox->setValue(dialog->threads());
            m_engineBox->setCurrentText(dialog->engine());
            if (dialog->logPath() != m_workbench->logPath()) {
                QString error;
                if (!m_workbench->setLogPath(dialog->logPath(), &error))
                    statusBar()->showMessage(tr("Cannot open the experiment log %1: %2").arg(dialog->logPath(), error), 15000);
            }
        });
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("actionSettings"));
    QAction *shared = file->addAction(tr("Open Shared &Log…"), this, &MainWindow::openSharedLog);
    shared->setObjectName(QStringLiteral("actionSharedLog"));
    shared->setToolTip(tr("Record into and browse an experiment log on a PostgreSQL server"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *experiment = menuBar()->addMenu(tr("&Experiment"));
    experiment->setObjectName(QStringLiteral("experimentMenu"));
    QAction *run = experiment->addAction(tr("&Run Experiment"), this, &MainWindow::runExperiment);
    run->setToolTip(tr("Quantize with the experiment bar's settings, evaluate and record (Ctrl+R on the bar)"));
    experiment->addSeparator();
    QAction *oneOn = experiment->addAction(tr("&Sensitivity: Each Layer Alone in Int8"), this, [this] {
        runSensitivity(int(SweepMode::OneOn));
    });
    oneOn->setObjectName(QStringLiteral("actionSensitivityOneOn"));
    oneOn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *oneOff = experiment->addAction(tr("Sensitivity: Each Layer Alone in &Float"), this, [this] {
        runSensitivity(int(SweepMode::OneOff));
    });
    oneOff->setObjectName(QStringLiteral("actionSensitivityOneOff"));
    QAction *search = experiment->addAction(tr("Search for an &Accuracy Budget…"), this, &MainWindow::runSearch);
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    experiment->addSeparator();
    QAction *histograms = experiment->addAction(tr("Activation &Histograms"), this, &MainWindow::runActivationHistograms);
    histograms->setObjectName(QStringLiteral("actionHistograms"));
    histograms->setToolTip(tr("Calibrate once and show each layer's activations with the clip range of each observer"));
    for (QAction *a : {run, oneOn, oneOff, search, histograms}) {
        a->setEnabled(false);
        connect(this, &MainWindow::modelShown, a, [a] { a->setEnabled(true); });
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Environment…"), this, [this] {
        auto *dialog = new EnvironmentDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About QuantBench"), this, [this] {
        QMessageBox::about(this, tr("About QuantBench"),
                           tr("<b>QuantBench %1</b><p>A workbench for quantization experiments on PyTorch "
                              "models, built on Qt, LibTorch, QCustomPlot and SQLite.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::createLayersDock()
{
    auto *dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("layersDock"));
    auto *panel = new QWidget(dock);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_layerFilter = new QLineEdit(panel);
    m_layerFilter->setObjectName(QStringLiteral("layerFilter"));
    m_layerFilter->setPlaceholderText(tr("Filter layers by name or type"));
    m_layerFilter->setClearButtonEnabled(true);
    layout->addWidget(m_layerFilter);

    m_layerProxy = new QSortFilterProxyModel(this);
    m_layerProxy->setSourceModel(m_layerModel);
    m_layerProxy->setRecursiveFilteringEnabled(true);
    m_layerProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_layerProxy->setFilterKeyColumn(-1);
    m_layerProxy->setSortRole(LayerTreeModel::SortRole);
    connect(m_layerFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_layerProxy->setFilterFixedString(text);
        m_layerView->expandAll();
    });

    m_layerView = new QTreeView(panel);
    m_layerView->setObjectName(QStringLiteral("layerTree"));
    m_layerView->setModel(m_layerProxy);
    m_layerView->setUniformRowHeights(true);
    m_layerView->setAlternatingRowColors(true);
    m_layerView->setSortingEnabled(false);
    m_layerView->header()->setStretchLastSection(true);
    layout->addWidget(m_layerView);
    connect(m_layerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onLayerSelected);
    // Results arrive after a run or a selection in the browser: make their columns fit them.
    connect(m_layerModel, &QAbstractItemModel::headerDataChanged, m_layerView, [this] {
        m_layerView->resizeColumnToContents(LayerTreeModel::ResultColumn);
        m_layerView->resizeColumnToContents(LayerTreeModel::SensitivityColumn);
    });
    // The tree is the configuration surface: each layer's mode and weight scheme, edited in place.
    auto *choices = new ChoiceDelegate(LayerTreeModel::ChoicesRole, m_layerView);
    m_layerView->setItemDelegateForColumn(LayerTreeModel::ModeColumn, choices);
    m_layerView->setItemDelegateForColumn(LayerTreeModel::WeightsColumn, choices);
    m_layerView->setItemDelegateForColumn(LayerTreeModel::ObserverColumn, choices);
    m_layerView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                 | QAbstractItemView::EditKeyPressed);
    m_layerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_layerView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_layerView, &QWidget::customContextMenuRequested, this, &MainWindow::showLayerContextMenu);

    // Columns can be hidden from the header's context menu; the choice is remembered. By default
    // the parameter count and the Quantizable column are hidden: the inspector shows the count, and
    // the mode column already says what a layer can or cannot become.
    const QVariant hidden = QSettings().value(QLatin1String(kHiddenLayerColumnsKey),
                                              QVariantList{int(LayerTreeModel::ParamsColumn), int(LayerTreeModel::QuantColumn)});
    for (const QVariant &column : hidden.toList())
        if (column.toInt() > LayerTreeModel::NameColumn && column.toInt() < LayerTreeModel::ColumnCount)
            m_layerView->header()->setSectionHidden(column.toInt(), true);
    // After a run, each layer's result reads best next to its mode: show them side by side (a
    // visual order only; columns can still be dragged).
    QHeaderView *header = m_layerView->header();
    header->moveSection(header->visualIndex(LayerTreeModel::ResultColumn), header->visualIndex(LayerTreeModel::ModeColumn) + 1);
    header->moveSection(header->visualIndex(LayerTreeModel::SensitivityColumn), header->visualIndex(LayerTreeModel::ResultColumn) + 1);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_layerView->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        for (int column = LayerTreeModel::NameColumn + 1; column < LayerTreeModel::ColumnCount; ++column) {
            QAction *action = menu.addAction(m_layerModel->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_layerView->header()->isSectionHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { setLayerColumnShown(column, shown); });
        }
        menu.exec(m_layerView->header()->mapToGlobal(position));
    });

    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::setLayerColumnShown(int column, bool shown)
{
    if (column <= LayerTreeModel::NameColumn || column >= LayerTreeModel::ColumnCount)
        return;
    m_layerView->header()->setSectionHidden(column, !shown);
    if (shown)
        m_layerView->resizeColumnToContents(column);
    QVariantList hidden;
    for (int c = LayerTreeModel::NameColumn + 1; c < LayerTreeModel::ColumnCount; ++c)
        if (m_layerView->header()->isSectionHidden(c))
            hidden << c;
    QSettings().setValue(QLatin1String(kHiddenLayerColumnsKey), hidden);
}

void MainWindow::createStatusBar()
{
    m_modelLabel = new QLabel(tr("No model"), this);
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    statusBar()->addWidget(m_modelLabel, 1);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("openBusy"));
    m_busy->setRange(0, 0); // indeterminate: loading has no meaningful fraction
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Opening…"));
    m_busy->setVisible(false);
    statusBar()->addPermanentWidget(m_busy);
    // A model on a slow network share can take long to read: opening can always be abandoned.
    m_cancelOpen = new QToolButton(this);
    m_cancelOpen->setObjectName(QStringLiteral("cancelOpenButton"));
    m_cancelOpen->setText(tr("Cancel"));
    m_cancelOpen->setToolTip(tr("Stop opening the model and keep the current one (Esc)"));
    m_cancelOpen->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelOpen->setVisible(false);
    connect(m_cancelOpen, &QToolButton::clicked, this, [this] {
        m_workbench->cancelOpen();
        statusBar()->showMessage(tr("Opening cancelled."), 5000);
    });
    statusBar()->addPermanentWidget(m_cancelOpen);

    statusBar()->addPermanentWidget(new QLabel(tr("Engine:"), this));
    m_engineBox = new QComboBox(this);
    m_engineBox->setObjectName(QStringLiteral("engineBox"));
    m_engineBox->addItems(engineNames(supportedEngines()));
    m_engineBox->setCurrentText(engineName(m_workbench->engine()));
    m_engineBox->setToolTip(tr("Quantized engine (kernels) used to run int8 models"));
    statusBar()->addPermanentWidget(m_engineBox);
    // The engine is a choice carried by each spec; LibTorch's process-wide engine is set by the
    // job that converts, on its own thread.
    connect(m_engineBox, &QComboBox::currentTextChanged, this, [this](const QString &engine) {
        QSettings().setValue(QStringLiteral("run/engine"), engine);
        if (const auto chosen = engineFromName(engine))
            m_workbench->setEngine(*chosen);
    });

    statusBar()->addPermanentWidget(new QLabel(tr("Threads:"), this));
    m_threadsBox = new QSpinBox(this);
    m_threadsBox->setObjectName(QStringLiteral("threadsBox"));
    m_threadsBox->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threadsBox->setToolTip(tr("LibTorch intra-op threads for runs and benchmarks"));
    statusBar()->addPermanentWidget(m_threadsBox);
    connect(m_threadsBox, &QSpinBox::valueChanged, this, [this](int threads) {
        QSettings().setValue(QStringLiteral("run/threads"), threads);
        m_workbench->setThreads(threads);
    });

    m_scalingBox = new QCheckBox(tr("Scaling"), this);
    m_scalingBox->setObjectName(QStringLiteral("scalingBox"));
    m_scalingBox->setToolTip(tr("Runs also time batch sizes 1 to 256 on 1 to all cores, float and quantized, for the "
                                "Compare tab's scaling chart (adds seconds to minutes per run)"));
    statusBar()->addPermanentWidget(m_scalingBox);
    connect(m_scalingBox, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("run/scaling"), on);
        m_workbench->setBenchmarkScaling(on);
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the layer tree, the configuration surface, gets a good share of the width
        // once the window has its real size.
        QTimer::singleShot(0, this, [this] {
            if (auto *layers = findChild<QDockWidget *>(QStringLiteral("layersDock")))
                resizeDocks({layers}, {width() * 45 / 100}, Qt::Horizontal);
        });
    }
    const QString engine = settings.value(QStringLiteral("run/engine")).toString();
    if (!engine.isEmpty() && m_engineBox->findText(engine) >= 0)
        m_engineBox->setCurrentText(engine);
    m_threadsBox->setValue(settings.value(QStringLiteral("run/threads"), m_threadsBox->maximum()).toInt());
    m_scalingBox->setChecked(settings.value(QStringLiteral("run/scaling"), false).toBool());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openModel(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open TorchScript Model"), settings.value(QLatin1String(kLastDirKey)).toString(),
        tr("TorchScript models (*.pt *.pth *.ptl *.torchscript);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kLastDirKey), QFileInfo(path).absolutePath());
    openModel(path);
}

void MainWindow::openModel(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_workbench->openModel(path);
}

std::shared_ptr<const ModelDocument> MainWindow::document() const
{
    return m_workbench->document();
}

QString MainWindow::logPath() const
{
    return m_workbench->logPath();
}

void MainWindow::onModelOpened()
{
    const auto document = m_workbench->document();
    if (!document)
        return;
    const ModelInfo &info = document->info();
    m_inspector->setDocument(document);
    m_layerView->expandAll();
    for (int c = 0; c < LayerTreeModel::ColumnCount - 1; ++c)
        m_layerView->resizeColumnToContents(c);
    m_layerView->setCurrentIndex(m_layerProxy->mapFromSource(m_layerModel->indexForLayer(0)));

    const QString name = QFileInfo(info.path).fileName();
    setWindowTitle(tr("%1 — QuantBench").arg(name));
    m_modelLabel->setText(tr("%1 · %2 · %3 parameters · %4 layers (%5 quantizable) · input %6")
                              .arg(name, formatBytes(info.fileSize, QLocale()), formatCount(info.totalParams(), QLocale()))
                              .arg(info.layers.size())
                              .arg(info.quantizableLayerCount())
                              .arg(info.input.isValid()
                                       ? info.input.shapeText()
                                             + (info.input.source == InputSpec::Source::Guessed ? tr(" (guessed)") : QString())
                                       : tr("unknown")));
    addRecentFile(info.path);
    statusBar()->clearMessage();
    if (!info.unsupportedReason.isEmpty())
        statusBar()->showMessage(info.unsupportedReason);
    else if (!info.warnings.isEmpty())
        statusBar()->showMessage(info.warnings.first(), 15000);
    Q_EMIT modelShown();
}

void MainWindow::showProblem(const QString &problem)
{
    if (!problem.isEmpty())
        statusBar()->showMessage(problem, 15000);
}

void MainWindow::runExperiment()
{
    QString error;
    if (const auto spec = m_workbench->currentSpec(&error))
        m_workbench->runExperiment(*spec, &error);
    showProblem(error);
}

void MainWindow::showView(const QString &name)
{
    QWidget *page = name == QLatin1String("experiments") ? static_cast<QWidget *>(m_browser)
                  : name == QLatin1String("compare")     ? static_cast<QWidget *>(m_compare)
                  : name == QLatin1String("samples")     ? static_cast<QWidget *>(m_samples)
                                                         : static_cast<QWidget *>(m_inspector);
    m_tabs->setCurrentWidget(page);
}

void MainWindow::runSensitivity(int mode)
{
    QString error;
    m_workbench->runSensitivity(SweepMode(mode), &error);
    showProblem(error);
}

void MainWindow::runActivationHistograms()
{
    QString error;
    m_workbench->runActivationHistograms(&error);
    showProblem(error);
}

void MainWindow::runSearch()
{
    if (!m_workbench->document())
        return;
    auto *dialog = new SearchDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (const auto spec = m_workbench->currentSpec(&error))
            m_workbench->runSearch(dialog->options(*spec));
        showProblem(error);
    });
    dialog->open();
}

void MainWindow::submitExperiment(const ExperimentSpec &spec)
{
    QString error;
    m_workbench->runExperiment(spec, &error);
    showProblem(error);
}

ExperimentSpec MainWindow::keepFloatSpec(const QString &layer) const
{
    return m_workbench->keepFloatSpec(layer).value_or(ExperimentSpec());
}

void MainWindow::showLayerContextMenu(const QPoint &position)
{
    const QModelIndex index = m_layerView->indexAt(position);
    const QString layer = index.data(LayerTreeModel::QualifiedNameRole).toString();
    if (!index.isValid() || layer.isEmpty())
        return;
    QMenu menu(this);
    // Per-layer modes for the selection, and for every layer of this one's type.
    QStringList selected;
    for (const QModelIndex &row : m_layerView->selectionModel()->selectedRows())
        if (row.data(LayerTreeModel::QuantizableRole).toBool())
            selected << row.data(LayerTreeModel::QualifiedNameRole).toString();
    if (!selected.contains(layer) && index.data(LayerTreeModel::QuantizableRole).toBool())
        selected = QStringList{layer};
    const QString type = m_layerView->model()->index(index.row(), LayerTreeModel::TypeColumn, index.parent()).data().toString();
    QStringList sameType;
    for (const LayerInfo &l : m_workbench->document()->info().layers)
        if (l.type == type && l.kind.quantizable)
            sameType << l.name;
    const QList<QPair<QString, std::optional<QuantMode>>> modes{
        {tr("Default (Experiment Bar)"), std::nullopt}, {tr("Float"), QuantMode::Float}, {tr("Dynamic"), QuantMode::Dynamic},
        {tr("Static"), QuantMode::Static}, {tr("QAT"), QuantMode::Qat}, {tr("Weight-Only"), QuantMode::WeightOnly}};
    auto addModeMenu = [&](const QString &title, const QStringList &layers, const char *name) {
        QMenu *sub = menu.addMenu(title);
        sub->setObjectName(QLatin1String(name));
        sub->setEnabled(!layers.isEmpty());
        for (const auto &[text, mode] : modes) {
            sub->addAction(text, this, [this, layers, mode = mode] {
                int refused = 0;
                for (const QString &l : layers)
                    refused += !m_layerModel->setLayerMode(l, mode);
                if (refused > 0)
                    statusBar()->showMessage(tr("%n layer(s) cannot take that mode and kept theirs.", nullptr, refused), 8000);
            });
        }
    };
    addModeMenu(tr("Set Mode of %n Selected Layer(s)", nullptr, selected.size()), selected, "selectionModeMenu");
    addModeMenu(tr("Set Mode of All %1 Layers").arg(type), sameType, "typeModeMenu");
    QAction *clear = menu.addAction(tr("Clear All Layer Choices"), m_layerModel, &LayerTreeModel::clearChoices);
    clear->setEnabled(!m_layerModel->choices().isEmpty());
    menu.addSeparator();
    const LayerMetricRecord *result = m_layerModel->quantizationResult(layer);
    QAction *keep = menu.addAction(tr("Keep %1 in Float and Run Again").arg(layer));
    keep->setObjectName(QStringLiteral("keepFloatAction"));
    keep->setEnabled(result && result->mode != QuantMode::Float);
    if (!result)
        keep->setToolTip(tr("Select a finished experiment of this model in the Experiments tab first"));
    connect(keep, &QAction::triggered, this, [this, layer] {
        const ExperimentSpec spec = keepFloatSpec(layer);
        if (!spec.modelPath.isEmpty())
            submitExperiment(spec);
    });
    menu.exec(m_layerView->viewport()->mapToGlobal(position));
}

bool MainWindow::selectLayer(const QString &qualifiedName)
{
    const auto document = m_workbench->document();
    if (!document)
        return false;
    const int layer = document->info().indexOf(qualifiedName);
    if (layer < 0)
        return false;
    const QModelIndex index = m_layerProxy->mapFromSource(m_layerModel->indexForLayer(layer));
    m_layerView->setCurrentIndex(index);
    m_layerView->scrollTo(index);
    return true;
}

void MainWindow::onOpenFailed(const QString &path, const QString &message)
{
    const auto [sentence, cause] = splitCause(message);
    statusBar()->showMessage(sentence, 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open model"), sentence, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openErrorBox"));
    box->setInformativeText(path);
    box->setDetailedText(cause);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal but not blocking: the event loop keeps running
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(kRecentKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openModel(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::onLayerSelected()
{
    const QModelIndex current = m_layerView->currentIndex();
    m_inspector->showLayer(current.isValid() ? current.data(LayerTreeModel::LayerIndexRole).toInt() : -1);
}

} // namespace qb
