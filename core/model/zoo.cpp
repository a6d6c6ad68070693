#include "model/zoo.h"

#include "data/batches_p.h"
#include "data/idxfile.h"
#include "data/tokentask.h"
#include "env/environment.h"
#include "model/modelfactory_p.h"
#include "util/jsonutil.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>

QB_DECLARE_TR_FUNCTIONS(qb::Zoo)

namespace qb {

namespace {

using detail::CompilationUnitPtr;

constexpr int kImageSide = 28;
constexpr int kClasses = 10;

std::string replaceAllTokens(std::string source, std::initializer_list<std::pair<const char *, std::string>> values)
{
    for (const auto &[token, value] : values)
        source = detail::replaceAll(source, token, value);
    return source;
}

torch::jit::Module buildCnn(const CompilationUnitPtr &cu)
{
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.FashionCnn");
    root.register_module("conv1", detail::makeConv2d(cu, 1, 16, 3, 1));
    root.register_module("bn1", detail::makeBatchNorm2d(cu, 16));
    root.register_module("relu1", detail::makeReLU(cu));
    root.register_module("pool1", detail::makeMaxPool2d(cu, 2));
    root.register_module("conv2", detail::makeConv2d(cu, 16, 32, 3, 1));
    root.register_module("bn2", detail::makeBatchNorm2d(cu, 32));
    root.register_module("relu2", detail::makeReLU(cu));
    root.register_module("pool2", detail::makeMaxPool2d(cu, 2));
    root.register_module("fc1", detail::makeLinear(cu, 32 * 7 * 7, 128));
    root.register_module("relu3", detail::makeReLU(cu));
    root.register_module("fc2", detail::makeLinear(cu, 128, kClasses));
    root.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    x = self.pool1.forward(self.relu1.forward(self.bn1.forward(self.conv1.forward(x))))
    x = self.pool2.forward(self.relu2.forward(self.bn2.forward(self.conv2.forward(x))))
    x = torch.flatten(x, 1)
    x = self.relu3.forward(self.fc1.forward(x))
    return self.fc2.forward(x)
)JIT");
    return root;
}

torch::jit::Module buildMlp(const CompilationUnitPtr &cu)
{
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.FashionMlp");
    root.register_module("fc1", detail::makeLinear(cu, kImageSide * kImageSide, 256));
    root.register_module("relu1", detail::makeReLU(cu));
    root.register_module("fc2", detail::makeLinear(cu, 256, 128));
    root.register_module("relu2", detail::makeReLU(cu));
    root.register_module("fc3", detail::makeLinear(cu, 128, kClasses));
    root.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    x = torch.flatten(x, 1)
    x = self.relu1.forward(self.fc1.forward(x))
    x = self.relu2.forward(self.fc2.forward(x))
    return self.fc3.forward(x)
)JIT");
    return root;
}

torch::jit::Module buildLstm(const CompilationUnitPtr &cu)
{
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.FashionLstm");
    root.register_module("lstm", detail::makeLstm(cu, kImageSide, 64));
    root.register_module("fc", detail::makeLinear(cu, 64, kClasses));
    root.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    x = self.lstm.forward(torch.reshape(x, [-1, 28, 28]))
    return self.fc.forward(torch.select(x, 1, -1))
)JIT");
    return root;
}

/// The layers of an encoder block: the four attention projections, the feed-forward pair and two
/// LayerNorms.
void addEncoderLayers(const CompilationUnitPtr &cu, torch::jit::Module *block, int width)
{
    for (const char *name : {"q_proj", "k_proj", "v_proj", "out_proj"})
        block->register_module(name, detail::makeLinear(cu, width, width));
    block->register_module("norm1", detail::makeLayerNorm(cu, width));
    block->register_module("ff1", detail::makeLinear(cu, width, 2 * width));
    block->register_module("ff2", detail::makeLinear(cu, 2 * width, width));
    block->register_module("norm2", detail::makeLayerNorm(cu, width));
}

