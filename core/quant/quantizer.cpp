#include "quant/quantizer.h"
#include "quant/quantizer_p.h"

#include "data/batches_p.h"
#include "env/environment.h"
#include "model/modeldocument_p.h"
#include "quant/embeddingrewrite_p.h"
#include "quant/fastpath_p.h"
#include "quant/graphaudit_p.h"
#include "quant/linearrewrite_p.h"
#include "quant/recurrentrewrite_p.h"
#include "quant/observers_p.h"
#include "util/statistics.h"
#include "util/fileutil.h"
#include "util/jsonutil.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/csrc/jit/passes/fold_conv_bn.h>
#include <torch/csrc/jit/passes/freeze_module.h>
#include <torch/csrc/jit/passes/inliner.h>
#include <torch/csrc/jit/passes/quantization/finalize.h>
#include <torch/csrc/jit/passes/quantization/insert_observers.h>
#include <torch/csrc/jit/passes/quantization/insert_quant_dequant.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>

#include <chrono>
#include <sstream>

QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)

namespace qb {

namespace {

using torch::jit::QConfigDict;
using torch::jit::QuantType;

void addTo(QConfigDict &dict, const QString &key, const std::optional<torch::jit::QConfig> &qconfig)
{
    dict[key.toStdString()] = qconfig ? c10::optional<torch::jit::QConfig>(*qconfig) : c10::nullopt;
}

torch::jit::QConfig staticQConfig(const LayerQuantConfig &c, const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    return {detail::makeActivationObserver(c, cu), detail::makeWeightObserver(c, cu)};
}

torch::jit::QConfig qatQConfig(const LayerQuantConfig &c, const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    return {detail::makeFakeQuantize(c, /*weight=*/false, cu), detail::makeFakeQuantize(c, /*weight=*/true, cu)};
}

/// The qconfig a layer's mode asks for in the static/QAT pass (dynamic layers come later).
std::optional<torch::jit::QConfig> preparePassQConfig(const LayerQuantConfig &c,
                                                      const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    if (c.mode == QuantMode::Static)
        return staticQConfig(c, cu);
    if (c.mode == QuantMode::Qat)
        return qatQConfig(c, cu);
    return std::nullopt;
}

/// Whether a module path names a BatchNorm submodule.
bool isBatchNorm(const torch::jit::Module &root, const QString &path)
{
    torch::jit::Module sub = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const auto child = sub.attr(part.toStdString(), c10::IValue());
        if (!child.isModule())
            return false;
        sub = child.toModule();
    }
    const std::string type = sub.type()->name() ? sub.type()->name()->name() : std::string();
    return type.rfind("BatchNorm", 0) == 0;
}

/// Module clones and passes can leave parameters as non-leaf tensors, which an optimizer refuses:
/// re-register every parameter as a fresh leaf that requires grad.
std::vector<at::Tensor> trainableParameters(torch::jit::Module &root)
{
    std::vector<at::Tensor> params;
    for (const auto &named : root.named_modules()) {
        torch::jit::Module sub = named.value;
        for (const auto &p : sub.named_parameters(/*recurse=*/false)) {
            at::Tensor leaf = p.value.detach().clone().set_requires_grad(true);
            sub.register_parameter(p.name, leaf, /*is_buffer=*/false);
            params.push_back(leaf);
        }
    }
    return params;
}



ObservedQParams readQParams(const QString &path, torch::jit::Module &observer)
{
    ObservedQParams q;
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    q.layer = dot < 0 ? QString() : path.left(dot);
    q.observer = dot < 0 ? path : path.mid(dot + 1);
    const bool weight = observer.attr("dtype").toInt() == static_cast<int64_t>(c10::ScalarType::QInt8);
    q.kind = weight ? ObservedValue::Weight : ObservedValue::Activation;
    const auto result = observer.get_method("calculate_qparams")(std::vector<c10::IValue>{}).toTuple();
    const at::Tensor scale = result->elements()[0].toTensor().flatten();
    const at::Tensor zeroPoint = result->elements()[1].toTensor().flatten();
    q.channels = static_cast<int>(scale.numel());
    if (q.channels > 0) {
        q.scale = scale[0].item<double>();
        q.zeroPoint = zeroPoint[0].item<int64_t>();
    }
    const at::Tensor lo = observer.attr("min_val").toTensor(), hi = observer.attr("max_val").toTensor();
    if (lo.numel() > 0) {
        q.min = lo.min().item<double>();
        q.max = hi.max().item<double>();
    }
    return q;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

/// LibTorch's dynamic pass leaves aten::lstm and aten::gru in float; rewrite them to the dynamic int8
/// kernels on the finalized graph. Finalize inlines submodules, so one choice applies to every layer of
/// a type: the plan (planQuantization) has already kept them all float when one of them is meant to be.
void rewriteRecurrentAfterFinalize(torch::jit::Module &m, const QuantConfig &config, QuantizeReport &rep)
{
    for (const auto &[type, kind, op] : {std::tuple{QStringLiteral("LSTM"), detail::RecurrentKind::Lstm, "aten::lstm"},
                                         std::tuple{QStringLiteral("GRU"), detail::RecurrentKind::Gru, "aten::gru"}}) {
        QVector<LayerOutcome *> dynamic;
        LayerQuantConfig layerConfig = config.defaults;
        for (LayerOutcome &o : rep.layers) {
            if (o.type == type && o.result == QuantMode::Dynamic) {
                dynamic << &o;
                layerConfig = config.forLayer(o.layer);
            }
        }
        if (dynamic.isEmpty())
            continue;
        QString why;
        const int done = detail::rewriteFrozenRecurrent(m, kind, layerConfig, &why);
        if (done > 0)
            continue;
        if (done == 0)
            why = tr("no %1 call was found in the converted graph").arg(QLatin1String(op));
        for (LayerOutcome *o : dynamic) {
            o->result = QuantMode::Float;
            o->reason = tr("the %1 could not be rewritten to the dynamic int8 kernel: %2").arg(type, why);
        }
    }
}

/// Streams the calibration batches through the observed model. Returns false when cancelled (error
/// left empty) or failed (error set).
bool calibrate(torch::jit::Module &m, const InputSpec &input, const DataSpec &data, QuantizeReport &rep,
               const std::function<void(double, const QString &)> &report, const std::atomic_bool *cancel,
               QString *error)
{
    const auto batches = detail::loadBatches(data, input, error);
    if (batches.empty())
        return false;
    if (data.isSynthetic())
        rep.notes << tr("Calibrated on synthetic random inputs: activation ranges may not match real data, "
                        "so accuracy can be worse than with a real calibration set.");
    QElapsedTimer timer;
    timer.start();
    for (size_t i = 0; i < batches.size(); ++i) {
        if (cancelled(cancel))
            return false;
        m.forward(batches[i].args());
        report(0.9 * double(i + 1) / double(batches.size()), tr("calibrating"));
    }
    rep.calibrationBatches = static_cast<int>(batches.size());
    rep.calibrationSeconds = timer.nsecsElapsed() / 1e9;
    return true;
}

/// Fine-tunes a model whose observers are fake-quantize modules. Returns false when cancelled (error
/// left empty) or failed (error set).
bool trainWithFakeQuantization(torch::jit::Module &m, const InputSpec &input, const QuantizeOptions &options,
                               QuantizeReport &rep, const std::function<void(double, const QString &)> &report,
                               const std::atomic_bool *cancel, QString *error)
{
    const QatOptions &qat = options.qat;
    if (qat.epochs < 1) {
        *error = tr("QAT needs at least one epoch.");
        return false;
    }
    const auto batches = detail::loadBatches(qat.training, input, error);
    if (batches.empty())
        return false;
    if (!batches.front().labels.defined()) {
        *error = tr("QAT fine-tunes on labelled data, and %1 has no labels: use a labelled data set (IDX with "
                    "labels, or a tensor file holding (inputs, labels)).").arg(qat.training.describe());
        return false;
    }
    torch::AutoGradMode gradients(true);
    torch::manual_seed(qat.seed);
    std::vector<at::Tensor> params = trainableParameters(m);
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    if (qat.optimizer == QLatin1String("sgd"))
        optimizer = std::make_unique<torch::optim::SGD>(params, torch::optim::SGDOptions(qat.learningRate).momentum(0.9));
    else
        optimizer = std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(qat.learningRate));
    const auto fakeQuantizers = detail::observersOf(m);

    QElapsedTimer timer;
    timer.start();
    m.train();
    const int totalSteps = qat.epochs * static_cast<int>(batches.size());
    int step = 0;
    for (int epoch = 1; epoch <= qat.epochs; ++epoch) {
        if (qat.freezeObserversAfterEpoch >= 0 && epoch > qat.freezeObserversAfterEpoch) {
            for (auto [path, observer] : fakeQuantizers)
                observer.setattr("observe", false);
        }
        for (const auto &batch : batches) {
            if (cancelled(cancel))
                return false;
            optimizer->zero_grad();
            const at::Tensor logits = detail::outputTensor(m.forward(batch.args()), options.output, error);
            if (!logits.defined())
                return false;
            const at::Tensor loss = torch::nn::functional::cross_entropy(logits, batch.labels);
            loss.backward();
            optimizer->step();
            const double value = loss.item<double>();
            rep.trainingLoss << value;
            ++step;
            if (options.onTrainingStep) {
                const double right = (logits.detach().argmax(1) == batch.labels).to(torch::kDouble).mean().item<double>();
                options.onTrainingStep(step, epoch, value, right);
            }
            report(0.9 * step / totalSteps, tr("training epoch %1/%2").arg(epoch).arg(qat.epochs));
        }
    }
    m.eval();
    rep.trainingEpochs = qat.epochs;
    rep.trainingSteps = step;
    rep.trainingSeconds = timer.nsecsElapsed() / 1e9;
    return true;
}

} // namespace

