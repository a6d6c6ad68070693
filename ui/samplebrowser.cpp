#include "samplebrowser.h"

#include "experiment/experimentdetails.h"
#include "workbench/workbench.h"

#include "data/dataspec.h"
#include "data/idxfile.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace qb {

namespace {
constexpr int kMaxShown = 300;
constexpr int kScale = 3;
} // namespace

SampleBrowser::SampleBrowser(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sampleBrowser"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("samplesTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sampleList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(28 * kScale, 28 * kScale));
    m_list->setGridSize(QSize(28 * kScale + 80, 28 * kScale + 64));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    connect(workbench, &Workbench::selectionChanged, this, [this, workbench] { setExperiments(workbench->selectedExperiments()); });
    setExperiments({});
}

int SampleBrowser::sampleCount() const
{
    return m_list->count();
}

QString SampleBrowser::message() const
{
    return m_title->text();
}

void SampleBrowser::setExperiments(const QVector<ExperimentRecord> &experiments)
{
    m_list->clear();
    ++m_generation; // a read still running for an earlier selection is stale now
    QString why = tr("Select a quantized experiment evaluated on IDX images (Fashion-MNIST) to see the samples whose "
                     "prediction changed.");
    for (const ExperimentRecord &r : experiments)
        if (show(r, &why))
            return;
    m_title->setText(why);
}

bool SampleBrowser::show(const ExperimentRecord &r, QString *why)
{
    const std::optional<OutputAgreement> agreement = ExperimentDetails::fromJson(r.details).agreement;
    if (!agreement)
        return false;
    const QVector<int> &flipped = agreement->flipped;
    if (flipped.isEmpty()) {
        *why = tr("Experiment %1 changed no prediction on its %2 evaluation samples.").arg(r.id).arg(agreement->samples);
        return false;
    }
    QString error;
    const DataSpec data = DataSpec::fromJson(r.spec.value(QStringLiteral("evaluation")).toObject(), &error);
    if (!error.isEmpty() || data.kind != DataSpec::Kind::Idx || data.shuffle) {
        *why = tr("Experiment %1 was evaluated on %2; the sample browser shows IDX images read in order.").arg(r.id).arg(data.describe());
        return false;
    }
    QString images = data.path, labelsPath;
    if (QFileInfo(data.path).isDir())
        std::tie(images, labelsPath) = findIdxSplit(data.path, data.split);
    // Decoding 60,000 gzip'd images takes a noticeable moment: on a worker, never the GUI thread. A
    // newer selection makes this result stale; it is then dropped.
    const bool fashion = QFileInfo(data.path).canonicalFilePath() == QFileInfo(defaultFashionMnistFolder()).canonicalFilePath();
    const int generation = ++m_generation;
    m_title->setText(tr("Reading the evaluation images of experiment %1…").arg(r.id));
    auto *watcher = new QFutureWatcher<SamplePictures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, r, fashion, flips = *agreement] {
        watcher->deleteLater();
        if (generation == m_generation)
            showPictures(r, flips, watcher->result(), fashion);
    });
    watcher->setFuture(QtConcurrent::run([images, labelsPath] {
        SamplePictures p;
        p.images = readIdxFile(images, &p.error);
        if (p.images.dims.size() != 3 && p.error.isEmpty())
            p.error = tr("%1 does not hold 2-D images.").arg(images);
        if (!labelsPath.isEmpty())
            p.labels = readIdxFile(labelsPath, nullptr);
        return p;
    }));
    return true;
}

void SampleBrowser::showPictures(const ExperimentRecord &r, const OutputAgreement &agreement, const SamplePictures &p,
                                 bool fashion)
{
    m_list->clear();
    if (p.images.dims.size() != 3) {
        m_title->setText(p.error);
        return;
    }
    const QStringList names = fashion ? fashionMnistLabels() : QStringList();
    auto className = [&names](int c) { return c >= 0 && c < names.size() ? names.at(c) : QString::number(c); };
    const IdxFile &pictures = p.images;
    const int h = int(pictures.dims.at(1)), w = int(pictures.dims.at(2));
    const QVector<int> &flipped = agreement.flipped;
    int shown = 0;
    for (int i = 0; i < flipped.size() && shown < kMaxShown; ++i) {
        const qint64 index = flipped.at(i);
        if (index < 0 || index >= pictures.count())
            continue;
        QImage image(reinterpret_cast<const uchar *>(pictures.data.constData() + index * h * w), w, h, w, QImage::Format_Grayscale8);
        const QPixmap pixmap = QPixmap::fromImage(image.scaled(w * kScale, h * kScale));
        QString text = tr("#%1").arg(index);
        if (p.labels.count() > index)
            text += QLatin1Char('\n') + tr("true: %1").arg(className(static_cast<unsigned char>(p.labels.data.at(index))));
        if (i < agreement.flippedPredictions.size()) {
            const auto [floatClass, int8Class] = agreement.flippedPredictions.at(i);
            text += QLatin1Char('\n') + tr("float: %1").arg(className(floatClass)) + QLatin1Char('\n')
                    + tr("int8: %1").arg(className(int8Class));
        }
        auto *item = new QListWidgetItem(QIcon(pixmap), text, m_list);
        item->setToolTip(text);
        ++shown;
    }
    m_title->setText(tr("Experiment %1 (%2): %3 of %4 evaluation samples changed their top-1 prediction; %5 shown.")
                         .arg(r.id).arg(r.label).arg(agreement.flippedCount).arg(agreement.samples).arg(shown));
}

} // namespace qb
