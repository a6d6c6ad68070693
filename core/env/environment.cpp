#include "env/environment.h"

#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/cuda.h>
#include <torch/torch.h>
#include <torch/version.h>
#include <ATen/Parallel.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <dlfcn.h>

#include <algorithm>
#include <chrono>

QB_DECLARE_TR_FUNCTIONS(qb::Environment)

namespace qb {

namespace {

QuantEngine fromTorch(at::QEngine engine)
{
    switch (engine) {
    case at::QEngine::FBGEMM: return QuantEngine::Fbgemm;
    case at::QEngine::QNNPACK: return QuantEngine::Qnnpack;
    case at::QEngine::ONEDNN: return QuantEngine::OneDnn;
#if TORCH_VERSION_MAJOR > 1 || TORCH_VERSION_MINOR >= 13
    case at::QEngine::X86: return QuantEngine::X86;
#endif
    case at::QEngine::NoQEngine: return QuantEngine::None;
    }
    return QuantEngine::None;
}

void readCpuInfo(EnvironmentReport &report)
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    QString flagsLine;
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString text = QString::fromLatin1(file.readAll());
        static const QRegularExpression modelRe(QStringLiteral("^model name\\s*:\\s*(.*)$"),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression flagsRe(QStringLiteral("^flags\\s*:\\s*(.*)$"),
                                                QRegularExpression::MultilineOption);
        report.cpuModel = modelRe.match(text).captured(1).trimmed();
        flagsLine = flagsRe.match(text).captured(1);
    }
    if (report.cpuModel.isEmpty())
        report.cpuModel = QSysInfo::currentCpuArchitecture();
    const QStringList flags = flagsLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    report.isa[QStringLiteral("avx2")] = flags.contains(QLatin1String("avx2"));
    report.isa[QStringLiteral("avx512f")] = flags.contains(QLatin1String("avx512f"));
    report.isa[QStringLiteral("avx512_vnni")] = flags.contains(QLatin1String("avx512_vnni"));
    report.isa[QStringLiteral("avx_vnni")] = flags.contains(QLatin1String("avx_vnni"));
    report.isa[QStringLiteral("amx")] = flags.contains(QLatin1String("amx_int8"))
                                        || flags.contains(QLatin1String("amx_tile"));
}

/// Finds which shared object provides sgemm_ in the process's global scope (what LibTorch calls),
/// resolving Debian's alternatives symlinks to name the real implementation.
void detectBlas(EnvironmentReport &report)
{
    void *symbol = dlsym(RTLD_DEFAULT, "sgemm_");
    Dl_info where{};
    if (symbol && dladdr(symbol, &where) && where.dli_fname) {
        const QString loaded = QString::fromLocal8Bit(where.dli_fname);
        const QString canonical = QFileInfo(loaded).canonicalFilePath();
        report.blasLibrary = canonical.isEmpty() ? loaded : canonical;
    }
    const QString lib = report.blasLibrary.toLower();
    using ConfigFn = char *(*)();
    auto openblasConfig = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"));
    if (lib.contains(QLatin1String("openblas"))) {
        report.blas = QStringLiteral("OpenBLAS");
        if (openblasConfig)
            report.blas += QStringLiteral(" (") + QString::fromLatin1(openblasConfig()).trimmed() + QLatin1Char(')');
    } else if (lib.contains(QLatin1String("mkl"))) {
        report.blas = QStringLiteral("Intel MKL");
    } else if (lib.contains(QLatin1String("blis"))) {
        report.blas = QStringLiteral("BLIS");
    } else if (lib.contains(QLatin1String("atlas"))) {
        report.blas = QStringLiteral("ATLAS");
    } else if (lib.contains(QLatin1String("/blas/")) || lib.endsWith(QLatin1String("libblas.so.3"))) {
        report.blas = QStringLiteral("reference BLAS (Netlib)");
        report.referenceBlas = true;
    } else if (lib.isEmpty()) {
        report.blas = QStringLiteral("built into LibTorch");
    } else {
        report.blas = QFileInfo(lib).fileName();
    }
    if (report.referenceBlas)
        report.warnings << tr("LibTorch is using the reference BLAS: float32 matrix products run about 25x "
                              "slower than with an optimized BLAS, so every float baseline is slow and every "
                              "speedup is inflated. Install libopenblas0-openmp.");
}

double measureMatmulGflops()
{
    constexpr int64_t kSize = 256; // small enough to take milliseconds even on the reference BLAS
    constexpr int kRuns = 5;
    torch::NoGradGuard noGrad;
    const auto a = torch::rand({kSize, kSize});
    const auto b = torch::rand({kSize, kSize});
    double best = 1e9;
    for (int i = 0; i < kRuns; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto c = torch::mm(a, b);
        (void)c.data_ptr<float>();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        best = std::min(best, elapsed.count());
    }
    return 2.0 * kSize * kSize * kSize / best / 1e9;
}

} // namespace

QList<QuantEngine> supportedEngines()
{
    QList<QuantEngine> engines;
    for (at::QEngine engine : at::globalContext().supportedQEngines())
        if (engine != at::QEngine::NoQEngine)
            engines << fromTorch(engine);
    return engines;
}