namespace detail {

torch::jit::QConfig dynamicQConfig(const LayerQuantConfig &c, const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    return {makeDynamicPlaceholder(cu, c.reduceRange), makeWeightObserver(c, cu)};
}

std::vector<std::pair<QString, torch::jit::Module>> observersOf(const torch::jit::Module &root)
{
    std::vector<std::pair<QString, torch::jit::Module>> found;
    for (const auto &named : root.named_modules()) {
        if (detail::isQuantBenchObserver(named.value))
            found.emplace_back(QString::fromStdString(named.name), named.value);
    }
    return found;
}

QMutex &engineMutex()
{
    static QMutex mutex;
    return mutex;
}

DeployedModule freshDeploymentOf(const QuantizedModel &model)
{
    QMutexLocker engineLock(&engineMutex());
    const QuantEngine previous = currentEngine();
    QString ignored; // the engine converted this model, so this build has it
    setCurrentEngine(model.report().engine, &ignored);
    const auto restore = qScopeGuard([&] { setCurrentEngine(previous, &ignored); });
    return deployQuantized(model.d()->module, engineName(model.report().engine));
}

const DeployedModule &deploymentOf(const QuantizedModel &model)
{
    QuantizedModel::Private *d = model.d();
    std::lock_guard<std::mutex> lock(d->deploymentMutex);
    if (!d->deployment)
        d->deployment = freshDeploymentOf(model);
    return *d->deployment;
}

torch::jit::Module prepareStaticPass(torch::jit::Module m, const QuantConfig &config,
                                     const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    // Every Conv+BatchNorm pair folds, whatever each is asked to become: a float convolution with its
    // BatchNorm folded computes the same in float, and a quantized one needs the folded weights.
    m = torch::jit::FoldConvBatchNorm(m);
    QConfigDict dict;
    addTo(dict, QString(), preparePassQConfig(config.defaults, cu));
    for (auto it = config.layers.cbegin(); it != config.layers.cend(); ++it) {
        // A folded BatchNorm no longer runs: a qconfig of its own would only make the pass give it a
        // type of its own, which its parent's field then refuses.
        if (isBatchNorm(m, it.key()))
            continue;
        addTo(dict, it.key(), preparePassQConfig(*it, cu));
    }
    return torch::jit::InsertObservers(m, "forward", dict, /*inplace=*/true, QuantType::STATIC);
}

torch::jit::Module prepareDynamicPass(torch::jit::Module m, const QuantConfig &config,
                                      const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    // Folded here too: the convolutions stay float in a dynamic model, and an unfolded BatchNorm
    // after each one is what made the shipped archive several times slower than the float model.
    m = torch::jit::FoldConvBatchNorm(m);
    QConfigDict dict;
    const LayerQuantConfig &d = config.defaults;
    addTo(dict, QString(), d.mode == QuantMode::Dynamic ? std::optional(dynamicQConfig(d, cu)) : std::nullopt);
    for (auto it = config.layers.cbegin(); it != config.layers.cend(); ++it) {
        if (isBatchNorm(m, it.key()))
            continue; // folded away (see prepareStaticPass)
        addTo(dict, it.key(), it->mode == QuantMode::Dynamic ? std::optional(dynamicQConfig(*it, cu)) : std::nullopt);
    }
    return torch::jit::InsertObservers(m, "forward", dict, /*inplace=*/true, QuantType::DYNAMIC);
}

} // namespace detail

