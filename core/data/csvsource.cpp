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

/// Header names of a label column.
bool isLabelName(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "label" || n == "labels" || n == "target" || n == "y" || n == "class";
}

class CsvSource final : public SampleSource
{
public:
    static std::unique_ptr<SampleSource> open(const DataSpec &spec, const InputSpec &input, QString *error);
    int64_t size() const override { return static_cast<int64_t>(m_rows.size()); }
    bool labelled() const override { return m_labelColumn >= 0; }
    bool read(const at::Tensor &indices, Batch *batch, QString *error) override;

private:
    struct Row {
        qint64 offset; ///< where the row starts in the file
        qint64 line;   ///< its line number from 1, for messages
    };
    /// Which columns fill an input, in the order of its flattened sample.
    struct Columns {
        InputTensor input;
        std::vector<int> columns;
    };

    bool scan(QString *error);
    bool mapColumns(const InputSpec &input, QString *error);
    bool readCell(const QByteArray &text, const Row &row, int column, const InputTensor &input, double *value,
                  QString *error) const;

    QFile m_file;
    QString m_name;
    std::vector<Row> m_rows;
    char m_delimiter = ',';
    int m_columns = 0;
    QList<QByteArray> m_header; ///< empty when the file has none
    std::vector<Columns> m_inputs;
    int m_labelColumn = -1;
    at::Tensor m_mean, m_std;   ///< for a single float input
};

/// Reads the file once: the delimiter, the header, one offset per row, every row as wide as the first.
bool CsvSource::scan(QString *error)
{
    QFile &file = m_file;
    for (qint64 lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const qint64 offset = file.pos();
        const QByteArray line = chomp(file.readLine(), lineNumber == 1);
        if (line.trimmed().isEmpty())
            continue;
        if (m_columns == 0) {
            // The first row sets the delimiter and the column count; it is a header when any of its
            // cells is not a number (pandas writes numbered headers such as ",0,1,2,label").
            m_delimiter = line.contains(',') ? ',' : line.contains(';') ? ';' : line.contains('\t') ? '\t' : ',';
            const QList<QByteArray> cells = line.split(m_delimiter);
            m_columns = int(cells.size());
            const bool header = std::any_of(cells.cbegin(), cells.cend(), [](const QByteArray &cell) {
                bool ok = false;
                cellText(cell).toDouble(&ok);
                return !ok;
            });
            if (header) {
                for (const QByteArray &cell : cells)
                    m_header << cellText(cell);
                continue;
            }
        }
        const int columns = int(line.count(m_delimiter)) + 1;
        if (columns != m_columns) {
            *error = (!m_header.isEmpty() ? tr("%1: line %2 has %3 columns, the header has %4: every row needs the same columns "
                                               "(the features, then the label).")
                                          : tr("%1: line %2 has %3 columns, the first row has %4: every row needs the same columns "
                                               "(the features, then the label)."))
                         .arg(m_name).arg(lineNumber).arg(columns).arg(m_columns);
            return false;
        }
        m_rows.push_back({offset, lineNumber});
    }
    if (m_rows.empty()) {
        *error = !m_header.isEmpty() ? tr("%1 has a header but no data rows: add one row per sample.").arg(m_name)
                                     : tr("%1 is empty: add one row per sample (the features, then the label).").arg(m_name);
        return false;
    }
    return true;
}

/// Columns named "<input>_<k>" fill that input (input_ids_0, input_ids_1, ...); a column named label
/// holds the labels. Without such names, the columns are the first input's values, then the label.
bool CsvSource::mapColumns(const InputSpec &input, QString *error)
{
    bool named = false;
    for (const InputTensor &t : input.tensors) {
        if (t.name.isEmpty())
            continue;
        Columns c{t, {}};
        std::map<int64_t, int> byIndex;
        for (int col = 0; col < m_header.size(); ++col) {
            const QByteArray &h = m_header.at(col);
            const QByteArray prefix = t.name.toUtf8() + '_';
            bool ok = false;
            const int64_t k = h.startsWith(prefix) ? h.mid(prefix.size()).toLongLong(&ok) : -1;
            if (ok && k >= 0)
                byIndex[k] = col;
        }
        if (byIndex.empty())
            continue;
        named = true;
        // Without a shape from the model (reading the data's own shapes), the columns give it.
        if (t.shape.isEmpty())
            c.input.shape = {1, int64_t(byIndex.size())};
        const int64_t values = valuesPerSample(c.input);
        if (int64_t(byIndex.size()) != values || byIndex.rbegin()->first != values - 1) {
            *error = tr("%1 has %2 columns for %3 (%3_0 ...), but the model's %3 takes %4 values per sample (%5).")
                         .arg(m_name).arg(byIndex.size()).arg(t.name).arg(values).arg(t.shapeText());
            return false;
        }
        for (const auto &[k, col] : byIndex)
            c.columns.push_back(col);
        m_inputs.push_back(c);
    }
    for (int col = 0; col < m_header.size(); ++col)
        if (isLabelName(m_header.at(col)))
            m_labelColumn = col;
    if (named) {
        if (int(m_inputs.size()) != input.count()) {
            QStringList missing;
            for (const InputTensor &t : input.tensors)
                if (std::none_of(m_inputs.cbegin(), m_inputs.cend(), [&](const Columns &c) { return c.input.name == t.name; }))
                    missing << t.name;
            *error = tr("%1 has no columns for %2: name them %3_0, %3_1, ...").arg(m_name, missing.join(QLatin1String(", ")),
                                                                                 missing.value(0));
            return false;
        }
        return true;
    }
    // A row is the features and a label, or the features alone (unlabelled data).
    const InputTensor &first = input.first();
    const int64_t features = valuesPerSample(first);
    if (m_columns == features + 1) {
        m_labelColumn = m_columns - 1;
    } else if (m_columns != features) {
        *error = tr("%1 has %2 columns, but the model takes %3 values per sample (%4): a row needs %3 feature columns "
                    "and then the label column, so %5 in all.")
                     .arg(m_name).arg(m_columns).arg(features).arg(first.shapeText()).arg(features + 1);
        return false;
    }
    Columns c{first, {}};
    for (int col = 0; col < features; ++col)
        c.columns.push_back(col);
    m_inputs.push_back(c);
    return true;
}