QuantEngine preferredEngine()
{
    const QList<QuantEngine> engines = supportedEngines();
    for (QuantEngine e : {QuantEngine::OneDnn, QuantEngine::X86, QuantEngine::Fbgemm, QuantEngine::Qnnpack})
        if (engines.contains(e))
            return e;
    return engines.value(0, QuantEngine::None);
}

QuantEngine currentEngine()
{
    return fromTorch(at::globalContext().qEngine());
}

bool setCurrentEngine(QuantEngine engine, QString *error)
{
    for (at::QEngine candidate : at::globalContext().supportedQEngines()) {
        if (fromTorch(candidate) == engine) {
            at::globalContext().setQEngine(candidate);
            return true;
        }
    }
    if (error)
        *error = tr("The quantized engine \"%1\" is not in this LibTorch build; it has: %2.")
                     .arg(engineName(engine), engineNames(supportedEngines()).join(QLatin1String(", ")));
    return false;
}

void setIntraOpThreads(int threads)
{
    if (threads >= 1)
        at::set_num_threads(threads);
}

int intraOpThreads()
{
    return at::get_num_threads();
}

ScopedIntraOpThreads::ScopedIntraOpThreads(int threads)
    : m_previous(at::get_num_threads())
    , m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{
    at::set_num_threads(m_threads);
}

ScopedIntraOpThreads::~ScopedIntraOpThreads()
{
    at::set_num_threads(m_previous);
}

EnvironmentReport collectEnvironment()
{
    EnvironmentReport report;
    report.quantbenchVersion = QCoreApplication::applicationVersion();
    report.torchVersion = QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    report.qtVersion = QString::fromLatin1(qVersion());
    report.engines = supportedEngines();
    report.currentEngine = currentEngine();
    readCpuInfo(report);
    detectBlas(report);
    try {
        report.matmulGflops = measureMatmulGflops();
    } catch (const std::exception &e) {
        report.warnings << tr("The BLAS speed check failed: %1").arg(describeException(e));
    }
    report.intraOpThreads = at::get_num_threads();
    report.interOpThreads = at::get_num_interop_threads();
    report.cudaAvailable = torch::cuda::is_available();
    report.cudaDeviceCount = static_cast<int>(torch::cuda::device_count());
    report.hostName = QSysInfo::machineHostName();
    if (!report.isa.value(QStringLiteral("avx512_vnni")) && !report.isa.value(QStringLiteral("avx_vnni")))
        report.warnings << tr("This CPU has no VNNI instructions: int8 kernels gain less over float32 here.");
    return report;
}

QJsonObject EnvironmentReport::toJson() const
{
    QJsonObject isaObject;
    for (auto it = isa.cbegin(); it != isa.cend(); ++it)
        isaObject.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("quantbench_version"), quantbenchVersion},
        {QStringLiteral("torch_version"), torchVersion},
        {QStringLiteral("qt_version"), qtVersion},
        {QStringLiteral("quantized_engines"), QJsonArray::fromStringList(engineNames(engines))},
        {QStringLiteral("current_engine"), engineName(currentEngine)},
        {QStringLiteral("cpu_model"), cpuModel},
        {QStringLiteral("isa"), isaObject},
        {QStringLiteral("blas"), QJsonObject{{QStringLiteral("name"), blas},
                                             {QStringLiteral("library"), blasLibrary},
                                             {QStringLiteral("reference"), referenceBlas},
                                             {QStringLiteral("matmul_gflops"), matmulGflops}}},
        {QStringLiteral("threads"), QJsonObject{{QStringLiteral("intra_op"), intraOpThreads},
                                                {QStringLiteral("inter_op"), interOpThreads}}},
        {QStringLiteral("cuda"), QJsonObject{{QStringLiteral("available"), cudaAvailable},
                                             {QStringLiteral("device_count"), cudaDeviceCount}}},
        {QStringLiteral("host"), hostName},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

QString EnvironmentReport::toText() const
{
    auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    QStringList isaText;
    for (auto it = isa.cbegin(); it != isa.cend(); ++it)
        isaText << it.key() + QLatin1Char('=') + yesNo(it.value());
    QString text;
    text += tr("QuantBench        %1\n").arg(quantbenchVersion);
    text += tr("LibTorch          %1 (Qt %2)\n").arg(torchVersion, qtVersion);
    text += tr("Quantized engines %1 (current: %2)\n").arg(engineNames(engines).join(QLatin1String(", ")), engineName(currentEngine));
    text += tr("CPU               %1\n").arg(cpuModel);
    text += tr("int8 ISA          %1\n").arg(isaText.join(QLatin1String("  ")));
    text += tr("BLAS              %1, %2 GFLOP/s on a 256x256 matmul\n")
                .arg(blas, QString::number(matmulGflops, 'f', 1));
    text += tr("                  %1\n").arg(blasLibrary);
    text += tr("Threads           intra-op %1, inter-op %2\n").arg(intraOpThreads).arg(interOpThreads);
    text += tr("CUDA              %1 (%2 devices)\n").arg(yesNo(cudaAvailable)).arg(cudaDeviceCount);
    for (const QString &w : warnings)
        text += tr("warning: %1\n").arg(w);
    return text;
}

} // namespace qb
