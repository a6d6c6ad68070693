#include "quant/quantsim.h"

#include "data/batches_p.h"
#include "env/environment.h"
#include "model/modeldocument_p.h"
#include "quant/observers_p.h"
#include "quant/qparams.h"
#include "quant/fastpath_p.h"
#include "quant/quantizer_p.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include "util/jsonutil.h"
#include "util/statistics.h"

#include <cmath>
#include <limits>

QB_DECLARE_TR_FUNCTIONS(qb::QuantSimulation)

namespace qb {

namespace {

QString joinPath(const QString &prefix, const QString &name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
}

bool isObserverName(const QString &path)
{
    return path.section(QLatin1Char('.'), -1).startsWith(QLatin1String("_observer_"));
}

/// Operators a quantization point looks through to find the layer that made a value or uses it:
/// activations, pooling, reshapes, and the element-wise joins of residual blocks.
bool looksThrough(torch::jit::Symbol kind)
{
    static const QSet<QString> ops{
        QStringLiteral("aten::relu"), QStringLiteral("aten::relu_"), QStringLiteral("aten::relu6"),
        QStringLiteral("aten::hardtanh"), QStringLiteral("aten::hardtanh_"), QStringLiteral("aten::gelu"),
        QStringLiteral("aten::max_pool1d"), QStringLiteral("aten::max_pool2d"), QStringLiteral("aten::avg_pool2d"),
        QStringLiteral("aten::adaptive_avg_pool2d"), QStringLiteral("aten::flatten"), QStringLiteral("aten::view"),
        QStringLiteral("aten::reshape"), QStringLiteral("aten::contiguous"), QStringLiteral("aten::dropout"),
        QStringLiteral("aten::permute"), QStringLiteral("aten::transpose"), QStringLiteral("aten::squeeze"),
        QStringLiteral("aten::unsqueeze"), QStringLiteral("aten::add"), QStringLiteral("aten::add_"),
        QStringLiteral("aten::cat"), QStringLiteral("aten::mul"), QStringLiteral("prim::ListConstruct"),
        QStringLiteral("aten::select"), QStringLiteral("aten::slice"), QStringLiteral("aten::layer_norm")};
    return ops.contains(QString::fromStdString(kind.toQualString()));
}

/// One observer and the layers it belongs to.
struct SimPoint {
    QString path;            ///< "conv1._observer_0"
    torch::jit::Module module;
    bool weight = false;
    bool dynamic = false;    ///< dynamic-quantization input placeholder
    bool usable = true;      ///< false when calibration never reached it
    std::optional<Histogram> histogram; ///< what a histogram observer saw, before clipping
    QSet<QString> producers; ///< layers whose output this point quantizes
    QSet<QString> consumers; ///< layers whose input this point quantizes
    QSet<QString> owners() const { return producers + consumers; }
};

} // namespace

struct QuantSimulation::Private {
    torch::jit::Module reference; ///< the float model as opened
    torch::jit::Module simulated; ///< folded, with observers
    QHash<QString, const LayerInfo *> layersByName;
    QVector<const LayerInfo *> layerOrder;
    QStringList layers;
    QuantMode mode = QuantMode::Static;
    QStringList notes;
    double calibrationSeconds = 0;
    std::vector<SimPoint> points;
    std::vector<detail::Batch> batches;
    std::vector<at::Tensor> referenceOutputs;
    int output = 0; ///< which output of a tuple or list output is compared
    SimulationScore floatScore;

    /// The model prepared as the converter prepares it, its observers mapped to the layers.
    bool prepare(const ModelDocument &model, const QuantConfig &simConfig, QString *error);
    /// Observes calibration data once and freezes every observer's parameters; false when
    /// cancelled (error empty) or failed.
    bool calibrate(const InputSpec &input, const QuantConfig &simConfig, const DataSpec &calibration,
                   const DataSpec &evaluation, const ProgressCallback &report, const std::atomic_bool *cancel,
                   QString *error);
    /// Loads the evaluation batches and runs the float model over them once.
    bool runReference(const InputSpec &input, const DataSpec &evaluation, QString *error);