/// One post-norm encoder block with 4-head self-attention, written with Linear layers so that
/// dynamic quantization reaches every projection.
torch::jit::Module buildEncoderBlock(const CompilationUnitPtr &cu, int width, int heads)
{
    torch::jit::Module block = detail::makeModule(cu, "__torch__.quantbench.zoo.EncoderBlock");
    addEncoderLayers(cu, &block, width);
    std::string source = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    n = x.size(0)
    t = x.size(1)
    q = self.q_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    k = self.k_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    v = self.v_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    attention = torch.softmax(torch.matmul(q, k.transpose(-2, -1)) * SCALE, -1)
    context = torch.matmul(attention, v).transpose(1, 2).reshape([n, t, WIDTH])
    x = self.norm1.forward(x + self.out_proj.forward(context))
    hidden = torch.relu(self.ff1.forward(x))
    return self.norm2.forward(x + self.ff2.forward(hidden))
)JIT";
    auto put = [&source](const std::string &token, const std::string &value) {
        source = detail::replaceAll(source, token, value);
    };
    put("HEAD_DIM", std::to_string(width / heads));
    put("HEADS", std::to_string(heads));
    put("WIDTH", std::to_string(width));
    put("SCALE", std::to_string(1.0 / std::sqrt(double(width / heads))));
    block.define(source);
    return block;
}

torch::jit::Module buildTransformer(const CompilationUnitPtr &cu)
{
    constexpr int kWidth = 64;
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.FashionTransformer");
    root.register_module("embed", detail::makeLinear(cu, kImageSide, kWidth));
    root.register_parameter("position", (torch::randn({kImageSide, kWidth}) * 0.02).set_requires_grad(true), false);
    root.register_module("encoder", buildEncoderBlock(cu, kWidth, 4));
    root.register_module("head", detail::makeLinear(cu, kWidth, kClasses));
    root.define(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    x = self.embed.forward(torch.reshape(x, [-1, 28, 28])) + self.position
    x = self.encoder.forward(x)
    return self.head.forward(torch.mean(x, [1]))
)JIT");
    return root;
}

/// A post-norm encoder block like buildEncoderBlock's, whose attention skips padded tokens: forward
/// takes the additive key bias (0 for a token, -10000 for padding) shaped [N, 1, 1, T].
torch::jit::Module buildMaskedEncoderBlock(const CompilationUnitPtr &cu, int width, int heads)
{
    torch::jit::Module block = detail::makeModule(cu, "__torch__.quantbench.zoo.TextEncoderBlock");
    addEncoderLayers(cu, &block, width);
    std::string source = R"JIT(
def forward(self, x: Tensor, key_bias: Tensor) -> Tensor:
    n = x.size(0)
    t = x.size(1)
    q = self.q_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    k = self.k_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    v = self.v_proj.forward(x).view([n, t, HEADS, HEAD_DIM]).transpose(1, 2)
    attention = torch.softmax(torch.matmul(q, k.transpose(-2, -1)) * SCALE + key_bias, -1)
    context = torch.matmul(attention, v).transpose(1, 2).reshape([n, t, WIDTH])
    x = self.norm1.forward(x + self.out_proj.forward(context))
    hidden = torch.relu(self.ff1.forward(x))
    return self.norm2.forward(x + self.ff2.forward(hidden))
)JIT";
    for (const auto &[token, value] : {std::pair{"HEAD_DIM", std::to_string(width / heads)}, std::pair{"HEADS", std::to_string(heads)},
                                       std::pair{"WIDTH", std::to_string(width)},
                                       std::pair{"SCALE", std::to_string(1.0 / std::sqrt(double(width / heads)))}})
        source = detail::replaceAll(source, token, value);
    block.define(source);
    return block;
}

/// A small BERT-like encoder for the token task (data/tokentask.h): token and position embeddings,
/// LayerNorm, two masked encoder blocks of width 128 (BERT-Tiny's), the mean over real tokens, a head.
torch::jit::Module buildBert(const CompilationUnitPtr &cu)
{
    constexpr int kWidth = 128;
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.TextEncoder");
    root.register_module("tok_embed", detail::makeEmbedding(cu, tokentask::kVocab, kWidth));
    root.register_module("pos_embed", detail::makeEmbedding(cu, tokentask::kLength, kWidth));
    root.register_module("norm", detail::makeLayerNorm(cu, kWidth));
    root.register_module("block1", buildMaskedEncoderBlock(cu, kWidth, 4));
    root.register_module("block2", buildMaskedEncoderBlock(cu, kWidth, 4));
    root.register_module("head", detail::makeLinear(cu, kWidth, int(tokentask::labels().size())));
    root.define(R"JIT(
def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
    positions = torch.arange(input_ids.size(1))
    x = self.tok_embed.forward(input_ids) + torch.unsqueeze(self.pos_embed.forward(positions), 0)
    x = self.norm.forward(x)
    keep = attention_mask.float()
    key_bias = (1.0 - keep).view([keep.size(0), 1, 1, keep.size(1)]) * -10000.0
    x = self.block1.forward(x, key_bias)
    x = self.block2.forward(x, key_bias)
    weights = torch.unsqueeze(keep, -1)
    return self.head.forward(torch.sum(x * weights, [1]) / torch.clamp(torch.sum(weights, [1]), 1.0))
)JIT");
    return root;
}

