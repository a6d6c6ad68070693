#include "quant/observers_p.h"

#include "quant/qparams.h"

namespace qb::detail {

namespace {

// TorchScript source cannot name dtypes (torch.long is not a value inside define()): these are the
// ScalarType numbers it needs.

// Shared by every observer: PyTorch's arithmetic (range widened to include zero; symmetric or
// affine), mirrored in plain C++ by qb::computeQParams and checked against it in tst_observers.
const char *const kCalculateQParams = R"JIT(
def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    lo = torch.clamp(self.min_val, max=0.0)
    hi = torch.clamp(self.max_val, min=0.0)
    span = float(self.quant_max - self.quant_min)
    if self.symmetric:
        amax = torch.max(-lo, hi)
        scale = torch.clamp(amax / (span / 2.0), min=self.eps)
        zero_point = torch.zeros_like(scale, dtype=LONG) + self.symmetric_zero_point
    else:
        scale = torch.clamp((hi - lo) / span, min=self.eps)
        zero_point = torch.clamp(self.quant_min - torch.round(lo / scale), self.quant_min, self.quant_max).to(LONG)
    return scale, zero_point
)JIT";

// Per-tensor min/max, optionally as a moving average, optionally with a histogram for clipping.
const char *const kPerTensorForward = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    if x.numel() == 0:
        return x
    v = x.detach()
    extremes = torch.aminmax(v)
    lo = extremes[0].float()
    hi = extremes[1].float()
    if self.seen == 0:
        new_lo = lo
        new_hi = hi
    elif self.averaging > 0.0:
        new_lo = self.min_val + self.averaging * (lo - self.min_val)
        new_hi = self.max_val + self.averaging * (hi - self.max_val)
    else:
        new_lo = torch.min(self.min_val, lo)
        new_hi = torch.max(self.max_val, hi)
    if self.bins > 0:
        new_lo_f = float(new_lo)
        new_hi_f = float(new_hi)
        if new_hi_f - new_lo_f < 1e-12:
            new_hi_f = new_lo_f + 1e-6
        if self.seen > 0:
            old_lo = float(self.min_val)
            old_hi = float(self.max_val)
            if old_hi - old_lo < 1e-12:
                old_hi = old_lo + 1e-6
            if old_lo != new_lo_f or old_hi != new_hi_f:
                width = (old_hi - old_lo) / self.bins
                centres = old_lo + (torch.arange(self.bins, dtype=self.hist.dtype) + 0.5) * width
                index = torch.clamp(torch.floor((centres - new_lo_f) / (new_hi_f - new_lo_f) * self.bins), 0, self.bins - 1).to(LONG)
                self.hist = torch.zeros_like(self.hist).index_add_(0, index, self.hist)
        self.hist = self.hist + torch.histc(v, self.bins, new_lo_f, new_hi_f)
        self.min_val = torch.full_like(self.min_val, new_lo_f)
        self.max_val = torch.full_like(self.max_val, new_hi_f)
    else:
        self.min_val = new_lo
        self.max_val = new_hi
    self.seen = self.seen + 1
    return x
)JIT";

// Per-output-channel min/max along ch_axis (weights).
const char *const kPerChannelForward = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    if x.numel() == 0:
        return x
    v = x.detach().float().transpose(0, self.ch_axis).flatten(1)
    lo = torch.amin(v, [1])
    hi = torch.amax(v, [1])
    if self.seen == 0:
        self.min_val = lo
        self.max_val = hi
    else:
        self.min_val = torch.min(self.min_val, lo)
        self.max_val = torch.max(self.max_val, hi)
    self.seen = self.seen + 1
    return x
)JIT";

// Fake quantization for QAT: observe (unless frozen), then round through the integer grid with a
// straight-through gradient.
const char *const kFakeQuantPerTensorForward = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    if self.observe and x.numel() > 0:
        v = x.detach().float()
        lo = torch.min(v)
        hi = torch.max(v)
        if self.seen == 0:
            self.min_val = lo
            self.max_val = hi
        else:
            self.min_val = self.min_val + self.averaging * (lo - self.min_val)
            self.max_val = self.max_val + self.averaging * (hi - self.max_val)
        self.seen = self.seen + 1
    if self.seen == 0:
        return x
    qparams = self.calculate_qparams()
    return torch.fake_quantize_per_tensor_affine(x, float(qparams[0]), int(qparams[1]), self.quant_min, self.quant_max)
)JIT";