int QuantCoverage::count(const QString &kind) const
{
    return kindCounts.value(kind);
}

QJsonObject QuantCoverage::toJson() const
{
    QJsonObject kinds;
    for (auto it = kindCounts.cbegin(); it != kindCounts.cend(); ++it)
        if (it.key().startsWith(QLatin1String("quantized::")) || it.key().startsWith(QLatin1String("aten::")))
            kinds.insert(it.key(), it.value());
    QJsonObject byModule;
    for (auto it = floatOps.cbegin(); it != floatOps.cend(); ++it)
        byModule.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("quantized_ops"), quantizedOps},
                       {QStringLiteral("float_compute_ops"), floatComputeOps},
                       {QStringLiteral("quantize_ops"), quantizeOps},
                       {QStringLiteral("dequantize_ops"), dequantizeOps},
                       {QStringLiteral("quantized_kinds"), QJsonArray::fromStringList(quantizedKinds)},
                       {QStringLiteral("float_kinds"), QJsonArray::fromStringList(floatKinds)},
                       {QStringLiteral("float_island_ops"), floatIslandOps},
                       {QStringLiteral("island_kinds"), QJsonArray::fromStringList(islandKinds)},
                       {QStringLiteral("float_ops_by_module"), byModule},
                       {QStringLiteral("ops"), kinds}};
}