    bool quantizable(const QString &name) const
    {
        const LayerInfo *l = layersByName.value(name);
        return l && l->kind.quantizable;
    }

    /// The first (or last) quantizable layer inside a container module.
    QString innerLayer(const QString &container, bool last) const
    {
        QString found;
        for (const LayerInfo *l : layerOrder) {
            if (l->kind.quantizable && l->name.startsWith(container + QLatin1Char('.'))) {
                found = l->name;
                if (!last)
                    break;
            }
        }
        return found;
    }

    /// The module path a value stands for ("fc1", "features.0"), when it is a chain of GetAttr on self.
    static std::optional<QString> moduleOf(torch::jit::Value *v, torch::jit::Value *self, const QString &prefix)
    {
        if (v == self)
            return prefix;
        torch::jit::Node *n = v->node();
        if (n->kind() != torch::jit::prim::GetAttr)
            return std::nullopt;
        const auto parent = moduleOf(n->input(0), self, prefix);
        if (!parent)
            return std::nullopt;
        return joinPath(*parent, QString::fromStdString(n->s(torch::jit::attr::name)));
    }

    /// Where a call's module is a layer, the layer a quantization point next to it belongs to;
    /// empty (and *through set) when the module is a pass-through one (ReLU, pooling, BatchNorm).
    QString layerForCall(const QString &module, bool producing, bool *through) const
    {
        *through = false;
        if (isObserverName(module)) {
            *through = true;
            return {};
        }
        const LayerInfo *l = layersByName.value(module);
        if (!l)
            return {};
        if (l->kind.quantizable)
            return module;
        if (!l->isLeaf())
            return innerLayer(module, producing);
        *through = true;
        return {};
    }

    void findProducers(torch::jit::Value *v, torch::jit::Value *self, const QString &prefix, QSet<QString> &out,
                       int depth) const
    {
        if (depth > 64)
            return;
        torch::jit::Node *n = v->node();
        if (n->kind() == torch::jit::prim::CallMethod && n->s(torch::jit::attr::name) == "forward") {
            const auto module = moduleOf(n->input(0), self, prefix);
            if (!module)
                return;
            bool through = false;
            const QString layer = layerForCall(*module, /*producing=*/true, &through);
            if (!layer.isEmpty())
                out.insert(layer);
            else if (through && n->inputs().size() > 1)
                findProducers(n->input(1), self, prefix, out, depth + 1);
            return;
        }
        if (looksThrough(n->kind())) {
            for (torch::jit::Value *in : n->inputs())
                if (in->type()->isSubtypeOf(*c10::TensorType::get()) || in->node()->kind() == torch::jit::prim::ListConstruct)
                    findProducers(in, self, prefix, out, depth + 1);
        }
    }

    void findConsumers(torch::jit::Value *v, torch::jit::Value *self, const QString &prefix, QSet<QString> &out,
                       int depth) const
    {
        if (depth > 64)
            return;
        for (const torch::jit::Use &use : v->uses()) {
            torch::jit::Node *n = use.user;
            if (n->kind() == torch::jit::prim::CallMethod && n->s(torch::jit::attr::name) == "forward" && use.offset >= 1) {
                const auto module = moduleOf(n->input(0), self, prefix);
                if (!module)
                    continue;
                bool through = false;
                const QString layer = layerForCall(*module, /*producing=*/false, &through);
                if (!layer.isEmpty())
                    out.insert(layer);
                else if (through)
                    findConsumers(n->output(), self, prefix, out, depth + 1);
            } else if (looksThrough(n->kind()) && n->outputs().size() == 1) {
                findConsumers(n->output(), self, prefix, out, depth + 1);
            }
        }
    }

