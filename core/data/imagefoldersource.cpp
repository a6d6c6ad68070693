// Image folders: one subfolder per class, decoded with QImage one batch at a time. The only file of
// qb_core that uses Qt Gui (see core/CMakeLists.txt); QImage needs no QGuiApplication for this.

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSet>

#include <torch/torch.h>

#include "data/samplesource_p.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::detail {

namespace {

constexpr float kPixelScale = 255.0F; ///< 8-bit pixels scaled to [0, 1]
// ITU-R 601-2 luma, as PIL's convert("L") computes it: models trained through torchvision saw these.
constexpr float kLumaRed = 0.299F;
constexpr float kLumaGreen = 0.587F;
constexpr float kLumaBlue = 0.114F;

/// Lower-case suffixes of the image formats this Qt can read (PNG, JPEG, BMP, ... as its plugins allow).
const QSet<QString> &readableSuffixes()
{
    static const QSet<QString> suffixes = [] {
        QSet<QString> s;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            s.insert(QString::fromLatin1(format).toLower());
        return s;
    }();
    return suffixes;
}

bool isImageName(const QString &fileName)
{
    return readableSuffixes().contains(QFileInfo(fileName).suffix().toLower());
}

class ImageFolderSource final : public SampleSource
{
public:
    static std::unique_ptr<SampleSource> open(const DataSpec &spec, const InputSpec &input, QString *error);
    int64_t size() const override { return static_cast<int64_t>(m_files.size()); }
    bool labelled() const override { return true; }
    bool read(const at::Tensor &indices, Batch *batch, QString *error) override;

private:
    bool decode(const QString &path, float *out, QString *error) const;

    QDir m_root;
    QStringList m_files;          ///< relative to m_root: "class/name.png", sorted within each class
    std::vector<int64_t> m_labels; ///< class index of each file
    int64_t m_channels = 1, m_height = 0, m_width = 0;
    bool m_resize = true;
    at::Tensor m_mean, m_std;
};

std::unique_ptr<SampleSource> ImageFolderSource::open(const DataSpec &spec, const InputSpec &input, QString *error)
{
    const QVector<qint64> &shape = input.first().shape;
    if (shape.size() != 4 || (shape.at(1) != 1 && shape.at(1) != 3)) {
        *error = tr("Image folders need a model that takes images, N x 1 x H x W (grayscale) or N x 3 x H x W (RGB), "
                    "but this one takes %1: use another kind of data, or give the input shape with --input-shape.")
                     .arg(input.shapeText());
        return nullptr;
    }
    if (!QFileInfo(spec.path).isDir()) {
        *error = tr("There is no folder at %1: check the path.").arg(spec.path);
        return nullptr;
    }
    auto source = std::make_unique<ImageFolderSource>();
    source->m_root = QDir(spec.path);
    source->m_channels = shape.at(1);
    source->m_height = shape.at(2);
    source->m_width = shape.at(3);
    source->m_resize = spec.resize;
    if (!normalizationFor(spec, input.first(), &source->m_mean, &source->m_std, error))
        return nullptr;

    // Classes in code-point order of their names, as torchvision's ImageFolder sorts them, so a model
    // trained there sees the same label for the same folder. An empty class folder keeps its index.
    QStringList classes = source->m_root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(classes.begin(), classes.end());
    if (classes.isEmpty()) {
        const QStringList loose = source->m_root.entryList(QDir::Files);
        const bool hasImages = std::any_of(loose.cbegin(), loose.cend(), isImageName);
        *error = hasImages ? tr("%1 holds images but no class subfolders: move each class's images into a subfolder "
                                "named after the class (%1/<class>/<image>); classes in name order get labels 0, 1, ...")
                                 .arg(spec.path)
                           : tr("%1 holds no class subfolders and no images: an image folder needs one subfolder of "
                                "images per class (%1/<class>/<image>.png).").arg(spec.path);
        return nullptr;
    }
    for (int label = 0; label < classes.size(); ++label) {
        // Names only: nothing is decoded until a batch asks for it.
        QStringList files;
        QDirIterator it(source->m_root.filePath(classes.at(label)), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isImageName(path))
                files << source->m_root.relativeFilePath(path);
        }
        std::sort(files.begin(), files.end());
        source->m_files << files;
        source->m_labels.insert(source->m_labels.end(), size_t(files.size()), label);
    }
    if (source->m_files.isEmpty()) {
        QStringList suffixes(readableSuffixes().cbegin(), readableSuffixes().cend());
        std::sort(suffixes.begin(), suffixes.end());
        *error = tr("%1 has %2 class subfolders (%3) but no images in them: put the images (%4) in the class "
                    "subfolders.")
                     .arg(spec.path).arg(classes.size())
                     .arg(classes.mid(0, 3).join(QLatin1String(", ")) + (classes.size() > 3 ? QStringLiteral(", ...") : QString()),
                          suffixes.join(QLatin1String(", ")));
        return nullptr;
    }
    return source;
}

