#include "eval/opprofile.h"
#include "eval/deployment_p.h"
#include "eval/benchmarkinput_p.h"

#include "env/environment.h"
#include "model/modeldocument_p.h"
#include "quant/quantizer_p.h"
#include "util/jsonutil.h"
#include "util/torcherror.h"

#include <ATen/record_function.h>

#include <QJsonArray>

#include <chrono>
#include <unordered_map>

namespace qb {

namespace {

using Clock = std::chrono::steady_clock;

/// The thread's profile while callbacks are installed. RecordFunction takes plain function
/// pointers, so the state they fill lives here.
struct Recorder {
    int depth = 0;
    std::unordered_map<std::string, std::pair<int64_t, double>> totals; ///< op -> (calls, ms)
};
thread_local Recorder *t_recorder = nullptr;

struct Started final : at::ObserverContext {
    Clock::time_point at;
    bool outermost = false;
};

std::unique_ptr<at::ObserverContext> onStart(const at::RecordFunction &)
{
    auto context = std::make_unique<Started>();
    if (t_recorder) {
        context->outermost = t_recorder->depth == 0;
        ++t_recorder->depth;
    }
    context->at = Clock::now();
    return context;
}

void onEnd(const at::RecordFunction &fn, at::ObserverContext *raw)
{
    const auto end = Clock::now();
    auto *context = static_cast<Started *>(raw);
    if (!t_recorder || !context)
        return;
    --t_recorder->depth;
    if (!context->outermost)
        return;
    auto &entry = t_recorder->totals[std::string(fn.name())];
    entry.first += 1;
    entry.second += std::chrono::duration<double, std::milli>(end - context->at).count();
}

OpProfile profileModule(torch::jit::Module module, const InputSpec &input, const LatencyOptions &options,
                        const QString &form)
{
    installTorchWarningFilter();
    OpProfile profile;
    profile.form = form;
    try {
        const auto benchmarkInput = detail::benchmarkInput(input, options.batch, &profile.error);
        if (!benchmarkInput)
            return profile;
        const std::vector<c10::IValue> &x = *benchmarkInput;
        ScopedIntraOpThreads threads(std::max(1, options.threads));
        torch::NoGradGuard noGrad;
        for (int i = 0; i < options.warmup; ++i)
            module.forward(x);
        Recorder recorder;
        t_recorder = &recorder;
        const at::CallbackHandle handle = at::addThreadLocalCallback(
            at::RecordFunctionCallback(&onStart, &onEnd).scopes({at::RecordScope::FUNCTION}));
        double wall = 0;
        const int runs = std::max(1, options.runs);
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            module.forward(x);
            wall += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        }
        at::removeCallback(handle);
        t_recorder = nullptr;
        profile.batch = options.batch;
        profile.runs = runs;
        profile.forwardMs = wall / runs;
        for (const auto &[name, entry] : recorder.totals) {
            OpTime t;
            t.op = QString::fromStdString(name);
            t.calls = double(entry.first) / runs;
            t.ms = entry.second / runs;
            t.share = profile.forwardMs > 0 ? t.ms / profile.forwardMs : 0;
            profile.ops << t;
        }
        // Kernels the optimized graph calls outside the dispatcher (oneDNN's prepacked convolutions,
        // fused groups) record nothing: their time is the forward's remainder, shown as one row.
        double recorded = 0;
        for (const OpTime &t : std::as_const(profile.ops))
            recorded += t.ms;
        if (const double rest = profile.forwardMs - recorded; rest > 0.02 * profile.forwardMs)
            profile.ops << OpTime{QString::fromLatin1(kUnrecordedOp), 0, rest, rest / profile.forwardMs};
        std::sort(profile.ops.begin(), profile.ops.end(), [](const OpTime &a, const OpTime &b) { return a.ms > b.ms; });
        profile.valid = true;
    } catch (const std::exception &e) {
        t_recorder = nullptr;
        profile.error = withCause(describeException(e), e);
    }
    return profile;
}

} // namespace

QJsonObject OpProfile::toJson() const
{
    QJsonArray list;
    for (const OpTime &t : ops)
        list.append(QJsonObject{{QStringLiteral("op"), t.op}, {QStringLiteral("calls"), t.calls},
                                {QStringLiteral("ms"), t.ms}, {QStringLiteral("share"), t.share}});
    return QJsonObject{{QStringLiteral("form"), form}, {QStringLiteral("batch"), batch}, {QStringLiteral("runs"), runs},
                       {QStringLiteral("forward_ms"), forwardMs}, {QStringLiteral("ops"), list}};
}

OpProfile OpProfile::fromJson(const QJsonObject &json)
{
    OpProfile p;
    p.valid = json.value(QStringLiteral("forward_ms")).isDouble();
    p.form = json.value(QStringLiteral("form")).toString();
    p.batch = json.value(QStringLiteral("batch")).toInt();
    p.runs = json.value(QStringLiteral("runs")).toInt();
    p.forwardMs = numberFromJson(json.value(QStringLiteral("forward_ms")));
    for (const QJsonValue &v : json.value(QStringLiteral("ops")).toArray()) {
        const QJsonObject o = v.toObject();
        p.ops << OpTime{o.value(QStringLiteral("op")).toString(), o.value(QStringLiteral("calls")).toDouble(),
                        o.value(QStringLiteral("ms")).toDouble(), o.value(QStringLiteral("share")).toDouble()};
    }
    return p;
}

OpProfile profileOperators(const ModelDocument &model, const LatencyOptions &options)
{
    try {
        const detail::DeployedModule deployed = detail::deployFloat(model.d()->runnable());
        return profileModule(deployed.module, model.info().input, options, deployed.form);
    } catch (const std::exception &) {
        // A model that cannot be frozen is profiled as it runs; its timing says so too.
        return profileModule(model.d()->runnable(), model.info().input, options, QStringLiteral("float (as loaded)"));
    }
}

OpProfile profileOperators(const QuantizedModel &model, const InputSpec &input, const LatencyOptions &options)
{
    try {
        const detail::DeployedModule &deployed = detail::deploymentOf(model);
        return profileModule(deployed.module, input, options, deployed.form);
    } catch (const std::exception &) {
        return profileModule(model.d()->module, input, options,
                             QStringLiteral("int8 %1 (as saved)").arg(engineName(model.report().engine)));
    }
}

} // namespace qb
