// CSV data: one sample per row, its features and then (optionally) an integer label. Opening scans the
// file once for row offsets and column counts; a batch parses only its own rows.

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <torch/torch.h>

#include "data/samplesource_p.h"
#include "util/translation.h"

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::detail {

namespace {

/// A cell without surrounding blanks and double quotes.
QByteArray cellText(const QByteArray &cell)
{
    QByteArray t = cell.trimmed();
    if (t.size() >= 2 && t.startsWith('"') && t.endsWith('"'))
        t = t.mid(1, t.size() - 2).trimmed();
    return t;
}

/// A line without its line break (and without the UTF-8 byte order mark spreadsheets write first).
QByteArray chomp(QByteArray line, bool first)
{
    if (first && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

class CsvSource final : public SampleSource
{
public:
    static std::unique_ptr<SampleSource> open(const DataSpec &spec, const InputSpec &input, QString *error);
    int64_t size() const override { return static_cast<int64_t>(m_rows.size()); }
    bool labelled() const override { return m_labelled; }
    bool read(const at::Tensor &indices, Batch *batch, QString *error) override;

private:
    struct Row {
        qint64 offset; ///< where the row starts in the file
        qint64 line;   ///< its line number from 1, for messages
    };

    QFile m_file;
    QString m_name;
    std::vector<Row> m_rows;
    char m_delimiter = ',';
    int m_columns = 0;
    bool m_labelled = false;
    InputSpec m_input;
    at::Tensor m_mean, m_std;
};

std::unique_ptr<SampleSource> CsvSource::open(const DataSpec &spec, const InputSpec &input, QString *error)
{
    auto source = std::make_unique<CsvSource>();
    source->m_name = QFileInfo(spec.path).fileName();
    source->m_input = input;
    const QString &name = source->m_name;
    QFile &file = source->m_file;
    file.setFileName(spec.path);
    if (!QFileInfo(spec.path).isFile()) {
        *error = tr("There is no CSV file at %1: check the path.").arg(spec.path);
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2).").arg(spec.path, file.errorString());
        return nullptr;
    }
    if (!normalizationFor(spec, input, &source->m_mean, &source->m_std, error))
        return nullptr;

    bool header = false;
    qint64 firstLine = 0;
    for (qint64 lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const qint64 offset = file.pos();
        const QByteArray line = chomp(file.readLine(), lineNumber == 1);
        if (line.trimmed().isEmpty())
            continue;
        if (firstLine == 0) {
            // The first row sets the delimiter and the column count; it is a header when any of its
            // cells is not a number (pandas writes numbered headers such as ",0,1,2,label").
            firstLine = lineNumber;
            source->m_delimiter = line.contains(',') ? ',' : line.contains(';') ? ';' : line.contains('\t') ? '\t' : ',';
            const QList<QByteArray> cells = line.split(source->m_delimiter);
            source->m_columns = int(cells.size());
            header = std::any_of(cells.cbegin(), cells.cend(), [](const QByteArray &cell) {
                bool ok = false;
                cellText(cell).toDouble(&ok);
                return !ok;
            });
            if (header)
                continue;
        }
        const int columns = int(line.count(source->m_delimiter)) + 1;
        if (columns != source->m_columns) {
            *error = (header ? tr("%1: line %2 has %3 columns, the header has %4: every row needs the same columns "
                                  "(the features, then the label).")
                             : tr("%1: line %2 has %3 columns, the first row has %4: every row needs the same columns "
                                  "(the features, then the label)."))
                         .arg(name).arg(lineNumber).arg(columns).arg(source->m_columns);
            return nullptr;
        }
        source->m_rows.push_back({offset, lineNumber});
    }
    if (source->m_rows.empty()) {
        *error = header ? tr("%1 has a header but no data rows: add one row per sample.").arg(name)
                        : tr("%1 is empty: add one row per sample (the features, then the label).").arg(name);
        return nullptr;
    }
    // A row is the features and a label, or the features alone (unlabelled data).
    const int64_t features = valuesPerSample(input);
    if (source->m_columns == features + 1) {
        source->m_labelled = true;
    } else if (source->m_columns != features) {
        *error = tr("%1 has %2 columns, but the model takes %3 values per sample (%4): a row needs %3 feature columns "
                    "and then the label column, so %5 in all.")
                     .arg(name).arg(source->m_columns).arg(features).arg(input.shapeText()).arg(features + 1);
        return nullptr;
    }
    return source;
}

bool CsvSource::read(const at::Tensor &indices, Batch *batch, QString *error)
{
    const int64_t n = indices.numel();
    const int64_t features = valuesPerSample(m_input);
    at::Tensor inputs = torch::empty({n, features}, torch::kFloat);
    at::Tensor labels = m_labelled ? torch::empty({n}, torch::kLong) : at::Tensor();
    const at::Tensor order = indices.contiguous();
    const int64_t *index = order.data_ptr<int64_t>();
    float *out = inputs.data_ptr<float>();
    int64_t *label = m_labelled ? labels.data_ptr<int64_t>() : nullptr;
    for (int64_t i = 0; i < n; ++i) {
        const Row &row = m_rows[size_t(index[i])];
        // Rows read in file order need no seek: the file position is already there.
        if (m_file.pos() != row.offset && !m_file.seek(row.offset)) {
            *error = tr("%1 cannot be read at line %2 (%3).").arg(m_name).arg(row.line).arg(m_file.errorString());
            return false;
        }
        const QList<QByteArray> cells = chomp(m_file.readLine(), row.offset == 0).split(m_delimiter);
        if (cells.size() != m_columns) {
            *error = tr("%1 changed while it was being read (line %2 now has %3 columns): read it again.")
                         .arg(m_name).arg(row.line).arg(cells.size());
            return false;
        }
        for (int64_t c = 0; c < features; ++c) {
            bool ok = false;
            const QByteArray text = cellText(cells.at(qsizetype(c)));
            out[i * features + c] = text.toFloat(&ok);
            if (!ok) {
                *error = tr("%1: line %2, column %3 holds \"%4\", which is not a number: every feature must be a "
                            "number.")
                             .arg(m_name).arg(row.line).arg(c + 1).arg(QString::fromUtf8(text.left(40)));
                return false;
            }
        }
        if (m_labelled) {
            // Labels written as floats ("3.0", as pandas does for a float column) are fine when whole.
            bool ok = false;
            const QByteArray text = cellText(cells.last());
            const double value = text.toDouble(&ok);
            if (!ok || value < 0 || value != std::floor(value) || value > double(std::numeric_limits<int32_t>::max())) {
                *error = tr("%1: line %2 has the label \"%3\" in its last column, which is not a class index: labels "
                            "are whole numbers 0, 1, 2, ...")
                             .arg(m_name).arg(row.line).arg(QString::fromUtf8(text.left(40)));
                return false;
            }
            label[i] = static_cast<int64_t>(value);
        }
    }
    batch->inputs = inputs.reshape(shapeWithBatch(m_input, n)).sub_(m_mean).div_(m_std);
    batch->labels = labels;
    return true;
}

} // namespace

std::unique_ptr<SampleSource> openCsv(const DataSpec &spec, const InputSpec &input, QString *error)
{
    return CsvSource::open(spec, input, error);
}

} // namespace qb::detail