/// ResNet-18's basic block: two 3x3 convolutions with BatchNorm, and a 1x1 projection of the input
/// when the block changes resolution or width.
torch::jit::Module buildBasicBlock(const CompilationUnitPtr &cu, int in, int out, int stride)
{
    torch::jit::Module block = detail::makeModule(cu, "__torch__.quantbench.zoo.BasicBlock");
    block.register_module("conv1", detail::makeConv2d(cu, in, out, 3, 1, stride, false));
    block.register_module("bn1", detail::makeBatchNorm2d(cu, out));
    block.register_module("relu1", detail::makeReLU(cu));
    block.register_module("conv2", detail::makeConv2d(cu, out, out, 3, 1, 1, false));
    block.register_module("bn2", detail::makeBatchNorm2d(cu, out));
    block.register_module("relu2", detail::makeReLU(cu));
    const bool project = stride != 1 || in != out;
    if (project) {
        block.register_module("down_conv", detail::makeConv2d(cu, in, out, 1, 0, stride, false));
        block.register_module("down_bn", detail::makeBatchNorm2d(cu, out));
    }
    block.define(replaceAllTokens(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    out = self.relu1.forward(self.bn1.forward(self.conv1.forward(x)))
    out = self.bn2.forward(self.conv2.forward(out))
    return self.relu2.forward(out + IDENTITY)
)JIT", {{"IDENTITY", project ? "self.down_bn.forward(self.down_conv.forward(x))" : "x"}}));
    return block;
}

/// torchvision's ResNet-18 for 224x224 RGB images and 1000 classes, untrained: the model the speed
/// figures of deployment-grade int8 are quoted on (not trained here: no ImageNet on this machine).
torch::jit::Module buildResNet18(const CompilationUnitPtr &cu)
{
    torch::jit::Module root = detail::makeModule(cu, "__torch__.quantbench.zoo.ResNet18");
    root.register_module("conv1", detail::makeConv2d(cu, 3, 64, 7, 3, 2, false));
    root.register_module("bn1", detail::makeBatchNorm2d(cu, 64));
    root.register_module("relu", detail::makeReLU(cu));
    int width = 64;
    std::string calls;
    for (const auto &[stage, out, stride] : {std::tuple{1, 64, 1}, std::tuple{2, 128, 2}, std::tuple{3, 256, 2}, std::tuple{4, 512, 2}}) {
        for (int i = 0; i < 2; ++i) {
            const std::string name = "layer" + std::to_string(stage) + "_" + std::to_string(i);
            root.register_module(name, buildBasicBlock(cu, width, out, i == 0 ? stride : 1));
            calls += "    x = self." + name + ".forward(x)\n";
            width = out;
        }
    }
    root.register_module("fc", detail::makeLinear(cu, 512, 1000));
    root.define(replaceAllTokens(R"JIT(
def forward(self, x: Tensor) -> Tensor:
    x = self.relu.forward(self.bn1.forward(self.conv1.forward(x)))
    x = torch.max_pool2d(x, [3, 3], [2, 2], [1, 1], [1, 1], False)
BLOCKS    x = torch.flatten(torch.adaptive_avg_pool2d(x, [1, 1]), 1)
    return self.fc.forward(x)
)JIT", {{"BLOCKS", calls}}));
    return root;
}

InputSpec inputSpecOf(const QString &name)
{
    if (name == QLatin1String("resnet18"))
        return InputSpec::single({1, 3, 224, 224});
    if (name == QLatin1String("bert")) {
        InputSpec spec;
        spec.tensors << InputTensor{QStringLiteral("input_ids"), {1, tokentask::kLength}, QStringLiteral("int64"), tokentask::kVocab}
                     << InputTensor{QStringLiteral("attention_mask"), {1, tokentask::kLength}, QStringLiteral("int64"), 0};
        spec.source = InputSpec::Source::Archive;
        return spec;
    }
    if (name == QLatin1String("lstm") || name == QLatin1String("transformer"))
        return InputSpec::single({1, kImageSide, kImageSide});
    return InputSpec::single({1, 1, kImageSide, kImageSide});
}

QJsonObject metadataFor(const QString &name)
{
    const bool text = name == QLatin1String("bert");
    QJsonObject metadata{{QStringLiteral("format"), QStringLiteral("quantbench-model")},
                         {QStringLiteral("version"), 2},
                         {QStringLiteral("zoo"), name}};
    if (name != QLatin1String("resnet18")) // ImageNet's 1000 labels are not on this machine
        metadata.insert(QStringLiteral("labels"), QJsonArray::fromStringList(text ? tokentask::labels() : fashionMnistLabels()));
    metadata.insert(QStringLiteral("inputs"), inputSpecOf(name).toJson().value(QStringLiteral("inputs")));
    return metadata;
}

bool build(const QString &name, torch::jit::Module *out, QString *error)
{
    auto cu = std::make_shared<torch::jit::CompilationUnit>();
    if (name == QLatin1String("cnn"))
        *out = buildCnn(cu);
    else if (name == QLatin1String("mlp"))
        *out = buildMlp(cu);
    else if (name == QLatin1String("lstm"))
        *out = buildLstm(cu);
    else if (name == QLatin1String("transformer"))
        *out = buildTransformer(cu);
    else if (name == QLatin1String("bert"))
        *out = buildBert(cu);
    else if (name == QLatin1String("resnet18"))
        *out = buildResNet18(cu);
    else {
        if (error)
            *error = tr("There is no zoo model \"%1\": choose one of %2.").arg(name, zooModelNames().join(QLatin1String(", ")));
        return false;
    }
    return true;
}

} // namespace

QStringList zooModelNames()
{
    return {QStringLiteral("cnn"), QStringLiteral("mlp"), QStringLiteral("lstm"), QStringLiteral("transformer"),
            QStringLiteral("bert"), QStringLiteral("resnet18")};
}

bool buildZooModel(const QString &name, const QString &path, quint64 seed, QString *error)
{
    try {
        torch::manual_seed(seed);
        torch::jit::Module m;
        if (!build(name, &m, error))
            return false;
        detail::saveModule(m, path, metadataFor(name));
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Could not build or save the %1 model to %2: %3").arg(name, path, describeException(e));
        return false;
    }
}

TrainOptions textTrainOptions(QString *error)
{
    TrainOptions options;
    for (auto [spec, split, batch] : {std::tuple{&options.train, QStringLiteral("train"), 64}, std::tuple{&options.test, QStringLiteral("test"), 256}}) {
        const QString path = tokentask::file(split, error);
        if (path.isEmpty())
            return {};
        *spec = DataSpec::fromArgument(path, split, error);
        spec->batchSize = batch;
        spec->maxBatches = 1 << 30;
    }
    options.epochs = 3;
    options.learningRate = 1e-3;
    return options;
}

QString zooCachePath(const QString &name, const TrainOptions &options)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/zoo");
    return QStringLiteral("%1/%2-e%3-lr%4-s%5.pt")
        .arg(folder, name)
        .arg(options.epochs)
        .arg(options.learningRate)
        .arg(options.seed);
}

