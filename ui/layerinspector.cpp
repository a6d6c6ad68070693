#include "layerinspector.h"

#include "activationchart.h"
#include "channelrangechart.h"
#include "model/modeldocument.h"
#include "util/fileutil.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qb {

namespace {
QString number(double v)
{
    return QString::number(v, 'g', 4);
}
} // namespace

LayerInspector::LayerInspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("layerInspector"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tensors = new QTableWidget(0, 8, splitter);
    m_tensors->setObjectName(QStringLiteral("tensorTable"));
    m_tensors->setHorizontalHeaderLabels({tr("Tensor"), tr("Shape"), tr("Dtype"), tr("Size"), tr("Min"),
                                          tr("Max"), tr("Mean"), tr("Std")});
    m_tensors->verticalHeader()->hide();
    m_tensors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tensors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tensors->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *charts = m_charts = new QTabWidget(splitter);
    charts->setObjectName(QStringLiteral("inspectorCharts"));
    m_chart = new ChannelRangeChart(charts);
    m_chart->setObjectName(QStringLiteral("channelRangeChart"));
    m_chart->setMinimumHeight(220);
    charts->addTab(m_chart, tr("Weights per channel"));
    m_weightHistogram = new ActivationChart(charts);
    m_weightHistogram->setObjectName(QStringLiteral("weightHistogram"));
    m_weightHistogram->clear(tr("Select a layer with weights"));
    charts->addTab(m_weightHistogram, tr("Weight histogram"));
    m_activations = new ActivationChart(charts);
    m_activations->setObjectName(QStringLiteral("activationChart"));
    charts->addTab(m_activations, tr("Activations"));
    splitter->addWidget(m_tensors);
    splitter->addWidget(charts);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_tensors, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_document || m_layer < 0 || row < 0)
            return;
        const QVector<TensorInfo> tensors = m_document->statistics(m_layer); // cached by now
        if (row < tensors.size() && !tensors.at(row).channels.isEmpty())
            m_chart->setRanges(tr("%1: per-channel range").arg(tensors.at(row).name), tensors.at(row).channels);
        if (row < tensors.size())
            showWeightHistogram(tensors.at(row));
    });
    showLayer(-1);
}

LayerInspector::~LayerInspector() = default;

void LayerInspector::showWeightHistogram(const TensorInfo &tensor)
{
    if (tensor.histogram.isEmpty()) {
        m_weightHistogram->clear(tr("%1 has no spread of values to show").arg(tensor.name));
        return;
    }
    ActivationHistogram h;
    h.layer = tensor.name;
    h.min = tensor.stats.min;
    h.max = tensor.stats.max;
    h.counts = tensor.histogram;
    m_weightHistogram->setHistogram(h, /*clipRanges=*/false, tr("%1: values (%2 bins)").arg(tensor.name).arg(h.counts.size()),
                                    tr("weight value"));
}

void LayerInspector::setActivationHistograms(const QHash<QString, ActivationHistogram> &histograms)
{
    m_histograms = histograms;
    showActivations();
    // The user asked for them: bring them to the front.
    if (!m_histograms.isEmpty())
        m_charts->setCurrentWidget(m_activations);
    Q_EMIT activationsShown();
}

void LayerInspector::showActivations()
{
    const QString name = m_document && m_layer >= 0 && m_layer < m_document->info().layers.size()
                             ? m_document->info().layers.at(m_layer).name
                             : QString();
    const auto it = m_histograms.constFind(name);
    if (it != m_histograms.cend())
        m_activations->setHistogram(*it);
    else if (m_histograms.isEmpty())
        m_activations->clear(tr("Calibrate to see this layer's activations (Experiment > Activation Histograms)"));
    else
        m_activations->clear(tr("No observed output for this layer: select a quantizable layer (with a fused "
                                "ReLU, the histogram is after it)"));
}

void LayerInspector::setDocument(std::shared_ptr<const ModelDocument> document)
{
    m_document = std::move(document);
    m_histograms.clear(); // they belonged to the previous model
    showLayer(m_document ? 0 : -1);
}

void LayerInspector::showLayer(int layerIndex)
{
    m_layer = layerIndex;
    m_tensors->setRowCount(0);
    showActivations();
    if (!m_document || layerIndex < 0 || layerIndex >= m_document->info().layers.size()) {
        m_title->setText(tr("No layer selected"));
        m_details->setText(tr("Open a TorchScript model (File > Open) and pick a layer in the Layers tree."));
        m_chart->clear(tr("Select a layer with weights"));
        return;
    }
    const LayerInfo &layer = m_document->info().layers.at(layerIndex);
    m_title->setText(layer.name.isEmpty() ? tr("%1 (the whole model)").arg(layer.type)
                                          : QStringLiteral("%1 — %2").arg(layer.name, layer.type));
    QString details = layer.qualifiedType;
    details += tr("\nParameters: %1 (%2 own), size %3")
                   .arg(formatCount(layer.totalParams, QLocale()), formatCount(layer.ownParams, QLocale()), formatBytes(layer.totalBytes, QLocale()));
    details += layer.kind.quantizable ? tr("\nQuantization: %1").arg(capabilityText(layer.kind))
                                      : tr("\nQuantization: not quantized by itself");
    if (!layer.kind.note.isEmpty())
        details += QStringLiteral(" (%1)").arg(kindNoteText(layer.kind));
    m_details->setText(details);
    m_chart->clear(layer.tensors.isEmpty() ? tr("This layer has no weights of its own")
                                           : tr("Computing statistics…"));

    auto *watcher = new QFutureWatcher<QVector<TensorInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, layerIndex] {
        watcher->deleteLater();
        if (layerIndex == m_layer)
            showStatistics(layerIndex, watcher->result());
    });
    auto document = m_document;
    watcher->setFuture(QtConcurrent::run([document, layerIndex] { return document->statistics(layerIndex); }));
}

void LayerInspector::showStatistics(int layerIndex, const QVector<TensorInfo> &tensors)
{
    m_tensors->setRowCount(tensors.size());
    int chartRow = -1;
    for (int row = 0; row < tensors.size(); ++row) {
        const TensorInfo &t = tensors.at(row);
        QStringList dims;
        for (qint64 d : t.shape)
            dims << QString::number(d);
        const QStringList cells{t.name, dims.join(QStringLiteral(" × ")), t.dtype, formatBytes(t.bytes, QLocale()),
                                t.hasStats ? number(t.stats.min) : QString(),
                                t.hasStats ? number(t.stats.max) : QString(),
                                t.hasStats ? number(t.stats.mean) : QString(),
                                t.hasStats ? number(t.stats.std) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_tensors->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (chartRow < 0 && !t.channels.isEmpty())
            chartRow = row;
    }
    if (chartRow >= 0) {
        m_tensors->setCurrentCell(chartRow, 0);
        m_chart->setRanges(tr("%1: per-channel range").arg(tensors.at(chartRow).name), tensors.at(chartRow).channels);
        showWeightHistogram(tensors.at(chartRow));
    } else if (!tensors.isEmpty()) {
        m_chart->clear(tr("No per-channel weights in this layer"));
        showWeightHistogram(tensors.first());
    } else {
        m_weightHistogram->clear(tr("This layer has no tensors of its own"));
    }
    Q_EMIT statisticsShown(layerIndex);
}

} // namespace qb