bool ImageFolderSource::read(const at::Tensor &indices, Batch *batch, QString *error)
{
    const int64_t n = indices.numel();
    const int64_t values = m_channels * m_height * m_width;
    at::Tensor inputs = torch::empty({n, m_channels, m_height, m_width}, torch::kFloat);
    at::Tensor labels = torch::empty({n}, torch::kLong);
    const at::Tensor order = indices.contiguous();
    const int64_t *index = order.data_ptr<int64_t>();
    float *out = inputs.data_ptr<float>();
    int64_t *label = labels.data_ptr<int64_t>();
    for (int64_t i = 0; i < n; ++i) {
        if (!decode(m_root.filePath(m_files.at(qsizetype(index[i]))), out + i * values, error))
            return false;
        label[i] = m_labels[size_t(index[i])];
    }
    batch->inputs = {inputs.sub_(m_mean).div_(m_std)};
    batch->labels = labels;
    return true;
}

/// Decodes one image into `out` (channels x height x width floats in [0, 1]): scaled so it covers the
/// model's H x W, centre-cropped, and made grayscale or RGB as the model's channels say.
bool ImageFolderSource::decode(const QString &path, float *out, QString *error) const
{
    const QSize target(static_cast<int>(m_width), static_cast<int>(m_height));
    auto wrongSize = [&](const QSize &size) {
        *error = tr("%1 is %2x%3 pixels, but the model takes %4x%5 images: resize the images to that size, or "
                    "let QuantBench scale and centre-crop them (\"resize\": true).")
                     .arg(path).arg(size.width()).arg(size.height()).arg(target.width()).arg(target.height());
        return false;
    };
    QImageReader reader(path);
    const QSize size = reader.size(); // from the header, without decoding; invalid for some formats
    if (!m_resize && size.isValid() && size != target)
        return wrongSize(size);
    if (m_resize && size.isValid() && !size.isEmpty() && size != target) {
        // Let the reader scale and crop while decoding: JPEG decodes straight at a reduced scale, which
        // is far cheaper than decoding a large photo at full size and scaling it afterwards.
        const double scale = std::max(double(target.width()) / size.width(), double(target.height()) / size.height());
        const QSize scaled(std::max(target.width(), int(std::lround(size.width() * scale))),
                           std::max(target.height(), int(std::lround(size.height() * scale))));
        reader.setScaledSize(scaled);
        reader.setScaledClipRect(QRect(QPoint((scaled.width() - target.width()) / 2, (scaled.height() - target.height()) / 2),
                                       target));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("%1 cannot be read as an image (%2): replace or remove the file.").arg(path, reader.errorString());
        return false;
    }
    if (image.size() != target) {
        if (!m_resize)
            return wrongSize(image.size());
        // The header gave no size: scale and crop the decoded image instead.
        const double scale = std::max(double(target.width()) / image.width(), double(target.height()) / image.height());
        image = image.scaled(std::max(target.width(), int(std::lround(image.width() * scale))),
                             std::max(target.height(), int(std::lround(image.height() * scale))), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
        image = image.copy(QRect(QPoint((image.width() - target.width()) / 2, (image.height() - target.height()) / 2), target));
    }
    const bool gray = image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16;
    image = image.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const int64_t plane = m_height * m_width;
    for (int y = 0; y < target.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        float *row = out + y * m_width;
        for (int x = 0; x < target.width(); ++x) {
            if (gray) {
                const float v = line[x] / kPixelScale;
                for (int64_t c = 0; c < m_channels; ++c)
                    row[c * plane + x] = v;
                continue;
            }
            const float r = line[3 * x] / kPixelScale, g = line[3 * x + 1] / kPixelScale, b = line[3 * x + 2] / kPixelScale;
            if (m_channels == 3) {
                row[x] = r;
                row[plane + x] = g;
                row[2 * plane + x] = b;
            } else {
                row[x] = kLumaRed * r + kLumaGreen * g + kLumaBlue * b;
            }
        }
    }
    return true;
}

} // namespace

std::unique_ptr<SampleSource> openImageFolder(const DataSpec &spec, const InputSpec &input, QString *error)
{
    return ImageFolderSource::open(spec, input, error);
}

} // namespace qb::detail
