#include "eval/memoryprobe.h"

#include "eval/benchmarkinput_p.h"
#include "eval/deployment_p.h"
#include "env/environment.h"
#include "env/memory.h"
#include "model/modeldocument_p.h"
#include "quant/engine.h"
#include "util/torcherror.h"
#include "util/translation.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/script.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

QB_DECLARE_TR_FUNCTIONS(qb::MemoryProbe)

namespace qb {

namespace {

/// A probe that runs longer than this has hung: loading and a few forwards take seconds.
constexpr int kProbeTimeoutMs = 300'000;
/// Forwards after loading: TorchScript's executor settles its graph within the first few calls.
constexpr int kProbeRuns = 6;

QString formName(ProbeForm form)
{
    return form == ProbeForm::Float ? QStringLiteral("float") : QStringLiteral("quantized");
}

/// A float archive upcast to float32 where it holds half-precision tensors (CPU kernels need it).
torch::jit::Module loadFloat(const QString &path)
{
    torch::jit::Module module = torch::jit::load(path.toStdString());
    detail::upcastHalfPrecision(module);
    return module;
}

/// A quantized archive loaded with the engine it was packed for (named in its quantbench.json).
torch::jit::Module loadQuantized(const QString &path, QString *engineText)
{
    // Read the report first, straight from the zip: loading packs the weights for the current engine,
    // and a second full load would also leave its memory in the figures.
    {
        caffe2::serialize::PyTorchStreamReader reader(path.toStdString());
        if (reader.hasRecord("extra/quantbench.json")) {
            const auto [data, size] = reader.getRecord("extra/quantbench.json");
            const QByteArray text(static_cast<const char *>(data.get()), static_cast<qsizetype>(size));
            *engineText = QJsonDocument::fromJson(text).object().value(QStringLiteral("engine")).toString();
        }
    }
    if (const auto engine = engineFromName(*engineText)) {
        QString ignored; // an engine this build lacks fails the load below with LibTorch's words
        setCurrentEngine(*engine, &ignored);
    }
    return torch::jit::load(path.toStdString());
}

MemoryProbe measureHere(const QString &path, ProbeForm form, const InputSpec &input, const LatencyOptions &options)
{
    MemoryProbe probe;
    probe.batch = options.batch;
    probe.threads = options.threads;
    probe.runtimeBytes = residentBytes();
    resetPeakResident();
    try {
        setIntraOpThreads(std::max(1, options.threads));
        torch::NoGradGuard noGrad;
        detail::DeployedModule deployed;
        if (form == ProbeForm::Float) {
            deployed = detail::deployFloat(loadFloat(path));
        } else {
            QString engine;
            deployed = detail::deployQuantized(loadQuantized(path, &engine), engine);
        }
        probe.form = deployed.form;
        probe.loadedBytes = residentBytes();
        const auto x = detail::benchmarkInput(input, options.batch, &probe.error);
        if (!x)
            return probe;
        for (int i = 0; i < kProbeRuns; ++i)
            deployed.module.forward(*x);
        probe.peakBytes = peakResidentBytes();
        probe.valid = probe.peakBytes > 0;
        if (!probe.valid)
            probe.error = tr("This system does not report a process's peak memory (/proc/self/status).");
    } catch (const std::exception &e) {
        probe.error = withCause(describeException(e), e);
    }
    return probe;
}

} // namespace

QJsonObject MemoryProbe::toJson() const
{
    QJsonObject o{{QStringLiteral("form"), form},
                  {QStringLiteral("runtime_bytes"), runtimeBytes},
                  {QStringLiteral("loaded_bytes"), loadedBytes},
                  {QStringLiteral("peak_bytes"), peakBytes},
                  {QStringLiteral("batch"), batch},
                  {QStringLiteral("threads"), threads}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

MemoryProbe MemoryProbe::fromJson(const QJsonObject &json)
{
    MemoryProbe p;
    p.form = json.value(QStringLiteral("form")).toString();
    p.runtimeBytes = json.value(QStringLiteral("runtime_bytes")).toInteger();
    p.loadedBytes = json.value(QStringLiteral("loaded_bytes")).toInteger();
    p.peakBytes = json.value(QStringLiteral("peak_bytes")).toInteger();
    p.batch = json.value(QStringLiteral("batch")).toInt();
    p.threads = json.value(QStringLiteral("threads")).toInt();
    p.error = json.value(QStringLiteral("error")).toString();
    p.valid = p.peakBytes > 0 && p.error.isEmpty();
    return p;
}

QString probeExecutable()
{
    const QString name = QStringLiteral("quantbench-probe");
    QStringList candidates{qEnvironmentVariable("QB_PROBE")};
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath()).filePath(name);
#ifdef QB_PROBE_BUILD_PATH
    candidates << QStringLiteral(QB_PROBE_BUILD_PATH);
#endif
    candidates << QStandardPaths::findExecutable(name);
    for (const QString &c : std::as_const(candidates))
        if (!c.isEmpty() && QFileInfo(c).isExecutable() && QFileInfo(c).isFile())
            return c;
    return {};
}

MemoryProbe probeMemory(const QString &path, ProbeForm form, const InputSpec &input, const LatencyOptions &options,
                        const std::atomic_bool *cancel)
{
    MemoryProbe failed;
    failed.batch = options.batch;
    failed.threads = options.threads;
    const QString program = probeExecutable();
    if (program.isEmpty()) {
        failed.error = tr("quantbench-probe, which measures each model's memory in a process of its own, is not "
                          "installed next to this program: reinstall QuantBench, or set QB_PROBE to its path.");
        return failed;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments({QStringLiteral("--form"), formName(form), QStringLiteral("--batch"), QString::number(options.batch),
                          QStringLiteral("--threads"), QString::number(std::max(1, options.threads)), QStringLiteral("--input"),
                          QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact)), path});
    process.start();
    if (!process.waitForStarted()) {
        failed.error = tr("Could not start %1: %2").arg(program, process.errorString());
        return failed;
    }
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(100)) {
        if ((cancel && cancel->load()) || clock.elapsed() > kProbeTimeoutMs) {
            process.kill();
            process.waitForFinished();
            failed.error = cancel && cancel->load() ? tr("Cancelled while measuring memory.")
                                                    : tr("The memory probe did not finish within %1 s.").arg(kProbeTimeoutMs / 1000);
            return failed;
        }
    }
    const QByteArray output = process.readAllStandardOutput();
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    if (process.exitStatus() != QProcess::NormalExit || json.isEmpty()) {
        const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed().right(400);
        failed.error = tr("The memory probe failed (%1): %2")
                           .arg(process.exitStatus() == QProcess::NormalExit ? tr("exit code %1").arg(process.exitCode())
                                                                             : tr("it crashed"),
                                why.isEmpty() ? tr("no message") : why);
        return failed;
    }
    return MemoryProbe::fromJson(json);
}

