#include "data/tokentask.h"

#include "util/fileutil.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/torch.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QB_DECLARE_TR_FUNCTIONS(qb::Data)

namespace qb::tokentask {

namespace {

constexpr int kRanges[][2] = {{1, 250}, {250, 500}, {500, 750}, {750, 1000}};
constexpr int kClasses = 4;

} // namespace

QStringList labels()
{
    return {QStringLiteral("range0"), QStringLiteral("range1"), QStringLiteral("range2"), QStringLiteral("range3")};
}

bool write(const QString &path, int samples, quint64 seed, QString *error)
{
    try {
        const at::Generator gen = at::detail::createCPUGenerator(seed);
        const int64_t n = samples;
        const at::Tensor lengths = torch::randint(8, kLength + 1, {n}, gen, torch::kLong);
        const at::Tensor chosen = torch::randint(0, kClasses, {n}, gen, torch::kLong);
        std::vector<int64_t> lows, widths;
        for (const auto &r : kRanges) {
            lows.push_back(r[0]);
            widths.push_back(r[1] - r[0]);
        }
        const at::Tensor lo = torch::tensor(lows).index_select(0, chosen).unsqueeze(1);
        const at::Tensor width = torch::tensor(widths).index_select(0, chosen).unsqueeze(1);
        const at::Tensor inRange = lo + (torch::rand({n, kLength}, gen) * width).to(torch::kLong);
        const at::Tensor anywhere = torch::randint(1, kVocab, {n, kLength}, gen, torch::kLong);
        const at::Tensor pick = torch::rand({n, kLength}, gen) < 0.4;
        const at::Tensor mask = (torch::arange(kLength).unsqueeze(0) < lengths.unsqueeze(1)).to(torch::kLong);
        const at::Tensor ids = torch::where(pick, inRange, anywhere) * mask;
        // Which range each real token falls in, counted per sample; the most frequent is the label.
        const at::Tensor which = torch::bucketize(ids, torch::tensor({int64_t(250), int64_t(500), int64_t(750)}), false, /*right=*/true);
        const at::Tensor counts = (torch::one_hot(which, kClasses) * mask.unsqueeze(-1)).sum(1);
        const at::Tensor labelsOut = counts.argmax(1);
        c10::Dict<std::string, at::Tensor> dict;
        dict.insert("input_ids", ids.contiguous());
        dict.insert("attention_mask", mask.contiguous());
        dict.insert("labels", labelsOut.contiguous());
        const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
        return writeFileAtomically(path, QByteArray(bytes.data(), qsizetype(bytes.size())), error);
    } catch (const std::exception &e) {
        if (error)
            *error = withCause(tr("Could not make the token task: %1").arg(describeException(e)), e);
        return false;
    }
}

QString file(const QString &split, QString *error)
{
    const bool train = split == QLatin1String("train");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/zoo");
    const QString path = QStringLiteral("%1/tokens-%2.pt").arg(folder, train ? QStringLiteral("train") : QStringLiteral("test"));
    if (QFileInfo(path).isFile())
        return path;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create %1: check the data folder is writable.").arg(folder);
        return {};
    }
    if (!write(path, train ? 8192 : 2048, train ? 1 : 2, error))
        return {};
    return path;
}

} // namespace qb::tokentask