    /// Finds every observer call in every module's forward graph and what it sits between.
    void mapPoints()
    {
        QHash<QString, SimPoint *> byPath;
        for (SimPoint &p : points)
            byPath.insert(p.path, &p);
        for (const auto &named : simulated.named_modules()) {
            const QString prefix = QString::fromStdString(named.name);
            if (isObserverName(prefix) || !named.value.find_method("forward"))
                continue;
            const auto graph = named.value.get_method("forward").graph();
            torch::jit::Value *self = graph->inputs().at(0);
            const bool insideLayer = quantizable(prefix);
            std::function<void(torch::jit::Block *)> walk = [&](torch::jit::Block *block) {
                for (torch::jit::Node *n : block->nodes()) {
                    for (torch::jit::Block *b : n->blocks())
                        walk(b);
                    if (n->kind() != torch::jit::prim::CallMethod || n->s(torch::jit::attr::name) != "forward")
                        continue;
                    const auto module = moduleOf(n->input(0), self, prefix);
                    SimPoint *p = module ? byPath.value(*module) : nullptr;
                    if (!p || n->inputs().size() < 2)
                        continue;
                    if (insideLayer) {
                        // Weights, and the inputs of dynamic layers, are observed inside the layer.
                        (p->weight ? p->producers : p->consumers).insert(prefix);
                        continue;
                    }
                    findProducers(n->input(1), self, prefix, p->producers, 0);
                    findConsumers(n->output(), self, prefix, p->consumers, 0);
                }
            };
            walk(graph->block());
        }
    }

    bool pointEnabled(const SimPoint &p, const QSet<QString> &on) const
    {
        if (!p.usable)
            return false;
        const QSet<QString> owners = p.owners();
        if (owners.isEmpty())
            return on.size() == layers.size(); // between unknown operators: only when everything is int8
        return owners.intersects(on);
    }

    void setStates(const QStringList &quantizedLayers, bool compare)
    {
        const QSet<QString> on(quantizedLayers.cbegin(), quantizedLayers.cend());
        for (SimPoint &p : points) {
            const bool enabled = pointEnabled(p, on);
            p.module.setattr("sim_state", static_cast<int64_t>(enabled ? detail::SimState::FakeQuantize
                                                                        : detail::SimState::PassThrough));
            p.module.setattr("sim_compare", compare && enabled);
        }
    }

    void setAll(detail::SimState state)
    {
        for (SimPoint &p : points)
            p.module.setattr("sim_state", static_cast<int64_t>(state));
    }

    /// Scale and zero point of every calibrated observer, frozen for simulation.
    void freezeQParams(const QuantConfig &config)
    {
        for (SimPoint &p : points) {
            if (p.dynamic)
                continue;
            if (p.module.attr("seen").toInt() == 0) {
                p.usable = false;
                continue;
            }
            if (p.module.attr("bins").toInt() > 0) {
                Histogram h;
                h.min = p.module.attr("min_val").toTensor().item<double>();
                h.max = p.module.attr("max_val").toTensor().item<double>();
                const at::Tensor counts = p.module.attr("hist").toTensor().to(torch::kDouble).contiguous();
                h.counts.resize(counts.numel());
                std::copy_n(counts.data_ptr<double>(), counts.numel(), h.counts.begin());
                p.histogram = h;
            }
            const int dot = p.path.lastIndexOf(QLatin1Char('.'));
            detail::applyHistogramClipping(p.module, config.forLayer(dot < 0 ? QString() : p.path.left(dot)));
            const auto q = p.module.get_method("calculate_qparams")(std::vector<c10::IValue>{}).toTuple();
            const at::Tensor scale = q->elements()[0].toTensor().to(torch::kFloat).flatten().contiguous();
            const at::Tensor zeroPoint = q->elements()[1].toTensor().to(torch::kInt).flatten().contiguous();
            if (!torch::isfinite(scale).all().item<bool>()) {
                p.usable = false;
                continue;
            }
            p.module.setattr("sim_scale", scale);
            p.module.setattr("sim_zero_point", zeroPoint);
        }
    }

