#include "model/modelfactory.h"
#include "model/modelfactory_p.h"

#include "util/torcherror.h"

#include <torch/torch.h>

#include <QJsonDocument>

#include <cmath>

namespace qb {

namespace detail {

torch::jit::Module makeModule(const CompilationUnitPtr &cu, const std::string &qualifiedName)
{
    torch::jit::Module m(c10::QualifiedName(qualifiedName), cu, /*shouldMangle=*/true);
    // Every nn.Module has `training`; Module::train()/eval() and batch_norm's forward read it.
    m.register_attribute("training", c10::BoolType::get(), true);
    return m;
}

namespace {

/// PyTorch's default initialisation for Linear and Conv: uniform in +-1/sqrt(fan_in).
at::Tensor uniformInit(at::IntArrayRef shape, int64_t fanIn)
{
    const double bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
    return torch::empty(shape).uniform_(-bound, bound).set_requires_grad(true);
}

} // namespace

std::string replaceAll(std::string text, const std::string &token, const std::string &value)
{
    for (size_t pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
        text.replace(pos, token.size(), value);
    return text;
}

torch::jit::Module makeLinear(const CompilationUnitPtr &cu, int in, int out)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.linear.Linear");
    m.register_parameter("weight", uniformInit({out, in}, in), false);
    m.register_parameter("bias", uniformInit({out}, in), false);
    m.register_attribute("in_features", c10::IntType::get(), int64_t(in));
    m.register_attribute("out_features", c10::IntType::get(), int64_t(out));
    m.define(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.linear(input, self.weight, self.bias)
)JIT");
    return m;
}

torch::jit::Module makeConv2d(const CompilationUnitPtr &cu, int in, int out, int kernel, int padding, int stride, bool bias)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.conv.Conv2d");
    const int64_t fanIn = int64_t(in) * kernel * kernel;
    m.register_parameter("weight", uniformInit({out, in, kernel, kernel}, fanIn), false);
    if (bias)
        m.register_parameter("bias", uniformInit({out}, fanIn), false);
    else
        m.register_attribute("bias", c10::OptionalType::create(c10::TensorType::get()), c10::IValue(), /*is_param=*/true);
    m.define(replaceAll(replaceAll(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.conv2d(input, self.weight, self.bias, [STRIDE, STRIDE], [PAD, PAD], [1, 1], 1)
)JIT", "PAD", std::to_string(padding)), "STRIDE", std::to_string(stride)));
    return m;
}

torch::jit::Module makeBatchNorm2d(const CompilationUnitPtr &cu, int channels)
{
    // FoldConvBatchNorm reads weight, bias, running_mean, running_var and eps from the module.
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.batchnorm.BatchNorm2d");
    m.register_parameter("weight", torch::ones({channels}).set_requires_grad(true), false);
    m.register_parameter("bias", torch::zeros({channels}).set_requires_grad(true), false);
    m.register_buffer("running_mean", torch::zeros({channels}));
    m.register_buffer("running_var", torch::ones({channels}));
    m.register_buffer("num_batches_tracked", torch::zeros({}, torch::kLong));
    m.register_attribute("eps", c10::FloatType::get(), 1e-5);
    m.register_attribute("momentum", c10::FloatType::get(), 0.1);
    m.define(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.batch_norm(input, self.weight, self.bias, self.running_mean, self.running_var, self.training, self.momentum, self.eps, False)
)JIT");
    return m;
}

torch::jit::Module makeLayerNorm(const CompilationUnitPtr &cu, int features)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.normalization.LayerNorm");
    m.register_parameter("weight", torch::ones({features}).set_requires_grad(true), false);
    m.register_parameter("bias", torch::zeros({features}).set_requires_grad(true), false);
    m.define(replaceAll(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.layer_norm(input, [FEATURES], self.weight, self.bias, 1e-05, False)
)JIT", "FEATURES", std::to_string(features)));
    return m;
}

torch::jit::Module makeEmbedding(const CompilationUnitPtr &cu, int count, int width)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.sparse.Embedding");
    m.register_parameter("weight", torch::randn({count, width}).set_requires_grad(true), false);
    m.register_attribute("num_embeddings", c10::IntType::get(), int64_t(count));
    m.register_attribute("embedding_dim", c10::IntType::get(), int64_t(width));
    m.define(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.embedding(self.weight, input)
)JIT");
    return m;
}

torch::jit::Module makeReLU(const CompilationUnitPtr &cu)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.activation.ReLU");
    m.define(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.relu(input)
)JIT");
    return m;
}

torch::jit::Module makeMaxPool2d(const CompilationUnitPtr &cu, int kernel)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.pooling.MaxPool2d");
    m.define(replaceAll(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    return torch.max_pool2d(input, [K, K], [K, K], [0, 0], [1, 1], False)
)JIT", "K", std::to_string(kernel)));
    return m;
}

torch::jit::Module makeLstm(const CompilationUnitPtr &cu, int inputSize, int hiddenSize)
{
    torch::jit::Module m = makeModule(cu, "__torch__.torch.nn.modules.rnn.LSTM");
    m.register_parameter("weight_ih_l0", uniformInit({4 * hiddenSize, inputSize}, hiddenSize), false);
    m.register_parameter("weight_hh_l0", uniformInit({4 * hiddenSize, hiddenSize}, hiddenSize), false);
    m.register_parameter("bias_ih_l0", uniformInit({4 * hiddenSize}, hiddenSize), false);
    m.register_parameter("bias_hh_l0", uniformInit({4 * hiddenSize}, hiddenSize), false);
    m.define(replaceAll(R"JIT(
def forward(self, input: Tensor) -> Tensor:
    zeros = torch.zeros([1, input.size(0), HIDDEN], dtype=input.dtype)
    result = torch.lstm(input, [zeros, zeros], [self.weight_ih_l0, self.weight_hh_l0, self.bias_ih_l0, self.bias_hh_l0], True, 1, 0.0, self.training, False, True)
    return result[0]
)JIT", "HIDDEN", std::to_string(hiddenSize)));
    return m;
}

void saveModule(torch::jit::Module &module, const QString &path, const QJsonObject &metadata)
{
    torch::jit::ExtraFilesMap extra;
    if (!metadata.isEmpty())
        extra["quantbench.json"] = QJsonDocument(metadata).toJson(QJsonDocument::Compact).toStdString();
    module.eval();
    module.save(path.toStdString(), extra);
}

} // namespace detail

bool saveMlp(const QString &path, const QVector<int> &widths, quint64 seed, const QJsonObject &metadata,
             QString *error, const MlpOptions &options)
{
    const double channelSpread = options.channelSpread;
    if (widths.size() < 2) {
        if (error)
            *error = QStringLiteral("An MLP needs at least an input and an output width.");
        return false;
    }
    try {
        torch::manual_seed(seed);
        torch::NoGradGuard noGrad;
        auto cu = std::make_shared<torch::jit::CompilationUnit>();
        torch::jit::Module root = detail::makeModule(cu, "__torch__.QuantBenchMlp");
        std::string body = "def forward(self, x: Tensor) -> Tensor:\n    x = torch.flatten(x, 1)\n";
        // Uneven channels that leave the float function unchanged: hidden layer i's output channels are
        // scaled up by s (1 to channelSpread) and layer i+1's matching input columns down by 1/s, which
        // ReLU lets through (relu(s*x) = s*relu(x) for s > 0).
        at::Tensor previousScale;
        for (int i = 0; i + 1 < widths.size(); ++i) {
            const std::string name = "fc" + std::to_string(i + 1);
            torch::jit::Module linear = detail::makeLinear(cu, widths[i], widths[i + 1]);
            const bool hidden = i + 2 < widths.size();
            at::Tensor weight = linear.attr("weight").toTensor();
            at::Tensor bias = linear.attr("bias").toTensor();
            if (previousScale.defined())
                weight.mul_(previousScale.reciprocal().unsqueeze(0));
            previousScale = at::Tensor();
            if (channelSpread != 1.0 && hidden) {
                previousScale = torch::logspace(0, std::log10(channelSpread), widths[i + 1]);
                weight.mul_(previousScale.unsqueeze(1));
                bias.mul_(previousScale);
            }
            root.register_module(name, linear);
            body += "    x = self." + name + ".forward(x)\n";
            if (hidden)
                body += "    x = torch.relu(x)\n";
        }
        body += "    return x\n";
        if (options.outlierLayer > 0 && options.outlierLayer < widths.size()) {
            // The outlier sits on input 0. Behind a hidden layer, that unit is silenced (zero weights,
            // negative bias, then ReLU), so the float function stays ordinary and only the int8 grid of
            // this layer suffers.
            at::Tensor w = root.attr("fc" + std::to_string(options.outlierLayer)).toModule().attr("weight").toTensor();
            w[0][0] = w.abs().max() * options.outlierScale;
            if (options.outlierLayer > 1) {
                torch::jit::Module before = root.attr("fc" + std::to_string(options.outlierLayer - 1)).toModule();
                before.attr("weight").toTensor()[0].zero_();
                before.attr("bias").toTensor()[0] = -1.0;
            }
        }
        if (options.halfPrecision) {
            // Half weights with a float input: cast the input so the model still runs.
            body.replace(body.find("torch.flatten(x, 1)"), std::string("torch.flatten(x, 1)").size(),
                         "torch.flatten(x, 1).to(self.fc1.weight.dtype)");
            body.replace(body.rfind("return x"), std::string("return x").size(), "return x.float()");
            for (const auto &p : root.named_parameters())
                p.value.set_data(p.value.to(torch::kHalf));
        }
        root.define(body);
        detail::saveModule(root, path, metadata);
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = withCause(describeException(e), e);
        return false;
    }
}

} // namespace qb
