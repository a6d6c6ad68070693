#include "model/modelfactory.h"

#include "util/torcherror.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <QJsonDocument>

#include <cmath>

namespace qb {

namespace {

/// A scripted torch.nn.Linear: the class name the passes match, its parameters, PyTorch's forward.
torch::jit::Module makeLinear(const std::shared_ptr<torch::jit::CompilationUnit> &cu, int in, int out,
                              const at::Tensor &rowScale, const at::Tensor &columnScale)
{
    torch::jit::Module m(c10::QualifiedName("__torch__.torch.nn.modules.linear.Linear"), cu,
                         /*shouldMangle=*/true);
    const double bound = 1.0 / std::sqrt(static_cast<double>(in));
    at::Tensor weight = torch::empty({out, in}).uniform_(-bound, bound);
    at::Tensor bias = torch::empty({out}).uniform_(-bound, bound);
    if (rowScale.defined()) {
        weight *= rowScale.unsqueeze(1);
        bias *= rowScale;
    }
    if (columnScale.defined())
        weight *= columnScale.unsqueeze(0);
    m.register_parameter("weight", weight, false);
    m.register_parameter("bias", bias, false);
    m.define(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.linear(input, self.weight, self.bias)
)JIT");
    return m;
}

bool save(torch::jit::Module &module, const QString &path, const QJsonObject &metadata, QString *error)
{
    torch::jit::ExtraFilesMap extra;
    if (!metadata.isEmpty())
        extra["quantbench.json"] = QJsonDocument(metadata).toJson(QJsonDocument::Compact).toStdString();
    module.eval();
    module.save(path.toStdString(), extra);
    (void)error;
    return true;
}

} // namespace

bool saveMlp(const QString &path, const QVector<int> &widths, quint64 seed, const QJsonObject &metadata,
             QString *error, double channelSpread)
{
    if (widths.size() < 2) {
        if (error)
            *error = QStringLiteral("An MLP needs at least an input and an output width.");
        return false;
    }
    try {
        torch::manual_seed(seed);
        torch::NoGradGuard noGrad;
        auto cu = std::make_shared<torch::jit::CompilationUnit>();
        torch::jit::Module root(c10::QualifiedName("__torch__.QuantBenchMlp"), cu);
        std::string body = "def forward(self, x: Tensor) -> Tensor:\n    x = torch.flatten(x, 1)\n";
        // Uneven channels that leave the float function unchanged: hidden layer i's output channels are
        // scaled up by s (1 to channelSpread) and layer i+1's matching input columns down by 1/s, which
        // ReLU lets through (relu(s*x) = s*relu(x) for s > 0).
        at::Tensor previousScale;
        for (int i = 0; i + 1 < widths.size(); ++i) {
            const std::string name = "fc" + std::to_string(i + 1);
            const bool hidden = i + 2 < widths.size();
            at::Tensor rowScale;
            if (channelSpread != 1.0 && hidden)
                rowScale = torch::logspace(0, std::log10(channelSpread), widths[i + 1]);
            const at::Tensor columnScale = previousScale.defined() ? previousScale.reciprocal() : at::Tensor();
            root.register_module(name, makeLinear(cu, widths[i], widths[i + 1], rowScale, columnScale));
            previousScale = rowScale;
            body += "    x = self." + name + ".forward(x)\n";
            if (i + 2 < widths.size())
                body += "    x = torch.relu(x)\n";
        }
        body += "    return x\n";
        root.define(body);
        return save(root, path, metadata, error);
    } catch (const std::exception &e) {
        if (error)
            *error = describeException(e);
        return false;
    }
}

} // namespace qb