const char *const kFakeQuantPerChannelForward = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    if self.observe and x.numel() > 0:
        v = x.detach().float().transpose(0, self.ch_axis).flatten(1)
        lo = torch.amin(v, [1])
        hi = torch.amax(v, [1])
        if self.seen == 0:
            self.min_val = lo
            self.max_val = hi
        else:
            self.min_val = self.min_val + self.averaging * (lo - self.min_val)
            self.max_val = self.max_val + self.averaging * (hi - self.max_val)
        self.seen = self.seen + 1
    if self.seen == 0:
        return x
    qparams = self.calculate_qparams()
    return torch.fake_quantize_per_channel_affine(x, qparams[0], qparams[1].to(INT), self.ch_axis, self.quant_min, self.quant_max)
)JIT";

// Simulation (quantsim.cpp): once calibrated, an observer can stand in for the quantize/dequantize
// pair the conversion would put in its place, so one model answers "what if only these layers were
// int8" without converting again. sim_state: 0 observe (calibration, the passes' contract), 1
// fake-quantize with the frozen qparams (or, for dynamic inputs, each batch's own range), 2 pass
// through, 3 pass through and keep the float value as the reference for sim_compare.
const char *const kSimulationForward = R"JIT(
def forward(self, x: Tensor) -> Tensor:
    if self.sim_state == 0:
        return self.observe(x)
    return self.simulate(x)
)JIT";

const char *const kSimulate = R"JIT(
def simulate(self, x: Tensor) -> Tensor:
    if self.sim_state == 2 or x.numel() == 0:
        return x
    if self.sim_state == 3:
        self.sim_ref = x.detach().clone()
        return x
    if self.sim_dynamic:
        v = x.detach().float()
        lo = float(torch.clamp(torch.min(v), max=0.0))
        hi = float(torch.clamp(torch.max(v), min=0.0))
        scale = max((hi - lo) / float(self.quant_max - self.quant_min), self.eps)
        zero_point = min(max(self.quant_min - int(round(lo / scale)), self.quant_min), self.quant_max)
        y = torch.fake_quantize_per_tensor_affine(x, scale, zero_point, self.quant_min, self.quant_max)
    elif self.sim_per_channel:
        y = torch.fake_quantize_per_channel_affine(x, self.sim_scale, self.sim_zero_point, self.ch_axis, self.quant_min, self.quant_max)
    else:
        y = torch.fake_quantize_per_tensor_affine(x, float(self.sim_scale), int(self.sim_zero_point), self.quant_min, self.quant_max)
    if self.sim_compare and self.sim_ref.size() == y.size():
        r = self.sim_ref.double()
        d = y.detach().double() - r
        self.sim_signal = self.sim_signal + float(torch.sum(r * r))
        self.sim_noise = self.sim_noise + float(torch.sum(d * d))
    return y
)JIT";

/// The attributes kSimulate reads, on a module that already has quant_min, quant_max and eps.
void addSimulationAttributes(torch::jit::Module &m, bool perChannel, bool dynamic)
{
    m.register_attribute("sim_state", c10::IntType::get(), int64_t(0));
    m.register_attribute("sim_dynamic", c10::BoolType::get(), dynamic);
    m.register_attribute("sim_per_channel", c10::BoolType::get(), perChannel);
    m.register_attribute("sim_compare", c10::BoolType::get(), false);
    m.register_attribute("sim_signal", c10::FloatType::get(), 0.0);
    m.register_attribute("sim_noise", c10::FloatType::get(), 0.0);
    m.register_buffer("sim_scale", torch::ones({1}));
    m.register_buffer("sim_zero_point", torch::zeros({1}, torch::kInt));
    m.register_buffer("sim_ref", torch::empty({0}));
}

std::string withConstants(const char *source)
{
    std::string s(source);
    auto substitute = [&s](const std::string &token, c10::ScalarType type) {
        for (size_t pos = s.find(token); pos != std::string::npos; pos = s.find(token, pos))
            s.replace(pos, token.size(), std::to_string(static_cast<int64_t>(type)));
    };
    substitute("LONG", c10::ScalarType::Long);
    substitute("INT", c10::ScalarType::Int);
    return s;
}

int64_t scalarTypeOf(const QString &dtype)
{
    return static_cast<int64_t>(dtype == QLatin1String("quint8") ? c10::ScalarType::QUInt8 : c10::ScalarType::QInt8);
}

