#include "model/modeldocument.h"
#include "model/modeldocument_p.h"

#include "env/environment.h"
#include "util/fileutil.h"
#include "util/picklecheck.h"
#include "util/recordingreader_p.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <ATen/native/quantized/PackedParams.h>
#include <caffe2/serialize/inline_container.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutexLocker>

#include <algorithm>
#include <optional>

QB_DECLARE_TR_FUNCTIONS(qb::ModelDocument)

namespace qb {

namespace {

/// Models whose parameters take more than this are not test-run to check a guessed input shape:
/// a trial forward pass of a large model would make opening it noticeably slower.
constexpr qint64 kTrialRunMaxBytes = 64LL * 1024 * 1024;

/// The extra file QuantBench reads and writes in every archive.
const char *const kQuantbenchJson = "quantbench.json";

ModelDocument::OpenResult failure(ModelDocument::OpenError error, const QString &message)
{
    ModelDocument::OpenResult result;
    result.error = error;
    result.message = message;
    return result;
}

/// Distinguishes the two kinds of non-TorchScript zip archive torch.save writes, by looking at the
/// pickle's class references: a state_dict is an OrderedDict of tensors, an eager model references
/// torch.nn module classes (or the user's own classes in __main__).
ModelDocument::OpenResult classifyPlainPickle(caffe2::serialize::PyTorchStreamReader &reader,
                                              const QString &fileName)
{
    QByteArray pickle;
    try {
        auto [data, size] = reader.getRecord("data.pkl");
        pickle = QByteArray(static_cast<const char *>(data.get()), static_cast<qsizetype>(size));
    } catch (const std::exception &) {
        // Unreadable pickle: fall through to the generic "not TorchScript" message.
    }
    const QString exportHint = tr("Export the model with torch.jit.script(model) or "
                                  "torch.jit.trace(model, example_input), then torch.jit.save.");
    if (pickle.contains("OrderedDict") && !pickle.contains("torch.nn.modules"))
        return failure(ModelDocument::OpenError::StateDict,
                       tr("%1 holds only weights (a torch.save of model.state_dict()), not a TorchScript "
                          "model. %2").arg(fileName, exportHint));
    return failure(ModelDocument::OpenError::EagerPickle,
                   tr("%1 is a pickled eager PyTorch model (torch.save(model)), which needs its Python "
                      "classes to load; QuantBench needs TorchScript. %2").arg(fileName, exportHint));
}

/// A quantized model keeps its weights in packed-parameter objects (one per quantized Linear or
/// convolution) rather than tensors; unpack them so sizes and statistics stay truthful.
std::vector<std::pair<std::string, at::Tensor>> unpackPackedParams(const torch::jit::Module &module)
{
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    const auto type = module.type();
    for (size_t i = 0; i < type->numAttributes(); ++i) {
        const auto classType = type->getAttribute(i)->cast<c10::ClassType>();
        if (!classType || !classType->name())
            continue;
        const std::string typeName = classType->name()->qualifiedName();
        const std::string attrName = type->getAttributeName(i);
        const c10::IValue value = module._ivalue()->getSlot(i);
        std::tuple<at::Tensor, c10::optional<at::Tensor>> unpacked;
        if (typeName.find("LinearPackedParamsBase") != std::string::npos)
            unpacked = value.toCustomClass<LinearPackedParamsBase>()->unpack();
        else if (typeName.find("Conv2dPackedParamsBase") != std::string::npos)
            unpacked = value.toCustomClass<ConvPackedParamsBase<2>>()->unpack();
        else if (typeName.find("Conv3dPackedParamsBase") != std::string::npos)
            unpacked = value.toCustomClass<ConvPackedParamsBase<3>>()->unpack();
        else
            continue;
        tensors.emplace_back(attrName + ".weight", std::get<0>(unpacked));
        if (std::get<1>(unpacked))
            tensors.emplace_back(attrName + ".bias", *std::get<1>(unpacked));
    }
    return tensors;
}

void addLayers(ModelDocument::Private &d, ModelInfo &info, const torch::jit::Module &module, const QString &name,
               int parent, int depth)
{
    LayerInfo layer;
    layer.index = info.layers.size();
    layer.parent = parent;
    layer.depth = depth;
    layer.name = name;
    const auto typeName = module.type()->name();
    layer.qualifiedType = typeName ? demangleTypeName(QString::fromStdString(typeName->qualifiedName()))
                                   : QStringLiteral("unknown");
    layer.type = shortTypeName(layer.qualifiedType);
    layer.kind = classifyLayerType(layer.qualifiedType);
    if (parent < 0) {
        // The model itself is a user class, but it is the container of everything else.
        layer.kind = {LayerKind::Container, false, {}, {}};
    }

    auto addTensor = [&layer](const std::string &tensorName, const at::Tensor &t, bool isParameter) {
        TensorInfo ti;
        ti.name = QString::fromStdString(tensorName);
        for (int64_t d : t.sizes())
            ti.shape << d;
        ti.dtype = dtypeName(t.scalar_type());
        ti.numel = t.numel();
        ti.bytes = static_cast<qint64>(t.numel()) * static_cast<qint64>(t.element_size());
        ti.isParameter = isParameter;
        if (isParameter)
            layer.ownParams += ti.numel;
        layer.bytesByDtype[ti.dtype] += ti.bytes;
        layer.totalBytes += ti.bytes;
        layer.tensors << ti;
    };
    for (const auto &p : module.named_parameters(/*recurse=*/false))
        addTensor(p.name, p.value, true);
    for (const auto &b : module.named_buffers(/*recurse=*/false))
        addTensor(b.name, b.value, false);
    for (const auto &[packedName, tensor] : unpackPackedParams(module)) {
        addTensor(packedName, tensor, true);
        d.packedTensors.insert(QString::number(layer.index) + QLatin1Char('/') + QString::fromStdString(packedName), tensor);
    }
    layer.totalParams = layer.ownParams;

    const int index = layer.index;
    info.layers << layer;
    if (parent >= 0)
        info.layers[parent].children << index;

    for (const auto &child : module.named_children()) {
        const QString childName = QString::fromStdString(child.name);
        addLayers(d, info, child.value, name.isEmpty() ? childName : name + QLatin1Char('.') + childName,
                  index, depth + 1);
    }
    if (parent >= 0) {
        info.layers[parent].totalParams += info.layers[index].totalParams;
        info.layers[parent].totalBytes += info.layers[index].totalBytes;
    }
}

/// The first layer with weights, and its weight.
std::pair<const LayerInfo *, const TensorInfo *> firstWeighted(const ModelInfo &info)
{
    for (const LayerInfo &layer : info.layers) {
        if (!layer.isLeaf() || layer.tensors.isEmpty())
            continue;
        for (const TensorInfo &t : layer.tensors)
            if ((t.name == QLatin1String("weight") || t.name == QLatin1String("weight_ih_l0")) && t.shape.size() >= 2)
                return {&layer, &t};
    }
    return {nullptr, nullptr};
}

/// The rows of the model's first embedding: how many token ids it takes. 0 without one.
qint64 firstVocabulary(const ModelInfo &info)
{
    for (const LayerInfo &layer : info.layers)
        if (layer.kind.kind == LayerKind::Embedding)
            for (const TensorInfo &t : layer.tensors)
                if (t.name == QLatin1String("weight") && t.shape.size() == 2)
                    return t.shape.at(0);
    return 0;
}

/// Candidate shapes for the first input, from the first layer with weights, most likely first.
QVector<QVector<qint64>> guessFirstShapes(const LayerInfo &layer, const TensorInfo &weight)
{
    const qint64 in = weight.shape.at(1);
    switch (layer.kind.kind) {
    case LayerKind::Convolution:
        if (weight.shape.size() == 3)
            return {{1, in, 128}};
        if (weight.shape.size() == 5)
            return {{1, in, 16, 112, 112}};
        // 28x28 for one channel (the MNIST family), 224x224 (ImageNet) for colour.
        return in == 1 ? QVector<QVector<qint64>>{{1, 1, 28, 28}, {1, 1, 32, 32}}
                       : QVector<QVector<qint64>>{{1, in, 224, 224}, {1, in, 32, 32}};
    case LayerKind::Linear:
        // A Linear layer first may take flat features or a sequence of row vectors.
        return {{1, in}, {1, in, in}, {1, 28, in}};
    case LayerKind::Recurrent:
        return {{1, in, in}, {1, 28, in}};
    case LayerKind::Embedding:
        // Token ids: a sequence as long as a position table when there is one (its rows), else a few common lengths.
        return {{1, 32}, {1, 16}, {1, 128}};
    default:
        break;
    }
    return {};
}

/// Candidate input specs for forward()'s tensor arguments, named after them: the first input from
/// the first layer, the others (masks, second tensors) shaped like it.
QVector<InputSpec> guessInputs(const ModelInfo &info, const QStringList &names)
{
    const auto [layer, weight] = firstWeighted(info);
    if (!layer || names.isEmpty())
        return {};
    const bool tokens = layer->kind.kind == LayerKind::Embedding;
    QVector<QVector<qint64>> shapes = guessFirstShapes(*layer, *weight);
    if (tokens) {
        // A second embedding (positions) bounds the sequence: try its length first.
        bool first = true;
        for (const LayerInfo &l : info.layers) {
            if (l.kind.kind != LayerKind::Embedding)
                continue;
            if (!first)
                for (const TensorInfo &t : l.tensors)
                    if (t.name == QLatin1String("weight") && t.shape.size() == 2)
                        shapes.prepend({1, t.shape.at(0)});
            first = false;
        }
    }
    QVector<InputSpec> candidates;
    for (const QVector<qint64> &shape : shapes) {
        InputSpec spec;
        spec.source = InputSpec::Source::Guessed;
        for (const QString &name : names) {
            InputTensor t;
            t.name = name;
            t.shape = shape;
            if (tokens) {
                t.dtype = QStringLiteral("int64");
                if (!t.isMask() && spec.tensors.isEmpty())
                    t.vocab = weight->shape.at(0);
            }
            spec.tensors << t;
        }
        candidates << spec;
    }
    return candidates;
}

/// Tensors of an input spec for a trial run: zeros (valid token ids), ones for masks.
std::vector<c10::IValue> trialInputs(const InputSpec &spec)
{
    std::vector<c10::IValue> args;
    for (const InputTensor &t : spec.tensors) {
        const std::vector<int64_t> sizes(t.shape.cbegin(), t.shape.cend());
        const c10::ScalarType type = t.isFloat() ? torch::kFloat : t.dtype == QLatin1String("bool") ? torch::kBool : torch::kLong;
        args.emplace_back(t.isMask() ? torch::ones(sizes, type) : torch::zeros(sizes, type));
    }
    return args;
}

bool runsWith(torch::jit::Module module, const InputSpec &spec)
{
    try {
        torch::NoGradGuard noGrad;
        const c10::IValue output = module.forward(trialInputs(spec));
        return output.isTensor() || output.isTuple() || output.isList();
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace

QString dtypeName(c10::ScalarType type)
{
    switch (type) {
    case c10::ScalarType::Float: return QStringLiteral("float32");
    case c10::ScalarType::Double: return QStringLiteral("float64");
    case c10::ScalarType::Half: return QStringLiteral("float16");
    case c10::ScalarType::BFloat16: return QStringLiteral("bfloat16");
    case c10::ScalarType::Long: return QStringLiteral("int64");
    case c10::ScalarType::Int: return QStringLiteral("int32");
    case c10::ScalarType::Short: return QStringLiteral("int16");
    case c10::ScalarType::Char: return QStringLiteral("int8");
    case c10::ScalarType::Byte: return QStringLiteral("uint8");
    case c10::ScalarType::Bool: return QStringLiteral("bool");
    case c10::ScalarType::QInt8: return QStringLiteral("qint8");
    case c10::ScalarType::QUInt8: return QStringLiteral("quint8");
    case c10::ScalarType::QInt32: return QStringLiteral("qint32");
    default: return QString::fromLatin1(c10::toString(type)).toLower();
    }
}

void fillTensorStatistics(const at::Tensor &tensor, TensorInfo *info)
{
    if (!tensor.defined() || tensor.numel() == 0)
        return;
    const bool floating = tensor.is_floating_point() || tensor.is_quantized();
    if (!floating)
        return;
    torch::NoGradGuard noGrad;
    const at::Tensor f = (tensor.is_quantized() ? tensor.dequantize() : tensor).to(torch::kFloat).contiguous();
    const auto [mn, mx] = torch::aminmax(f);
    info->stats.min = mn.item<double>();
    info->stats.max = mx.item<double>();
    info->stats.mean = f.mean().item<double>();
    info->stats.std = f.numel() > 1 ? f.std(/*unbiased=*/false).item<double>() : 0.0;
    info->histogram.clear();
    if (info->stats.max > info->stats.min) {
        const at::Tensor h = torch::histc(f.flatten(), TensorInfo::kHistogramBins, info->stats.min, info->stats.max)
                                 .to(torch::kDouble).contiguous();
        info->histogram.resize(h.numel());
        std::copy_n(h.data_ptr<double>(), h.numel(), info->histogram.begin());
    }
    info->channels.clear();
    if (f.dim() >= 2) {
        const auto rows = f.reshape({f.size(0), -1});
        const auto [cmin, cmax] = torch::aminmax(rows, /*dim=*/1);
        const auto minAcc = cmin.accessor<float, 1>();
        const auto maxAcc = cmax.accessor<float, 1>();
        info->channels.reserve(static_cast<int>(f.size(0)));
        for (int64_t c = 0; c < f.size(0); ++c)
            info->channels << ChannelRange{minAcc[c], maxAcc[c]};
    }
    info->hasStats = true;
}

ModelDocument::ModelDocument()
    : m_d(std::make_unique<Private>())
{
}

ModelDocument::~ModelDocument() = default;

namespace {

/// What the archive holds before LibTorch loads it: its record names and QuantBench's extra file.
struct ArchiveContents {
    std::vector<std::string> records;
    std::optional<QByteArray> quantbenchJson;
};

/// Every parameter's and buffer's storage was filled with as many bytes as its shape reaches.
QString checkTensorRecords(const torch::jit::Module &module, const RecordingReader &reader)
{
    for (const auto &p : module.named_parameters(/*recurse=*/true))
        if (QString problem = reader.checkTensor(p.value, QString::fromStdString(p.name)); !problem.isEmpty())
            return problem;
    for (const auto &b : module.named_buffers(/*recurse=*/true))
        if (QString problem = reader.checkTensor(b.value, QString::fromStdString(b.name)); !problem.isEmpty())
            return problem;
    return {};
}

/// The file itself: there, a regular file, readable, not empty, a zip. A failure, or nothing.
std::optional<ModelDocument::OpenResult> checkFile(const QString &path, const QString &fileName)
{
    using E = ModelDocument::OpenError;
    const QFileInfo fileInfo(path);
    if (path.isEmpty())
        return failure(E::NotFound, tr("No model file given: name a TorchScript .pt file."));
    if (!fileInfo.exists())
        return failure(E::NotFound, tr("There is no file at %1: check the path and the spelling.").arg(path));
    if (fileInfo.isDir())
        return failure(E::IsDirectory,
                       tr("%1 is a folder, not a model file: choose the TorchScript .pt file inside it.").arg(path));
    // Before opening it: reading a pipe waits for a writer forever, and a device never ends.
    if (!fileInfo.isFile())
        return failure(E::NotRegularFile, tr("%1 is not a regular file (a device, pipe or socket): save the model to a "
                                             "file and open that.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(E::Unreadable, tr("%1 cannot be read (%2): check its permissions.").arg(path, file.errorString()));
    if (fileInfo.size() == 0)
        return failure(E::Empty,
                       tr("%1 is empty (0 bytes): the export or copy did not finish; save the model again.").arg(fileName));
    const QByteArray head = file.read(4);
    if (head.startsWith("PK\x03\x04"))
        return std::nullopt;
    // Protocol-2+ pickles start with 0x80: torch.save with the legacy (pre-1.6) format.
    if (static_cast<unsigned char>(head.at(0)) == 0x80)
        return failure(E::LegacyPickle,
                       tr("%1 is a legacy PyTorch pickle (torch.save in the old format), not a TorchScript archive. "
                          "Export the model with torch.jit.script or torch.jit.trace, then torch.jit.save.").arg(fileName));
    return failure(E::NotZip, tr("%1 is not a TorchScript archive (it is not a zip file). Open a model saved with "
                                 "torch.jit.save.").arg(fileName));
}

/// Lists the archive's records and reads quantbench.json, telling TorchScript from other zips.
std::optional<ModelDocument::OpenResult> readArchive(const QString &path, const QString &fileName, ArchiveContents *contents)
{
    try {
        caffe2::serialize::PyTorchStreamReader reader(path.toStdString());
        contents->records = reader.getAllRecords();
        const bool hasCode = std::any_of(contents->records.cbegin(), contents->records.cend(), [](const std::string &r) {
            return r.rfind("code/", 0) == 0;
        });
        if (hasCode && !reader.hasRecord("constants.pkl"))
            return failure(ModelDocument::OpenError::Corrupt,
                           tr("%1 is a TorchScript archive with its constants.pkl record missing: it was cut short or "
                              "edited. Copy or export the model again.").arg(fileName));
        if (!reader.hasRecord("constants.pkl") || !hasCode) {
            if (reader.hasRecord("data.pkl"))
                return classifyPlainPickle(reader, fileName);
            return failure(ModelDocument::OpenError::Corrupt,
                           tr("%1 is a zip file but not a TorchScript archive (no code/ or constants.pkl inside). Open a "
                              "model saved with torch.jit.save.").arg(fileName));
        }
        // LibTorch's unpickler trusts the lengths inside these records; check them first.
        for (const char *record : {"data.pkl", "constants.pkl"}) {
            const auto [pickle, pickleSize] = reader.getRecord(record);
            if (const QString damage = checkPickle(static_cast<const char *>(pickle.get()), pickleSize); !damage.isEmpty())
                return failure(ModelDocument::OpenError::Corrupt,
                               tr("%1 is corrupt: its %2 record is damaged (%3). Copy or export the model again.")
                                   .arg(fileName, QLatin1String(record), damage));
        }
        const std::string quantbenchRecord = std::string("extra/") + kQuantbenchJson;
        if (reader.hasRecord(quantbenchRecord)) {
            auto [data, size] = reader.getRecord(quantbenchRecord);
            contents->quantbenchJson = QByteArray(static_cast<const char *>(data.get()), static_cast<qsizetype>(size));
        }
    } catch (const std::exception &e) {
        return failure(ModelDocument::OpenError::Corrupt, tr("%1 is truncated or corrupt (%2). Copy or export the model again.")
                                                              .arg(fileName, describeException(e)));
    }
    return std::nullopt;
}

/// The archive's extra files and quantbench.json, and for a quantized archive the engine its packed
/// weights were made for, made current so they unpack.
std::optional<ModelDocument::OpenResult> readMetadata(const ArchiveContents &contents, const QString &fileName, ModelInfo &info)
{
    for (const std::string &r : contents.records) {
        static const std::string prefix = "extra/";
        if (r.rfind(prefix, 0) == 0)
            info.extraFiles << QString::fromStdString(r.substr(prefix.size()));
    }
    if (contents.quantbenchJson) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(*contents.quantbenchJson, &parseError);
        if (json.isObject())
            info.quantbenchJson = json.object();
        else
            info.warnings << tr("The archive's quantbench.json is not valid JSON (%1); it was ignored.").arg(parseError.errorString());
    }
    const QString packedFor = info.quantbenchJson.value(QStringLiteral("engine")).toString();
    if (info.quantbenchJson.value(QStringLiteral("format")).toString() != QLatin1String("quantbench-quantized")
        || packedFor.isEmpty())
        return std::nullopt;
    const auto engine = engineFromName(packedFor);
    if (!engine || !setCurrentEngine(*engine, nullptr))
        return failure(ModelDocument::OpenError::WrongEngine,
                       tr("%1 was quantized for the %2 engine, which this LibTorch build lacks (it has %3): quantize the "
                          "float model again for one of those.")
                           .arg(fileName, packedFor, engineNames(supportedEngines()).join(QLatin1String(", "))));
    info.warnings << tr("Quantized for the %1 engine; that engine is now current.").arg(packedFor);
    return std::nullopt;
}

/// forward()'s arguments; the names of its tensor arguments, in order; and why QuantBench cannot
/// feed the model when it cannot (an argument that is not a tensor).
QStringList readSignature(const torch::jit::Module &module, ModelInfo &info)
{
    const auto forward = module.find_method("forward");
    if (!forward) {
        info.unsupportedReason = tr("The model has no forward() method, so it cannot be run.");
        return {};
    }
    const auto &arguments = forward->function().getSchema().arguments();
    QStringList tensors, others;
    for (size_t i = 1; i < arguments.size(); ++i) {
        const auto &arg = arguments[i];
        const QString text = QString::fromStdString(arg.name() + ": " + arg.type()->str());
        info.forwardArguments << text;
        if (arg.type()->kind() == c10::TypeKind::TensorType)
            tensors << QString::fromStdString(arg.name());
        else
            others << text;
    }
    if (tensors.isEmpty())
        info.unsupportedReason = tr("forward() takes no tensor (%1), so QuantBench cannot feed this model.")
                                     .arg(info.forwardArguments.isEmpty() ? tr("no arguments")
                                                                          : info.forwardArguments.join(QLatin1String(", ")));
    else if (!others.isEmpty())
        info.unsupportedReason = tr("forward() also takes %1, which is not a tensor; QuantBench feeds tensors only, so "
                                    "this model can be explored but not quantized or evaluated.")
                                     .arg(others.join(QLatin1String(", ")));
    return tensors;
}

/// The input spec: the user's word, then the archive's, then a guess checked by a trial run. Inputs
/// are named after forward()'s arguments; integer inputs learn the first embedding's vocabulary.
void chooseInput(const ModelDocument::Private &d, const QStringList &argumentNames, const ModelDocument::OpenOptions &options,
                 ModelInfo &info)
{
    if (options.input.isValid()) {
        info.input = options.input;
        info.input.source = InputSpec::Source::User;
    } else if (info.quantbenchJson.contains(QStringLiteral("input")) || info.quantbenchJson.contains(QStringLiteral("inputs"))) {
        QString error;
        const QJsonValue input = info.quantbenchJson.value(QStringLiteral("input"));
        info.input = InputSpec::fromJson(input.isObject() ? input.toObject() : info.quantbenchJson, &error);
        if (!error.isEmpty())
            info.warnings << error;
    }
    if (!info.input.isValid() && info.unsupportedReason.isEmpty()) {
        const bool tryRuns = options.guessByTrialRun && info.totalBytes() <= kTrialRunMaxBytes;
        for (const InputSpec &candidate : guessInputs(info, argumentNames)) {
            if (!tryRuns || runsWith(d.runnable(), candidate)) {
                info.input = candidate;
                break;
            }
        }
        if (!info.input.isValid())
            info.warnings << tr("The input shape is unknown: give it with --input-shape (e.g. 1x1x28x28, or "
                                "input_ids:1x128:int64,attention_mask:1x128:int64) or in the data panel.");
    }
    if (!info.input.isValid())
        return;
    // Names from forward() where the spec has none, and token inputs' vocabulary from the first embedding.
    const qint64 vocab = firstVocabulary(info);
    bool vocabGiven = false;
    for (int i = 0; i < info.input.count(); ++i) {
        InputTensor &t = info.input.tensors[i];
        if (t.name.isEmpty() && i < argumentNames.size() && info.input.count() == argumentNames.size())
            t.name = argumentNames.at(i);
        if (t.isInteger() && !t.isMask() && t.vocab == 0 && vocab > 0 && !vocabGiven) {
            t.vocab = vocab;
            vocabGiven = true;
        }
    }
    if (info.input.count() != argumentNames.size() && info.unsupportedReason.isEmpty())
        info.warnings << tr("The input spec names %1 tensor(s), but forward() takes %2 (%3).")
                             .arg(info.input.count()).arg(argumentNames.size()).arg(argumentNames.join(QLatin1String(", ")));
}

/// Everything open() checks before LibTorch reads the archive (file, zip, records, metadata), with
/// the metadata read into *info.
std::optional<ModelDocument::OpenResult> checkArchive(const QString &path, ModelInfo *info)
{
    const QFileInfo fileInfo(path);
    const QString fileName = fileInfo.fileName().isEmpty() ? path : fileInfo.fileName();
    if (auto failed = checkFile(path, fileName))
        return failed;
    ArchiveContents contents;
    if (auto failed = readArchive(path, fileName, &contents))
        return failed;
    return readMetadata(contents, fileName, *info);
}

} // namespace

ModelDocument::OpenResult ModelDocument::precheck(const QString &path)
{
    installTorchWarningFilter();
    ModelInfo info;
    if (auto failed = checkArchive(path, &info))
        return *failed;
    return {};
}

ModelDocument::OpenResult ModelDocument::open(const QString &path, const OpenOptions &options)
{
    installTorchWarningFilter();
    const QFileInfo fileInfo(path);
    const QString fileName = fileInfo.fileName().isEmpty() ? path : fileInfo.fileName();
    std::shared_ptr<ModelDocument> doc(new ModelDocument());
    ModelInfo &info = doc->m_info;
    if (auto failed = checkArchive(path, &info))
        return *failed;
    info.path = fileInfo.absoluteFilePath();
    info.fileSize = fileInfo.size();
    auto reader = std::make_shared<RecordingReader>(path.toStdString());
    try {
        doc->m_d->module = torch::jit::load(reader, torch::kCPU);
        doc->m_d->module.eval();
    } catch (const std::exception &e) {
        return failure(OpenError::Corrupt, withCause(tr("%1 could not be loaded as TorchScript (%2). Export the model again "
                                                        "with torch.jit.save, using a PyTorch version not newer than this "
                                                        "LibTorch.").arg(fileName, describeException(e)), e));
    }
    if (const QString shortRecord = checkTensorRecords(doc->m_d->module, *reader); !shortRecord.isEmpty())
        return failure(OpenError::Corrupt, tr("%1 is corrupt: %2. Copy or export the model again.").arg(fileName, shortRecord));
    const QStringList argumentNames = readSignature(doc->m_d->module, info);
    try {
        addLayers(*doc->m_d, info, doc->m_d->module, QString(), -1, 0);
    } catch (const std::exception &e) {
        return failure(OpenError::Corrupt,
                       tr("%1 loaded, but its modules could not be read (%2).").arg(fileName, describeException(e)));
    }
    const auto dtypes = info.bytesByDtype();
    doc->m_d->halfPrecision = dtypes.contains(QStringLiteral("float16")) || dtypes.contains(QStringLiteral("bfloat16"));
    if (doc->m_d->halfPrecision)
        info.warnings << tr("The model has half-precision parameters, which this CPU cannot run as they are: it runs, "
                            "and is compared, in float32 from the same weights, and they are upcast to float32 before "
                            "quantization.");
    chooseInput(*doc->m_d, argumentNames, options, info);

    OpenResult result;
    result.document = std::move(doc);
    return result;
}

bool detail::upcastHalfPrecision(torch::jit::Module &module)
{
    bool upcast = false;
    auto toFloat = [&upcast](at::Tensor t) {
        if (t.scalar_type() == torch::kHalf || t.scalar_type() == torch::kBFloat16) {
            t.set_data(t.to(torch::kFloat));
            upcast = true;
        }
    };
    for (at::Tensor p : module.parameters())
        toFloat(p);
    for (const auto &b : module.named_buffers())
        toFloat(b.value);
    return upcast;
}

torch::jit::Module ModelDocument::Private::runnable() const
{
    if (!halfPrecision)
        return module;
    QMutexLocker lock(&mutex);
    if (!float32) {
        // LibTorch's CPU kernels have no float16 convolution: run a float32 copy of the same weights.
        torch::jit::Module copy = module.clone();
        detail::upcastHalfPrecision(copy);
        copy.eval();
        float32 = copy;
    }
    return *float32;
}

void ModelDocument::adoptInput(const InputSpec &input)
{
    m_info.input = input;
}

QVector<TensorInfo> ModelDocument::statistics(int layerIndex) const
{
    if (layerIndex < 0 || layerIndex >= m_info.layers.size())
        return {};
    QMutexLocker lock(&m_d->mutex);
    if (auto it = m_d->statsCache.constFind(layerIndex); it != m_d->statsCache.cend())
        return *it;

    const LayerInfo &layer = m_info.layers.at(layerIndex);
    QVector<TensorInfo> tensors = layer.tensors;
    try {
        torch::jit::Module module = m_d->module;
        if (!layer.name.isEmpty()) {
            for (const QString &part : layer.name.split(QLatin1Char('.')))
                module = module.attr(part.toStdString()).toModule();
        }
        for (TensorInfo &t : tensors) {
            const QString packedKey = QString::number(layerIndex) + QLatin1Char('/') + t.name;
            if (auto it = m_d->packedTensors.constFind(packedKey); it != m_d->packedTensors.cend())
                fillTensorStatistics(*it, &t);
            else
                fillTensorStatistics(module.attr(t.name.toStdString()).toTensor(), &t);
        }
    } catch (const std::exception &) {
        // Statistics are informative; a module we cannot walk simply shows none.
    }
    m_d->statsCache.insert(layerIndex, tensors);
    return tensors;
}

ModelInfo ModelDocument::infoWithStatistics() const
{
    ModelInfo info = m_info;
    for (LayerInfo &layer : info.layers)
        layer.tensors = statistics(layer.index);
    return info;
}

QString ModelDocument::sha256() const
{
    QMutexLocker lock(&m_d->mutex);
    if (m_d->sha256.isEmpty())
        m_d->sha256 = fileSha256(m_info.path);
    return m_d->sha256;
}

} // namespace qb