QuantCoverage QuantCoverage::fromJson(const QJsonObject &json)
{
    QuantCoverage c;
    c.quantizedOps = json.value(QStringLiteral("quantized_ops")).toInt();
    c.floatComputeOps = json.value(QStringLiteral("float_compute_ops")).toInt();
    c.quantizeOps = json.value(QStringLiteral("quantize_ops")).toInt();
    c.dequantizeOps = json.value(QStringLiteral("dequantize_ops")).toInt();
    c.quantizedKinds = stringsFromJson(json.value(QStringLiteral("quantized_kinds")));
    c.floatKinds = stringsFromJson(json.value(QStringLiteral("float_kinds")));
    c.floatIslandOps = json.value(QStringLiteral("float_island_ops")).toInt();
    c.islandKinds = stringsFromJson(json.value(QStringLiteral("island_kinds")));
    const QJsonObject byModule = json.value(QStringLiteral("float_ops_by_module")).toObject();
    for (auto it = byModule.begin(); it != byModule.end(); ++it)
        c.floatOps.insert(it.key(), stringsFromJson(it.value()));
    const QJsonObject ops = json.value(QStringLiteral("ops")).toObject();
    for (auto it = ops.begin(); it != ops.end(); ++it)
        c.kindCounts.insert(it.key(), it.value().toInt());
    return c;
}