    SimulationScore score(const std::atomic_bool *cancel)
    {
        SimulationScore s;
        double signal = 0, noise = 0;
        int64_t agree = 0, correct = 0;
        bool classifier = true;
        for (size_t i = 0; i < batches.size(); ++i) {
            if (cancel && cancel->load()) {
                s.error = tr("Cancelled.");
                return s;
            }
            const at::Tensor raw = detail::outputTensor(simulated.forward(batches[i].args()), output, &s.error);
            if (!raw.defined())
                return s;
            const at::Tensor out = raw.to(torch::kDouble);
            const at::Tensor &ref = referenceOutputs[i];
            signal += ref.pow(2).sum().item<double>();
            noise += (ref - out).pow(2).sum().item<double>();
            classifier = classifier && out.dim() == 2;
            if (classifier) {
                const at::Tensor predicted = out.argmax(1);
                agree += (predicted == ref.argmax(1)).sum().item<int64_t>();
                if (batches[i].labels.defined())
                    correct += (predicted == batches[i].labels).sum().item<int64_t>();
            }
            s.samples += static_cast<int>(out.size(0));
        }
        s.sqnrDb = sqnrDb(signal, noise);
        if (classifier && s.samples > 0) {
            s.agreement = double(agree) / s.samples;
            if (batches.front().labels.defined())
                s.accuracy = double(correct) / s.samples;
        }
        s.valid = true;
        return s;
    }
};

QuantSimulation::QuantSimulation()
    : d(std::make_unique<Private>())
{
}

QuantSimulation::~QuantSimulation() = default;

namespace {

/// Static and QAT layers simulate as static; dynamic ones only when nothing is static.
QuantConfig simulationConfig(const QuantConfig &config, bool *anyStatic, bool *anyDynamic)
{
    QuantConfig simConfig = config;
    auto asStatic = [&](LayerQuantConfig &c) {
        if (c.mode == QuantMode::Qat)
            c.mode = QuantMode::Static;
        *anyStatic |= c.mode == QuantMode::Static;
        *anyDynamic |= c.mode == QuantMode::Dynamic;
    };
    asStatic(simConfig.defaults);
    for (LayerQuantConfig &c : simConfig.layers)
        asStatic(c);
    return simConfig;
}

} // namespace

bool QuantSimulation::Private::prepare(const ModelDocument &model, const QuantConfig &simConfig, QString *error)
{
    const ModelInfo &info = model.info();
    reference = model.d()->runnable();
    torch::jit::Module m = reference.clone();
    m.eval();
    detail::disableTransformerFastPaths(m); // as the quantizer does, so the observers see every Linear
    auto cu = std::make_shared<torch::jit::CompilationUnit>();
    if (mode == QuantMode::Static) {
        m = detail::prepareStaticPass(m, simConfig, cu);
    } else {
        m = detail::prepareDynamicPass(m, simConfig, cu);
    }
    simulated = m;
    for (auto &[path, observer] : detail::observersOf(m)) {
        SimPoint point;
        point.path = path;
        point.module = observer;
        point.dynamic = observer.hasattr("sim_dynamic") && observer.attr("sim_dynamic").toBool();
        point.weight = !point.dynamic && observer.attr("dtype").toInt() == static_cast<int64_t>(c10::ScalarType::QInt8);
        if (!observer.hasattr("sim_state")) {
            *error = tr("Internal error: observer %1 cannot simulate.").arg(path);
            return false;
        }
        points.push_back(point);
    }
    mapPoints();
    for (const LayerInfo *l : std::as_const(layerOrder)) {
        const bool hasWeight = std::any_of(points.cbegin(), points.cend(), [l](const SimPoint &s) {
            return s.weight && s.producers.contains(l->name);
        });
        if (hasWeight)
            layers << l->name;
    }
    if (layers.isEmpty()) {
        *error = tr("No layer of this model is quantized by this config, so there is nothing to simulate.");
        return false;
    }
    return true;
}

bool QuantSimulation::Private::calibrate(const InputSpec &input, const QuantConfig &simConfig, const DataSpec &calibration,
                                         const DataSpec &evaluation, const ProgressCallback &report,
                                         const std::atomic_bool *cancel, QString *error)
{
    // Calibrate once (static) or let the weight observers see the weights (dynamic).
    report(0.0, tr("calibrating"));
    QElapsedTimer timer;
    timer.start();
    const bool isStatic = mode == QuantMode::Static;
    const auto calibrationBatches = detail::loadBatches(isStatic ? calibration : evaluation, input, error);
    if (calibrationBatches.empty())
        return false;
    setAll(detail::SimState::Observe);
    const size_t calibrationCount = isStatic ? calibrationBatches.size() : 1;
    for (size_t i = 0; i < calibrationCount; ++i) {
        if (cancel && cancel->load())
            return false;
        simulated.forward(calibrationBatches[i].args());
        report(0.6 * double(i + 1) / double(calibrationCount), tr("calibrating"));
    }
    if (calibration.isSynthetic() && isStatic)
        notes << tr("Calibrated on synthetic random inputs: ranges may not match real data.");
    freezeQParams(simConfig);
    calibrationSeconds = timer.nsecsElapsed() / 1e9;
    return true;
}

bool QuantSimulation::Private::runReference(const InputSpec &input, const DataSpec &evaluation, QString *error)
{
    batches = detail::loadBatches(evaluation, input, error);
    if (batches.empty())
        return false;
    if (evaluation.isSynthetic())
        notes << tr("Scored on synthetic random inputs: agreement and SQNR only, and they may not reflect real data.");
    for (auto &batch : batches) {
        if (batch.labels.defined())
            batch.labels = batch.labels.to(torch::kLong);
        const at::Tensor out = detail::outputTensor(reference.forward(batch.args()), output, error);
        if (!out.defined())
            return false;
        referenceOutputs.push_back(out.to(torch::kDouble));
    }
    floatScore.valid = true;
    floatScore.agreement = 1.0;
    int64_t correct = 0;
    for (size_t i = 0; i < batches.size(); ++i) {
        floatScore.samples += static_cast<int>(batches[i].size());
        if (batches[i].labels.defined() && referenceOutputs[i].dim() == 2)
            correct += (referenceOutputs[i].argmax(1) == batches[i].labels).sum().item<int64_t>();
    }
    if (batches.front().labels.defined() && referenceOutputs.front().dim() == 2)
        floatScore.accuracy = double(correct) / floatScore.samples;
    floatScore.sqnrDb = std::numeric_limits<double>::infinity();
    return true;
}

std::unique_ptr<QuantSimulation> QuantSimulation::create(const ModelDocument &model, const QuantConfig &config,
                                                         const DataSpec &calibration, const DataSpec &evaluation,
                                                         const ProgressCallback &progress,
                                                         const std::atomic_bool *cancel, QString *error, int output)
{
    installTorchWarningFilter();
    QString problem;
    auto fail = [error, &problem] {
        if (error)
            *error = problem;
        return std::unique_ptr<QuantSimulation>();
    };
    auto report = [&progress](double f, const QString &stage) {
        if (progress)
            progress(f, stage);
    };
    const ModelInfo &info = model.info();
    if (!info.unsupportedReason.isEmpty()) {
        problem = info.unsupportedReason;
        return fail();
    }
    if (const QStringList problems = validateConfig(config, supportedEngines()); !problems.isEmpty()) {
        problem = problems.join(QLatin1Char(' '));
        return fail();
    }
    std::unique_ptr<QuantSimulation> sim(new QuantSimulation());
    Private &p = *sim->d;
    p.output = output;
    for (const LayerInfo &l : info.layers) {
        p.layersByName.insert(l.name, &l);
        p.layerOrder << &l;
    }
    bool anyStatic = false, anyDynamic = false;
    QuantConfig simConfig = simulationConfig(config, &anyStatic, &anyDynamic);
    // Embeddings are weight-only: no activation to observe, and an observer on the token ids breaks
    // the static pass. The quantized model's own comparison covers them.
    QStringList embeddings;
    for (const LayerOutcome &o : planQuantization(info, config).layers) {
        if (o.result == QuantMode::WeightOnly) {
            simConfig.layers[o.layer].mode = QuantMode::Float;
            embeddings << o.layer;
        }
    }
    if (!embeddings.isEmpty())
        p.notes << tr("Weight-only embeddings (%1) are not simulated per layer.").arg(embeddings.join(QLatin1String(", ")));
    p.mode = anyStatic ? QuantMode::Static : QuantMode::Dynamic;
    if (anyStatic && anyDynamic)
        p.notes << tr("The dynamic layers of this hybrid config are not simulated; only its static layers are.");
    if (config.defaults.mode == QuantMode::Qat || std::any_of(config.layers.cbegin(), config.layers.cend(),
                                                              [](const LayerQuantConfig &c) { return c.mode == QuantMode::Qat; }))
        p.notes << tr("QAT layers are simulated as post-training static quantization of the float weights.");
    try {
        torch::NoGradGuard noGrad;
        if (!p.prepare(model, simConfig, &problem) || !p.calibrate(info.input, simConfig, calibration, evaluation, report, cancel, &problem))
            return fail();
        report(0.7, tr("running the float model"));
        if (!p.runReference(info.input, evaluation, &problem))
            return fail();
        // Warm the simulated model up once here (util/statistics.h says why), or the first variants
        // of a sweep pay for it.
        report(0.9, tr("warming up"));
        p.setAll(detail::SimState::PassThrough);
        for (int i = 0; i < kWarmupRuns; ++i) {
            if (cancel && cancel->load())
                return fail();
            p.simulated.forward(p.batches.front().args());
        }
        report(1.0, tr("ready"));
    } catch (const std::exception &e) {
        problem = withCause(tr("LibTorch could not simulate quantization of this model: %1").arg(describeException(e)), e);
        return fail();
    }
    return sim;
}

QStringList QuantSimulation::layers() const
{
    return d->layers;
}

QString QuantSimulation::layerType(const QString &layer) const
{
    const LayerInfo *l = d->layersByName.value(layer);
    return l ? l->type : QString();
}

QJsonObject SimulationScore::toJson() const
{
    return QJsonObject{{QStringLiteral("samples"), samples},
                       {QStringLiteral("accuracy"), jsonNumber(accuracy)},
                       {QStringLiteral("agreement"), jsonNumber(agreement)},
                       {QStringLiteral("sqnr_db"), jsonNumber(sqnrDb)}};
}

SimulationScore SimulationScore::fromJson(const QJsonObject &json)
{
    SimulationScore s;
    s.valid = json.value(QStringLiteral("samples")).isDouble();
    s.samples = json.value(QStringLiteral("samples")).toInt();
    s.accuracy = numberFromJson(json.value(QStringLiteral("accuracy")));
    s.agreement = numberFromJson(json.value(QStringLiteral("agreement")));
    s.sqnrDb = sqnrFromJson(json.value(QStringLiteral("sqnr_db")));
    return s;
}

QuantMode QuantSimulation::mode() const
{
    return d->mode;
}

bool QuantSimulation::labelled() const
{
    return !std::isnan(d->floatScore.accuracy);
}

double QuantSimulation::calibrationSeconds() const
{
    return d->calibrationSeconds;
}

QStringList QuantSimulation::notes() const
{
    return d->notes;
}

SimulationScore QuantSimulation::floatScore() const
{
    return d->floatScore;
}

QStringList QuantSimulation::observersOf(const QString &layer) const
{
    QStringList out;
    for (const SimPoint &p : d->points)
        if (p.owners().contains(layer))
            out << p.path;
    return out;
}

std::optional<ActivationHistogram> QuantSimulation::activationHistogram(const QString &layer) const
{
    for (const SimPoint &p : d->points) {
        if (p.weight || !p.histogram || !p.producers.contains(layer))
            continue;
        ActivationHistogram a;
        a.layer = layer;
        a.min = p.histogram->min;
        a.max = p.histogram->max;
        a.counts = p.histogram->counts;
        std::tie(a.percentileLo, a.percentileHi) = percentileRange(*p.histogram, 99.99);
        const QuantRange range{static_cast<int>(p.module.attr("quant_min").toInt()),
                               static_cast<int>(p.module.attr("quant_max").toInt())};
        std::tie(a.mseLo, a.mseHi) = mseRange(*p.histogram, range);
        return a;
    }
    return std::nullopt;
}

SimulationScore QuantSimulation::evaluate(const QStringList &quantizedLayers, const std::atomic_bool *cancel)
{
    try {
        torch::NoGradGuard noGrad;
        d->setStates(quantizedLayers, /*compare=*/false);
        return d->score(cancel);
    } catch (const std::exception &e) {
        SimulationScore s;
        s.error = withCause(describeException(e), e);
        return s;
    }
}

QVector<LayerError> QuantSimulation::layerErrors(const QStringList &quantizedLayers, int maxBatches)
{
    QVector<LayerError> out;
    try {
        torch::NoGradGuard noGrad;
        for (SimPoint &p : d->points) {
            p.module.setattr("sim_signal", 0.0);
            p.module.setattr("sim_noise", 0.0);
        }
        const size_t count = std::min<size_t>(d->batches.size(), size_t(std::max(1, maxBatches)));
        for (size_t i = 0; i < count; ++i) {
            // First the float values at every point, then the simulated ones against them.
            d->setAll(detail::SimState::Record);
            d->simulated.forward(d->batches[i].args());
            d->setStates(quantizedLayers, /*compare=*/true);
            d->simulated.forward(d->batches[i].args());
        }
        const QSet<QString> on(quantizedLayers.cbegin(), quantizedLayers.cend());
        for (const QString &layer : d->layers) {
            if (!on.contains(layer))
                continue;
            LayerError e;
            e.layer = layer;
            e.type = layerType(layer);
            e.mode = d->mode;
            double worstOutput = qQNaN(), worstInput = qQNaN();
            for (SimPoint &p : d->points) {
                if (!p.usable)
                    continue;
                if (p.weight && p.producers.contains(layer)) {
                    const at::Tensor w = p.module.attr("sim_ref").toTensor().to(torch::kFloat);
                    if (w.numel() == 0)
                        continue;
                    const auto qmin = p.module.attr("quant_min").toInt(), qmax = p.module.attr("quant_max").toInt();
                    const at::Tensor scale = p.module.attr("sim_scale").toTensor();
                    const at::Tensor zeroPoint = p.module.attr("sim_zero_point").toTensor();
                    const at::Tensor q = p.module.attr("sim_per_channel").toBool()
                        ? torch::fake_quantize_per_channel_affine(w, scale, zeroPoint, 0, qmin, qmax)
                        : torch::fake_quantize_per_tensor_affine(w, scale.item<double>(), zeroPoint.item<int64_t>(), qmin, qmax);
                    const at::Tensor wd = w.to(torch::kDouble).flatten(1), err = (q.to(torch::kDouble).flatten(1) - wd);
                    const double signal = wd.pow(2).sum().item<double>(), noise = err.pow(2).sum().item<double>();
                    e.weightSqnrDb = sqnrDb(signal, noise);
                    e.weightRelativeError = signal > 0 ? std::sqrt(noise / signal) : qQNaN();
                    e.weightMaxAbsError = err.abs().max().item<double>();
                    const at::Tensor cs = wd.pow(2).sum(1), cn = err.pow(2).sum(1);
                    for (int64_t c = 0; c < cs.size(0); ++c)
                        e.channelSqnrDb << sqnrDb(cs[c].item<double>(), cn[c].item<double>());
                    continue;
                }
                if (p.weight)
                    continue;
                // An observer that saw nothing (no calls on these batches) says nothing about the layer.
                const double signal = p.module.attr("sim_signal").toDouble(), noise = p.module.attr("sim_noise").toDouble();
                if (signal <= 0 && noise <= 0)
                    continue;
                const double value = sqnrDb(signal, noise);
                if (p.producers.contains(layer))
                    worstOutput = std::isnan(worstOutput) ? value : std::min(worstOutput, value);
                else if (p.consumers.contains(layer))
                    worstInput = std::isnan(worstInput) ? value : std::min(worstInput, value);
            }
            e.activationSqnrDb = d->mode == QuantMode::Dynamic || std::isnan(worstOutput) ? worstInput : worstOutput;
            out << e;
        }
        for (SimPoint &p : d->points)
            p.module.setattr("sim_compare", false);
    } catch (const std::exception &e) {
        qWarning("QuantBench: per-layer comparison failed: %s", qPrintable(describeException(e)));
        return {};
    }
    return out;
}

} // namespace qb