std::unique_ptr<SampleSource> CsvSource::open(const DataSpec &spec, const InputSpec &input, QString *error)
{
    auto source = std::make_unique<CsvSource>();
    source->m_name = QFileInfo(spec.path).fileName();
    source->m_file.setFileName(spec.path);
    if (const QFileInfo info(spec.path); !info.isFile()) {
        *error = info.exists() ? tr("%1 is not a regular file (a folder, device or pipe): name a .csv file.").arg(spec.path)
                               : tr("There is no CSV file at %1: check the path.").arg(spec.path);
        return nullptr;
    }
    if (!source->m_file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read (%2).").arg(spec.path, source->m_file.errorString());
        return nullptr;
    }
    if (!source->scan(error) || !source->mapColumns(input, error))
        return nullptr;
    // Features of one float input are normalized as the spec says; ids and masks are taken as they are.
    if (source->m_inputs.size() == 1 && source->m_inputs.front().input.isFloat()
        && !normalizationFor(spec, source->m_inputs.front().input, &source->m_mean, &source->m_std, error))
        return nullptr;
    return source;
}

bool CsvSource::readCell(const QByteArray &text, const Row &row, int column, const InputTensor &input, double *value,
                         QString *error) const
{
    const bool integer = !input.isFloat();
    const QString name = input.name.isEmpty() ? tr("the input") : input.name;
    bool ok = false;
    *value = text.toDouble(&ok);
    if (ok && integer && *value != std::floor(*value))
        ok = false;
    if (!ok)
        *error = (integer ? tr("%1: line %2, column %3 holds \"%4\", which is not a whole number, but %5 takes %6 values "
                               "(token ids or a mask): write whole numbers.")
                          : tr("%1: line %2, column %3 holds \"%4\", which is not a number, but %5 takes %6 values: "
                               "every feature must be a number."))
                     .arg(m_name).arg(row.line).arg(column + 1).arg(QString::fromUtf8(text.left(40)), name, input.dtype);
    return ok;
}

bool CsvSource::read(const at::Tensor &indices, Batch *batch, QString *error)
{
    const int64_t n = indices.numel();
    std::vector<at::Tensor> inputs;
    for (const Columns &c : m_inputs)
        inputs.push_back(torch::empty({n, int64_t(c.columns.size())}, torch::kDouble));
    at::Tensor labels = labelled() ? torch::empty({n}, torch::kLong) : at::Tensor();
    const at::Tensor order = indices.contiguous();
    const int64_t *index = order.data_ptr<int64_t>();
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
        for (size_t k = 0; k < m_inputs.size(); ++k) {
            double *out = inputs[k].data_ptr<double>() + i * int64_t(m_inputs[k].columns.size());
            for (size_t c = 0; c < m_inputs[k].columns.size(); ++c) {
                const int column = m_inputs[k].columns[c];
                if (!readCell(cellText(cells.at(column)), row, column, m_inputs[k].input, out + c, error))
                    return false;
            }
        }
        if (labelled()) {
            // Labels written as floats ("3.0", as pandas does for a float column) are fine when whole.
            bool ok = false;
            const QByteArray text = cellText(cells.at(m_labelColumn));
            const double value = text.toDouble(&ok);
            if (!ok || value < 0 || value != std::floor(value) || value > double(std::numeric_limits<int32_t>::max())) {
                *error = tr("%1: line %2 has the label \"%3\" in its last column, which is not a class index: labels "
                            "are whole numbers 0, 1, 2, ...")
                             .arg(m_name).arg(row.line).arg(QString::fromUtf8(text.left(40)));
                return false;
            }
            labels.data_ptr<int64_t>()[i] = static_cast<int64_t>(value);
        }
    }
    for (size_t k = 0; k < m_inputs.size(); ++k) {
        const InputTensor &t = m_inputs[k].input;
        at::Tensor x = inputs[k].reshape(shapeWithBatch(t, n));
        if (t.isFloat()) {
            x = x.to(torch::kFloat);
            if (m_mean.defined())
                x = x.sub_(m_mean).div_(m_std);
        } else {
            x = x.to(torch::kLong);
        }
        batch->inputs.push_back(x);
    }
    batch->labels = labels;
    return true;
}

} // namespace

std::unique_ptr<SampleSource> openCsv(const DataSpec &spec, const InputSpec &input, QString *error)
{
    return CsvSource::open(spec, input, error);
}

} // namespace qb::detail