QuantizedModel::QuantizedModel()
    : m_d(std::make_unique<Private>())
{
}

QuantizedModel::~QuantizedModel() = default;

/// Builds QuantizedModel instances (its constructor is private).
struct QuantizerAccess {
    static std::shared_ptr<QuantizedModel> make(torch::jit::Module module, QuantizeReport report)
    {
        std::shared_ptr<QuantizedModel> model(new QuantizedModel());
        model->m_d->module = std::move(module);
        model->m_report = std::move(report);
        return model;
    }
};

QJsonObject QuantizeReport::toJson() const
{
    QJsonArray layerArray;
    for (const LayerOutcome &l : layers) {
        QJsonObject o{{QStringLiteral("layer"), l.layer},
                      {QStringLiteral("type"), l.type},
                      {QStringLiteral("requested"), modeName(l.requested)},
                      {QStringLiteral("result"), modeName(l.result)}};
        if (!l.reason.isEmpty())
            o.insert(QStringLiteral("reason"), l.reason);
        layerArray.append(o);
    }
    QJsonArray qparamArray;
    for (const ObservedQParams &q : qparams)
        qparamArray.append(QJsonObject{{QStringLiteral("layer"), q.layer},
                                       {QStringLiteral("observer"), q.observer},
                                       {QStringLiteral("kind"), q.kind == ObservedValue::Weight ? QStringLiteral("weight")
                                                                                                 : QStringLiteral("activation")},
                                       {QStringLiteral("scale"), q.scale},
                                       {QStringLiteral("zero_point"), q.zeroPoint},
                                       {QStringLiteral("channels"), q.channels},
                                       {QStringLiteral("min"), q.min},
                                       {QStringLiteral("max"), q.max}});
    QJsonArray lossArray;
    for (double loss : trainingLoss)
        lossArray.append(loss);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("quantbench-quantized")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("engine"), engineName(engine)},
        {QStringLiteral("config"), config.toJson()},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("path"), sourcePath}, {QStringLiteral("sha256"), sourceSha256}}},
        {QStringLiteral("input"), input.toJson()},
        {QStringLiteral("calibration"), calibration.toJson()},
        {QStringLiteral("calibration_batches"), calibrationBatches},
        {QStringLiteral("calibration_seconds"), calibrationSeconds},
        {QStringLiteral("convert_seconds"), convertSeconds},
        {QStringLiteral("training"), QJsonObject{{QStringLiteral("epochs"), trainingEpochs},
                                                 {QStringLiteral("steps"), trainingSteps},
                                                 {QStringLiteral("seconds"), trainingSeconds},
                                                 {QStringLiteral("loss"), lossArray}}},
        {QStringLiteral("layers"), layerArray},
        {QStringLiteral("qparams"), qparamArray},
        {QStringLiteral("coverage"), coverage.toJson()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}

bool QuantizedModel::save(const QString &path, QString *error) const
{
    // Serialized in memory, then written whole beside the target and renamed over it. LibTorch's
    // file writer cannot be trusted with a full disk: its destructor throws a second time while the
    // first error unwinds, which ends the process, and it leaves half an archive behind.
    std::ostringstream bytes;
    try {
        QJsonObject json = m_report.toJson();
        torch::jit::ExtraFilesMap extra;
        extra["quantbench.json"] = QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
        m_d->module.save(bytes, extra);
    } catch (const std::exception &e) {
        if (error)
            *error = tr("Could not serialize the quantized model (%1).").arg(describeException(e));
        return false;
    }
    const std::string archive = bytes.str();
    QString writeError;
    if (!writeFileAtomically(path, QByteArray::fromRawData(archive.data(), qsizetype(archive.size())), &writeError)) {
        if (error)
            *error = tr("Could not save the quantized model: %1").arg(writeError);
        return false;
    }
    return true;
}

namespace {

/// One conversion: plan, prepare a copy of the module, the static (or QAT) pass, the dynamic pass.
/// Each step returns false when the conversion stops (m_result says why, or that it was cancelled).
class Conversion
{
public:
    Conversion(const ModelDocument &model, const QuantizeOptions &options, const ProgressCallback &progress,
               const std::atomic_bool *cancel)
        : m_model(model), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }

