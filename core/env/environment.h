#pragma once

#include "quant/engine.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace qb {

/// What the machine and this LibTorch build offer for int8 work, read at run time.
struct EnvironmentReport {
    QString quantbenchVersion;
    QString torchVersion;
    QString qtVersion;
    QList<QuantEngine> engines;    ///< quantized engines this build supports
    QuantEngine currentEngine = QuantEngine::None;
    QString cpuModel;
    QMap<QString, bool> isa;       ///< avx2, avx512f, avx512_vnni, avx_vnni, amx
    QString blas;                  ///< "OpenBLAS 0.3.21 (openmp)", "reference BLAS", ...
    QString blasLibrary;           ///< the file that provides sgemm_
    bool referenceBlas = false;
    double matmulGflops = 0;       ///< measured: 256x256x256 fp32 matmul, best of a few runs
    int intraOpThreads = 0;
    int interOpThreads = 0;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    QString hostName;
    QStringList warnings;          ///< sentences a user should read, e.g. the reference-BLAS warning

    QJsonObject toJson() const;
    QString toText() const;
};

/// Collects the report. Measures one small matmul (a few milliseconds). Any thread.
EnvironmentReport collectEnvironment();

/// Quantized engines this LibTorch build supports, lowercase, in LibTorch's order.
QList<QuantEngine> supportedEngines();
QuantEngine currentEngine();
/// The engine a new session starts with: the fastest int8 kernels this build has on this kind of
/// CPU (x86: onednn, then x86, then fbgemm; else qnnpack). Reads the build's list; sets nothing.
QuantEngine preferredEngine();

/// Makes `engine` the current quantized engine. Returns false and sets *error (naming the engines
/// that exist) when this build lacks it. Process-wide: call before starting jobs.
bool setCurrentEngine(QuantEngine engine, QString *error);

/// Sets LibTorch's intra-op thread count (process-wide). Values < 1 are ignored.
void setIntraOpThreads(int threads);
int intraOpThreads();

/// Sets the intra-op thread count for a scope (0 or less: every core) and restores the previous count.
class ScopedIntraOpThreads final
{
public:
    explicit ScopedIntraOpThreads(int threads);
    ~ScopedIntraOpThreads();
    Q_DISABLE_COPY_MOVE(ScopedIntraOpThreads)

    int threads() const { return m_threads; }

private:
    int m_previous;
    int m_threads;
};

} // namespace qb
