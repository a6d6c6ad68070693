#pragma once

#include "model/modelinfo.h"
#include "quant/quantsim.h"

#include <QHash>

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace qb {

class ActivationChart;
class ChannelRangeChart;
class ModelDocument;

/// The Inspector tab: what a layer is, its tensors with statistics, the per-channel weight range
/// chart, and after a calibration the activation histogram with each observer's clip range. Statistics are computed on a worker thread; a result for a layer no longer shown is dropped.
/// GUI thread only.
class LayerInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit LayerInspector(QWidget *parent = nullptr);
    ~LayerInspector() override;

    void setDocument(std::shared_ptr<const ModelDocument> document);
    void showLayer(int layerIndex);
    int currentLayer() const { return m_layer; }
    /// Activation histograms from a calibration (ActivationJob), shown for the selected layer.
    void setActivationHistograms(const QHash<QString, ActivationHistogram> &histograms);
    ActivationChart *activationChart() const { return m_activations; }
    ActivationChart *weightHistogram() const { return m_weightHistogram; }

Q_SIGNALS:
    /// Emitted when a layer's statistics are shown (tests wait on it).
    void statisticsShown(int layerIndex);
    /// Emitted when a calibration's activation histograms arrive and are shown.
    void activationsShown();

private:
    void showStatistics(int layerIndex, const QVector<TensorInfo> &tensors);

    std::shared_ptr<const ModelDocument> m_document;
    QTabWidget *m_charts = nullptr;
    int m_layer = -1;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_tensors = nullptr;
    ChannelRangeChart *m_chart = nullptr;
    ActivationChart *m_activations = nullptr;
    ActivationChart *m_weightHistogram = nullptr;
    QHash<QString, ActivationHistogram> m_histograms;
    void showActivations();
    void showWeightHistogram(const TensorInfo &tensor);
};

} // namespace qb