    QuantizeResult run()
    {
        installTorchWarningFilter();
        if (!plan())
            return m_result;
        QMutexLocker engineLock(&detail::engineMutex());
        if (!setCurrentEngine(m_report.engine, &m_result.error))
            return m_result;
        try {
            torch::NoGradGuard noGrad;
            prepareModule();
            if (m_plan.anyStatic && !staticPass())
                return m_result;
            if (m_plan.anyDynamic)
                dynamicPass();
            if (m_plan.anyWeightOnly)
                weightOnlyPass();
            m_report.coverage = detail::countOperators(m_module);
            detail::auditOutcomes(m_report.coverage, m_report.layers);
            report(1.0, tr("done"));
            m_result.model = QuantizerAccess::make(m_module, m_report);
        } catch (const std::exception &e) {
            const QString detail = describeException(e);
            m_result.error = detail.contains(QLatin1String("observed consistently"))
                ? tr("LibTorch's static pass cannot quantize models with data-dependent branches (PyTorch's "
                     "Transformer fast path is one), even when the branching module is kept in float. "
                     "Quantize this model dynamically (--mode dynamic). Detail: %1").arg(detail)
                : tr("LibTorch could not quantize this model: %1").arg(detail);
            m_result.error = withCause(m_result.error, e);
        }
        return m_result;
    }

private:
    void report(double fraction, const QString &stage)
    {
        if (m_progress)
            m_progress(fraction, stage);
    }

    /// Checks the model and config and decides what each layer becomes.
    bool plan()
    {
        const ModelInfo &info = m_model.info();
        const QuantConfig &config = m_options.config;
        if (!info.unsupportedReason.isEmpty()) {
            m_result.error = info.unsupportedReason;
            return false;
        }
        if (const QStringList problems = validateConfig(config, supportedEngines()); !problems.isEmpty()) {
            m_result.error = problems.join(QLatin1Char(' '));
            return false;
        }
        m_report.config = config;
        m_report.engine = config.engine;
        m_report.sourcePath = info.path;
        m_report.sourceSha256 = m_model.sha256();
        m_report.calibration = m_options.calibration;
        m_report.input = info.input;
        m_plan = planQuantization(info, config);
        m_report.layers = m_plan.layers;
        m_report.notes << m_plan.notes;
        m_result.error = m_plan.problem;
        // The static and dynamic passes leave weight-only layers alone: their own pass comes last.
        m_passConfig = config;
        for (const LayerOutcome &o : std::as_const(m_plan.layers))
            if (o.result == QuantMode::WeightOnly)
                m_passConfig.layers[o.layer].mode = QuantMode::Float;
        return m_plan.problem.isEmpty();
    }

    /// A copy of the module in eval mode, half-precision tensors upcast to float32.
    void prepareModule()
    {
        m_module = m_model.d()->module.clone();
        m_module.eval();
        if (detail::upcastHalfPrecision(m_module))
            m_report.notes << tr("Half-precision parameters were upcast to float32 before quantization.");
        if (const QStringList fused = detail::disableTransformerFastPaths(m_module); !fused.isEmpty())
            m_report.notes << tr("PyTorch's fused Transformer fast path was switched off in %1, so that its Linear "
                                 "layers run quantized; the float model keeps it.")
                                  .arg(fused.join(QLatin1String(", ")));
    }