struct ObserverShape {
    std::string className;
    bool perChannel = false;
    bool symmetric = false;
    c10::ScalarType dtype = c10::ScalarType::QUInt8;
    QuantRange range{0, 255};
    double averaging = 0;
    int64_t bins = 0;
    bool fakeQuant = false;
};

torch::jit::Module build(const ObserverShape &shape, const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    torch::jit::Module m(c10::QualifiedName("__torch__.quantbench.observers." + shape.className), cu,
                         /*shouldMangle=*/true);
    const c10::QScheme qscheme = shape.perChannel
                                     ? (shape.symmetric ? c10::kPerChannelSymmetric : c10::kPerChannelAffine)
                                     : (shape.symmetric ? c10::kPerTensorSymmetric : c10::kPerTensorAffine);
    const QuantDtype qdtype = shape.dtype == c10::ScalarType::QUInt8 ? QuantDtype::QUInt8 : QuantDtype::QInt8;
    // PyTorch's symmetric zero point: 0 for signed, the middle of the range for unsigned.
    const int64_t symmetricZeroPoint = qdtype == QuantDtype::QInt8 ? 0 : (shape.range.qmin + shape.range.qmax + 1) / 2;
    m.register_attribute("dtype", c10::IntType::get(), static_cast<int64_t>(shape.dtype));
    m.register_attribute("qscheme", c10::IntType::get(), static_cast<int64_t>(qscheme));
    m.register_attribute("ch_axis", c10::IntType::get(), int64_t(0));
    m.register_attribute("quant_min", c10::IntType::get(), int64_t(shape.range.qmin));
    m.register_attribute("quant_max", c10::IntType::get(), int64_t(shape.range.qmax));
    m.register_attribute("symmetric", c10::BoolType::get(), shape.symmetric);
    m.register_attribute("symmetric_zero_point", c10::IntType::get(), symmetricZeroPoint);
    m.register_attribute("eps", c10::FloatType::get(), double(std::numeric_limits<float>::epsilon()));
    m.register_attribute("averaging", c10::FloatType::get(), shape.averaging);
    m.register_attribute("bins", c10::IntType::get(), shape.bins);
    m.register_attribute("seen", c10::IntType::get(), int64_t(0));
    const auto inf = std::numeric_limits<float>::infinity();
    m.register_buffer("min_val", shape.perChannel ? torch::empty({0}) : torch::tensor(inf));
    m.register_buffer("max_val", shape.perChannel ? torch::empty({0}) : torch::tensor(-inf));
    m.register_buffer("hist", torch::zeros({std::max<int64_t>(shape.bins, 1)}));
    m.register_attribute("observe", c10::BoolType::get(), true);
    // calculate_qparams first: the fake-quant forward calls it.
    m.define(withConstants(kCalculateQParams));
    if (shape.fakeQuant) {
        m.define(withConstants(shape.perChannel ? kFakeQuantPerChannelForward : kFakeQuantPerTensorForward));
        return m;
    }
    // The observing forward is kept as observe(); forward() dispatches on sim_state.
    std::string observe = withConstants(shape.perChannel ? kPerChannelForward : kPerTensorForward);
    observe.replace(observe.find("def forward("), 12, "def observe(");
    addSimulationAttributes(m, shape.perChannel, /*dynamic=*/false);
    m.define(observe);
    m.define(kSimulate);
    m.define(kSimulationForward);
    return m;
}

} // namespace

torch::jit::Module makeActivationObserver(const LayerQuantConfig &config,
                                          const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    ObserverShape shape;
    shape.dtype = static_cast<c10::ScalarType>(scalarTypeOf(config.activationDtype));
    shape.range = quantRange(shape.dtype == c10::ScalarType::QUInt8 ? QuantDtype::QUInt8 : QuantDtype::QInt8,
                             config.reduceRange);
    if (config.quantMin)
        shape.range.qmin = *config.quantMin;
    if (config.quantMax)
        shape.range.qmax = *config.quantMax;
    switch (config.observer) {
    case ObserverKind::MinMax: shape.className = "MinMaxObserver"; break;
    case ObserverKind::MovingAverage:
        shape.className = "MovingAverageMinMaxObserver";
        shape.averaging = config.averaging;
        break;
    case ObserverKind::Percentile: shape.className = "PercentileHistogramObserver"; shape.bins = kHistogramBins; break;
    case ObserverKind::Mse: shape.className = "MseHistogramObserver"; shape.bins = kHistogramBins; break;
    }
    return build(shape, cu);
}