namespace {

/// Trains with Adam and cross-entropy on (inputs, labels), reshuffled every epoch; false when cancelled.
bool trainEpochs(torch::jit::Module &m, const std::vector<at::Tensor> &inputs, const at::Tensor &labels,
                 const TrainOptions &options, const TrainProgress &progress, const std::atomic_bool *cancel, TrainReport &report)
{
    const int64_t samples = std::min<int64_t>(labels.size(0), int64_t(options.train.batchSize) * options.train.maxBatches);
    const int64_t batchSize = options.train.batchSize;
    const int64_t batchesPerEpoch = (samples + batchSize - 1) / batchSize;
    std::vector<at::Tensor> params;
    for (const at::Tensor &p : m.parameters())
        params.push_back(p);
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(options.learningRate));
    m.train();
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        const at::Tensor order = torch::randperm(labels.size(0), torch::kLong).slice(0, 0, samples);
        double lossSum = 0;
        for (int64_t b = 0; b < batchesPerEpoch; ++b) {
            if (cancel && cancel->load())
                return false;
            const at::Tensor index = order.slice(0, b * batchSize, std::min(samples, (b + 1) * batchSize));
            optimizer.zero_grad();
            std::vector<c10::IValue> args;
            for (const at::Tensor &x : inputs)
                args.emplace_back(x.index_select(0, index));
            const at::Tensor logits = m.forward(args).toTensor();
            const at::Tensor loss = torch::nn::functional::cross_entropy(logits, labels.index_select(0, index));
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            if (progress)
                progress(epoch, (double(epoch - 1) + double(b + 1) / batchesPerEpoch) / options.epochs, lossSum / double(b + 1));
        }
        report.epochSeconds << timer.nsecsElapsed() / 1e9;
        report.epochLoss << lossSum / double(batchesPerEpoch);
    }
    m.eval();
    return true;
}