    /// Observers (or fake-quantizers) on the static and QAT layers, calibration (or training), then
    /// quantize-dequantize pairs and LibTorch's Finalize.
    bool staticPass()
    {
        const ModelInfo &info = m_model.info();
        m_module = detail::prepareStaticPass(m_module, m_passConfig, m_cu);
        auto progress = [this](double f, const QString &stage) { report(f, stage); };
        const bool prepared = m_plan.anyQat
            ? trainWithFakeQuantization(m_module, info.input, m_options, m_report, progress, m_cancel, &m_result.error)
            : calibrate(m_module, info.input, m_options.calibration, m_report, progress, m_cancel, &m_result.error);
        if (!prepared) {
            m_result.cancelled = m_result.error.isEmpty();
            return false;
        }
        m_module.eval();
        QElapsedTimer timer;
        timer.start();
        report(0.92, tr("converting"));
        for (auto &[path, observer] : detail::observersOf(m_module)) {
            const int dot = path.lastIndexOf(QLatin1Char('.'));
            detail::applyHistogramClipping(observer, m_options.config.forLayer(dot < 0 ? QString() : path.left(dot)));
            m_report.qparams << readQParams(path, observer);
        }
        m_module = torch::jit::InsertQuantDeQuant(m_module, "forward", /*inplace=*/true, /*debug=*/false, QuantType::STATIC);
        m_module = torch::jit::Finalize(m_module, QuantType::STATIC);
        m_report.convertSeconds += timer.nsecsElapsed() / 1e9;
        return true;
    }

    /// Dynamic quantization of the dynamic layers (after a static pass: of every Linear layer it
    /// left in float), then the recurrent-layer rewrite.
    void dynamicPass()
    {
        QElapsedTimer timer;
        timer.start();
        report(0.95, tr("converting dynamic layers"));
        const QuantConfig &config = m_passConfig;
        if (m_plan.anyStatic) {
            // Finalize inlined the submodules: only the whole-model key means anything now, and it
            // picks up exactly the Linear layers the static pass left in float.
            LayerQuantConfig dyn = config.defaults;
            for (auto it = config.layers.cbegin(); it != config.layers.cend(); ++it)
                if (it->mode == QuantMode::Dynamic)
                    dyn = *it;
            QConfigDict dict;
            addTo(dict, QString(), detail::dynamicQConfig(dyn, m_cu));
            m_module = torch::jit::InsertObservers(m_module, "forward", dict, /*inplace=*/true, QuantType::DYNAMIC);
        } else {
            m_module = detail::prepareDynamicPass(m_module, config, m_cu);
        }
        m_module = torch::jit::InsertQuantDeQuant(m_module, "forward", /*inplace=*/true, /*debug=*/false, QuantType::DYNAMIC);
        m_module = torch::jit::Finalize(m_module, QuantType::DYNAMIC);
        rewriteRecurrentAfterFinalize(m_module, config, m_report);
        rewriteAttentionLinears();
        m_report.convertSeconds += timer.nsecsElapsed() / 1e9;
    }

    /// The attention projections the dynamic pass cannot see (linearrewrite_p.h). A projection that
    /// stays float is caught by the audit of the converted graph.
    void rewriteAttentionLinears()
    {
        QVector<detail::LinearTarget> targets;
        for (const LayerOutcome &o : std::as_const(m_plan.layers)) {
            if (o.result != QuantMode::Dynamic
                || (o.type != QLatin1String("MultiheadAttention") && o.type != QLatin1String("NonDynamicallyQuantizableLinear")))
                continue;
            detail::LinearTarget target{o.layer, {}, m_passConfig.forLayer(o.layer)};
            const torch::jit::Module layer = submodule(o.layer);
            for (const char *name : {"weight", "in_proj_weight", "q_proj_weight", "k_proj_weight", "v_proj_weight"})
                if (const c10::IValue w = layer.attr(name, c10::IValue()); w.isTensor() && w.toTensor().defined())
                    target.weights.push_back(w.toTensor().detach().to(torch::kFloat));
            targets << target;
        }
        if (!targets.isEmpty())
            detail::rewriteFrozenLinears(m_module, targets);
    }

    /// A submodule of the source model by its qualified name.
    torch::jit::Module submodule(const QString &path) const
    {
        torch::jit::Module sub = m_model.d()->module;
        for (const QString &part : path.split(QLatin1Char('.')))
            sub = sub.attr(part.toStdString()).toModule();
        return sub;
    }

