#pragma once

#include "model/inputspec.h"
#include "model/modelinfo.h"

#include <QString>

#include <memory>

namespace qb {

/// An opened TorchScript model: its layer tree and metadata (ModelInfo) plus, privately, the
/// LibTorch module the engine works on. Immutable after open(), so views on the GUI thread may read
/// info() while a worker computes statistics; statistics() is serialised internally.
class ModelDocument final
{
public:
    /// Why a file could not be opened; the CLI maps every one of these to exit code 3.
    enum class OpenError {
        None,
        NotFound,
        IsDirectory,
        NotRegularFile, ///< a device, pipe or socket
        Unreadable,
        Empty,
        NotZip,
        LegacyPickle,
        Corrupt,
        StateDict,
        EagerPickle,
        WrongEngine, ///< a quantized archive packed for an engine this build lacks
    };

    struct OpenOptions {
        InputSpec input;          ///< a user-given input spec wins over the archive's and the guess
        bool guessByTrialRun = true; ///< check a guessed input shape by running forward() on zeros
    };

    struct OpenResult {
        std::shared_ptr<ModelDocument> document;
        OpenError error = OpenError::None;
        QString message; ///< one line: what is wrong and what to do

        explicit operator bool() const { return document != nullptr; }
    };

    /// Opens a TorchScript archive. Blocking (it loads every tensor): call it from a worker thread in
    /// the GUI. Never throws; every failure comes back as a message a user can act on.
    static OpenResult open(const QString &path, const OpenOptions &options);
    static OpenResult open(const QString &path) { return open(path, OpenOptions()); }

    /// The checks open() makes before LibTorch reads the archive: the file's kind and size, the zip's
    /// table of contents, TorchScript's records and the quantbench.json metadata. A failure (with
    /// `document` null) or success (also null): for the archive fuzzer and quick checks.
    static OpenResult precheck(const QString &path);

    ~ModelDocument();
    Q_DISABLE_COPY_MOVE(ModelDocument)

    const ModelInfo &info() const { return m_info; }

    /// The layer's tensors with statistics (min, max, mean, std, per-output-channel ranges),
    /// computed on first request and cached. Any thread.
    QVector<TensorInfo> statistics(int layerIndex) const;

    /// Replaces the input spec (with one read off the data the model is about to run on). Only while
    /// the caller is the document's sole owner: before it is shared with another thread or view.
    void adoptInput(const InputSpec &input);

    /// A copy of info() with the statistics of every layer filled in. Any thread.
    ModelInfo infoWithStatistics() const;

    /// SHA-256 of the file as opened, computed on first request. Any thread.
    QString sha256() const;

    struct Private;
    /// Core-internal: the LibTorch side (modeldocument_p.h). Not for use outside core/.
    Private *d() const { return m_d.get(); }

private:
    ModelDocument();

    ModelInfo m_info;
    std::unique_ptr<Private> m_d;
};

} // namespace qb