/// Top-1 accuracy on the test data, without gradients.
bool testAccuracy(torch::jit::Module &m, const InputSpec &input, const TrainOptions &options, TrainReport &report)
{
    torch::NoGradGuard noGrad;
    const auto testBatches = detail::loadBatches(options.test, input, &report.error);
    if (testBatches.empty())
        return false;
    int64_t correct = 0;
    for (const auto &batch : testBatches) {
        correct += (m.forward(batch.args()).toTensor().argmax(1) == batch.labels).sum().item<int64_t>();
        report.testSamples += static_cast<int>(batch.size());
    }
    report.testTop1 = double(correct) / report.testSamples;
    return true;
}

/// Saves the trained model with how it was trained in its quantbench.json.
bool saveTrained(torch::jit::Module &m, const QString &name, const QString &path, const TrainOptions &options,
                 TrainReport &report)
{
    QJsonObject metadata = metadataFor(name);
    metadata.insert(QStringLiteral("training"), QJsonObject{{QStringLiteral("data"), options.train.toJson()},
                                                            {QStringLiteral("epochs"), options.epochs},
                                                            {QStringLiteral("learning_rate"), options.learningRate},
                                                            {QStringLiteral("seed"), QString::number(options.seed)},
                                                            {QStringLiteral("threads"), report.threads},
                                                            {QStringLiteral("epoch_seconds"), jsonArray(report.epochSeconds)},
                                                            {QStringLiteral("epoch_loss"), jsonArray(report.epochLoss)},
                                                            {QStringLiteral("test_top1"), report.testTop1},
                                                            {QStringLiteral("test_samples"), report.testSamples}});
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Write to a temporary name first, so an interrupted save never leaves a broken cache entry.
    const QString partial = path + QStringLiteral(".partial");
    detail::saveModule(m, partial, metadata);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        report.error = tr("Could not write %1: check the folder is writable.").arg(path);
        return false;
    }
    return true;
}

} // namespace

TrainReport trainZooModel(const QString &name, const QString &path, const TrainOptions &options,
                          const TrainProgress &progress, const std::atomic_bool *cancel)
{
    installTorchWarningFilter();
    TrainReport report;
    if (name == QLatin1String("resnet18")) {
        report.error = tr("resnet18 is built untrained, for speed measurements at ImageNet's 224x224: it cannot be "
                          "trained on Fashion-MNIST. Build it without --train.");
        return report;
    }
    try {
        torch::manual_seed(options.seed);
        torch::jit::Module m;
        if (!build(name, &m, &report.error))
            return report;
        const InputSpec input = inputSpecOf(name);
        // The whole training split as one tensor pair, reshuffled every epoch.
        DataSpec all = options.train;
        all.shuffle = false;
        all.batchSize = 1 << 30;
        all.maxBatches = 1;
        const auto whole = detail::loadBatches(all, input, &report.error);
        if (whole.empty())
            return report;
        if (!whole.front().labels.defined()) {
            report.error = tr("Training needs labelled data, and %1 has no labels.").arg(options.train.describe());
            return report;
        }
        ScopedIntraOpThreads threads(options.threads);
        report.threads = threads.threads();
        if (!trainEpochs(m, whole.front().inputs, whole.front().labels, options, progress, cancel, report)) {
            report.cancelled = true;
            return report;
        }
        if (!testAccuracy(m, input, options, report) || !saveTrained(m, name, path, options, report))
            return report;
        report.ok = true;
    } catch (const std::exception &e) {
        report.error = withCause(tr("Training the %1 model failed: %2").arg(name, describeException(e)), e);
    }
    return report;
}

} // namespace qb