torch::jit::Module makeWeightObserver(const LayerQuantConfig &config,
                                      const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    ObserverShape shape;
    shape.perChannel = config.perChannel();
    shape.symmetric = config.weightsSymmetric();
    shape.dtype = c10::ScalarType::QInt8;
    shape.range = quantRange(QuantDtype::QInt8, false);
    shape.className = shape.perChannel ? "PerChannelMinMaxObserver" : "WeightMinMaxObserver";
    return build(shape, cu);
}

torch::jit::Module makeFakeQuantize(const LayerQuantConfig &config, bool weight,
                                    const std::shared_ptr<torch::jit::CompilationUnit> &cu)
{
    ObserverShape shape;
    shape.fakeQuant = true;
    if (weight) {
        shape.perChannel = config.perChannel();
        shape.symmetric = config.weightsSymmetric();
        shape.dtype = c10::ScalarType::QInt8;
        shape.range = quantRange(QuantDtype::QInt8, false);
        shape.averaging = 1.0; // weights are known exactly at every step: track them, no smoothing
        shape.className = shape.perChannel ? "PerChannelWeightFakeQuantize" : "WeightFakeQuantize";
    } else {
        shape.dtype = c10::ScalarType::QUInt8;
        shape.range = quantRange(QuantDtype::QUInt8, config.reduceRange);
        if (config.quantMin)
            shape.range.qmin = *config.quantMin;
        if (config.quantMax)
            shape.range.qmax = *config.quantMax;
        shape.averaging = config.observer == ObserverKind::MovingAverage ? config.averaging : 0.01;
        shape.className = "ActivationFakeQuantize";
    }
    return build(shape, cu);
}

torch::jit::Module makeDynamicPlaceholder(const std::shared_ptr<torch::jit::CompilationUnit> &cu, bool reduceRange)
{
    torch::jit::Module m(c10::QualifiedName("__torch__.quantbench.observers.PlaceholderObserver"), cu,
                         /*shouldMangle=*/true);
    m.register_attribute("dtype", c10::IntType::get(), static_cast<int64_t>(c10::ScalarType::QUInt8));
    m.register_attribute("compute_dtype", c10::IntType::get(), static_cast<int64_t>(c10::ScalarType::QUInt8));
    m.register_attribute("qscheme", c10::IntType::get(), static_cast<int64_t>(c10::kPerTensorAffine));
    // What simulate() needs: dynamic quantization picks quint8 affine qparams from each batch.
    m.register_attribute("quant_min", c10::IntType::get(), int64_t(0));
    m.register_attribute("quant_max", c10::IntType::get(), int64_t(reduceRange ? 127 : 255));
    m.register_attribute("ch_axis", c10::IntType::get(), int64_t(0));
    m.register_attribute("eps", c10::FloatType::get(), double(std::numeric_limits<float>::epsilon()));
    addSimulationAttributes(m, /*perChannel=*/false, /*dynamic=*/true);
    m.define(R"JIT(
def observe(self, x: Tensor) -> Tensor:
    return x
)JIT");
    m.define(kSimulate);
    m.define(kSimulationForward);
    m.define(withConstants(R"JIT(
def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    return torch.ones([1]), torch.zeros([1], dtype=LONG)
)JIT"));
    return m;
}

bool isQuantBenchObserver(const torch::jit::Module &module)
{
    const auto name = module.type()->name();
    return name && name->qualifiedName().find("quantbench.observers.") != std::string::npos;
}

void applyHistogramClipping(torch::jit::Module &observer, const LayerQuantConfig &config)
{
    if (!observer.hasattr("bins") || observer.attr("bins").toInt() <= 0 || observer.attr("seen").toInt() == 0)
        return;
    Histogram h;
    h.min = observer.attr("min_val").toTensor().item<double>();
    h.max = observer.attr("max_val").toTensor().item<double>();
    const at::Tensor counts = observer.attr("hist").toTensor().to(torch::kDouble).contiguous();
    h.counts.resize(counts.numel());
    std::copy_n(counts.data_ptr<double>(), counts.numel(), h.counts.begin());
    const QuantRange range{static_cast<int>(observer.attr("quant_min").toInt()),
                           static_cast<int>(observer.attr("quant_max").toInt())};
    const auto [lo, hi] = config.observer == ObserverKind::Percentile ? percentileRange(h, config.percentile)
                                                                       : mseRange(h, range);
    observer.setattr("min_val", torch::tensor(static_cast<float>(lo)));
    observer.setattr("max_val", torch::tensor(static_cast<float>(hi)));
}

} // namespace qb::detail