int runMemoryProbe(const QStringList &arguments)
{
    QString path, formText = QStringLiteral("float"), inputText;
    LatencyOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--form") && hasValue)
            formText = arguments.at(++i);
        else if (a == QLatin1String("--batch") && hasValue)
            options.batch = arguments.at(++i).toInt();
        else if (a == QLatin1String("--threads") && hasValue)
            options.threads = arguments.at(++i).toInt();
        else if (a == QLatin1String("--input") && hasValue)
            inputText = arguments.at(++i);
        else if (!a.startsWith(QLatin1String("--")) && path.isEmpty())
            path = a;
        else {
            std::fprintf(stderr, "usage: quantbench-probe [--form float|quantized] [--batch N] [--threads N] "
                                 "--input INPUT_JSON MODEL.pt\n");
            return 2;
        }
    }
    QString error;
    const InputSpec input = InputSpec::fromJson(QJsonDocument::fromJson(inputText.toUtf8()).object(), &error);
    if (path.isEmpty() || !input.isValid() || options.batch < 1 || options.threads < 1
        || (formText != QLatin1String("float") && formText != QLatin1String("quantized"))) {
        std::fprintf(stderr, "quantbench-probe: a model, a valid --input, --batch >= 1 and --threads >= 1 are needed. %s\n",
                     qPrintable(error));
        return 2;
    }
    const MemoryProbe probe = measureHere(path, formText == QLatin1String("float") ? ProbeForm::Float : ProbeForm::Quantized,
                                          input, options);
    std::printf("%s\n", QJsonDocument(probe.toJson()).toJson(QJsonDocument::Compact).constData());
    return probe.valid ? 0 : 1;
}

} // namespace qb
