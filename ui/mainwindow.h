#pragma once

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTreeView;

namespace qb {

class CompareView;
class DataPanel;
class ExperimentBrowser;
class ExperimentPanel;
class Job;
struct ExperimentSpec;
class JobsView;
class LayerInspector;
class LayerTreeModel;
class ModelDocument;
class SampleBrowser;
class Workbench;

/// The window over a Workbench: the Layers dock (always in view), the tabbed centre, the docks and
/// the status bar with engine and threads. The workbench holds the model, the log, the jobs and the
/// user's choices; views are their own classes that observe it; this class only wires them. GUI
/// thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a model in the background; the tree fills when it is loaded.
    void openModel(const QString &path);

    /// Selects a layer by qualified name in the tree (and so shows it in the inspector).
    bool selectLayer(const QString &qualifiedName);

    /// Shows or hides a column of the layer tree (its header's context menu); remembered.
    void setLayerColumnShown(int column, bool shown);

    LayerTreeModel *layerModel() const { return m_layerModel; }
    ExperimentBrowser *browser() const { return m_browser; }
    CompareView *compareView() const { return m_compare; }
    SampleBrowser *sampleBrowser() const { return m_samples; }
    Workbench *workbench() const { return m_workbench; }
    /// The experiment log the window reads and writes (settings, default: the user's data folder).
    QString logPath() const;

    /// Brings a centre tab forward: "inspector", "experiments", "compare" or "samples".
    void showView(const QString &name);

    /// Starts a job for a spec (from the experiment bar, a re-run, or "keep float and run again");
    /// a spec that cannot run is refused with the reason in the status bar.
    void submitExperiment(const ExperimentSpec &spec);
    /// The spec "keep this layer in float and run again" submits for the experiment whose results
    /// the tree shows; empty model path when there is none.
    ExperimentSpec keepFloatSpec(const QString &layer) const;
    LayerInspector *inspector() const { return m_inspector; }
    std::shared_ptr<const ModelDocument> document() const;

Q_SIGNALS:
    /// A model finished opening and its tree is shown.
    void modelShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLayersDock();
    void createStatusBar();
    void showOpenDialog();
    void openSharedLog();
    void onModelOpened();
    void onOpenFailed(const QString &path, const QString &message);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void onLayerSelected();
    void restoreSettings();
    void runExperiment();
    void runSensitivity(int mode);
    void runSearch();
    void runActivationHistograms();
    void showLayerContextMenu(const QPoint &position);
    void showProblem(const QString &problem);

    Workbench *m_workbench = nullptr;
    LayerTreeModel *m_layerModel = nullptr;
    QSortFilterProxyModel *m_layerProxy = nullptr;
    QTreeView *m_layerView = nullptr;
    QLineEdit *m_layerFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    LayerInspector *m_inspector = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_modelLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancelOpen = nullptr;
    QComboBox *m_engineBox = nullptr;
    QSpinBox *m_threadsBox = nullptr;
    QCheckBox *m_scalingBox = nullptr;
    ExperimentPanel *m_experimentPanel = nullptr;
    DataPanel *m_dataPanel = nullptr;
    JobsView *m_jobsView = nullptr;
    ExperimentBrowser *m_browser = nullptr;
    CompareView *m_compare = nullptr;
    SampleBrowser *m_samples = nullptr;
};

} // namespace qb