    /// Embeddings to int8 (or int4) rows, on the frozen graph the other passes left (or on a freshly
    /// frozen one, when nothing else is quantized).
    void weightOnlyPass()
    {
        QElapsedTimer timer;
        timer.start();
        report(0.97, tr("packing embeddings"));
        QVector<detail::EmbeddingTarget> targets;
        for (const LayerOutcome &o : std::as_const(m_plan.layers)) {
            if (o.result != QuantMode::WeightOnly)
                continue;
            const c10::IValue weight = submodule(o.layer).attr("weight", c10::IValue());
            if (!weight.isTensor())
                continue;
            const bool fourBit = m_options.config.forLayer(o.layer).weightDtype == QLatin1String("quint4x2");
            targets.push_back({o.layer, weight.toTensor(), fourBit ? 4 : 8});
        }
        if (!m_plan.anyStatic && !m_plan.anyDynamic)
            m_module = torch::jit::freeze_module(m_module);
        const auto results = detail::rewriteFrozenEmbeddings(m_module, targets);
        for (const detail::EmbeddingRewriteResult &r : results) {
            m_report.notes << r.notes;
            for (LayerOutcome &o : m_report.layers) {
                if (o.layer != r.layer)
                    continue;
                if (!r.rewritten) {
                    o.result = QuantMode::Float;
                    o.reason = tr("the embedding stays float: %1").arg(r.reason);
                }
            }
        }
        m_report.convertSeconds += timer.nsecsElapsed() / 1e9;
    }

    const ModelDocument &m_model;
    const QuantizeOptions &m_options;
    const ProgressCallback &m_progress;
    const std::atomic_bool *m_cancel;
    QuantizeResult m_result;
    QuantizeReport m_report;
    QuantPlan m_plan;
    QuantConfig m_passConfig;              ///< the config the static and dynamic passes see
    torch::jit::Module m_module;
    std::shared_ptr<torch::jit::CompilationUnit> m_cu = std::make_shared<torch::jit::CompilationUnit>();
};

} // namespace

QuantizeResult quantize(const ModelDocument &model, const QuantizeOptions &options, const ProgressCallback &progress,
                        const std::atomic_bool *cancel)
{
    return Conversion(model, options, progress, cancel).run();
}

} // namespace qb

namespace qb {

CalibrationProfile profileCalibration(const ModelDocument &model, const QuantConfig &config, const DataSpec &data,
                                      int runs)
{
    installTorchWarningFilter();
    CalibrationProfile profile;
    try {
        torch::NoGradGuard noGrad;
        QString error;
        const auto batches = detail::loadBatches(data, model.info().input, &error);
        if (batches.empty()) {
            profile.error = error;
            return profile;
        }
        torch::jit::Module plain = model.d()->runnable();
        torch::jit::Module observed = model.d()->runnable().clone();
        observed.eval();
        auto cu = std::make_shared<torch::jit::CompilationUnit>();
        observed = detail::prepareStaticPass(observed, config, cu);
        const std::vector<c10::IValue> x = batches.front().args();
        // Warm both up past TorchScript's optimization (util/statistics.h).
        for (int i = 0; i < kWarmupRuns; ++i) {
            plain.forward(x);
            observed.forward(x);
        }
        QVector<double> plainMs, observedMs;
        auto timeOnce = [&x](torch::jit::Module &m) {
            const auto start = std::chrono::steady_clock::now();
            m.forward(x);
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        };
        // Blocks of consecutive runs, alternating between the two models: interleaving single runs
        // of two different graphs measures cache and primitive-cache thrashing, not calibration cost.
        constexpr int kBlock = 8;
        for (int done = 0; done < runs; done += kBlock) {
            for (int i = 0; i < kBlock; ++i)
                plainMs << timeOnce(plain);
            for (int i = 0; i < kBlock; ++i)
                observedMs << timeOnce(observed);
        }
        profile.runs = plainMs.size();
        profile.floatForwardMs = median(plainMs);
        profile.observedForwardMs = median(observedMs);
        profile.valid = true;
    } catch (const std::exception &e) {
        profile.error = withCause(describeException(e), e);
    }
    return profile;
}

} // namespace qb
