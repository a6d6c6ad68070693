#pragma once

#include "experiment/experimentspec.h"
#include "quant/layerchoices.h"
#include "store/records.h"

#include <optional>

namespace qb {

struct ModelInfo;

/// The experiment a user asks for, in the words of the CLI's flags or of the GUI's experiment bar,
/// layer tree and Data dock. buildSpec() turns it into the ExperimentSpec every path runs, so
/// `quantize`, `run`, the GUI and the demo agree on what a choice means. Plain data; any thread.
struct SpecRequest {
    QString modelPath;
    QString inputShape;                ///< "1x1x28x28"; empty: the model's own
    QString label;                     ///< empty: "<mode> <engine> <weights>"
    ExperimentMode mode = ExperimentMode::Static; ///< Float: a float baseline; Hybrid: static convolutions, dynamic Linear layers
    QuantEngine engine = QuantEngine::OneDnn;
    std::optional<WeightScheme> weights; ///< unset: the engine preset's
    QString observer;                  ///< activation observer as parseObserver reads it; empty: the preset's
    QStringList skip;                  ///< layers (and their children) kept float
    QStringList only;                  ///< when set, the only layers quantized
    int embeddingBits = 8;             ///< 8 or 4: the row width of weight-only embeddings
    LayerChoices choices;              ///< per-layer choices, applied last
    std::optional<QuantConfig> config; ///< a whole config (a --config file): replaces mode, engine, weights, observer, skip, only
    DataSpec calibration;
    std::optional<DataSpec> evaluation; ///< unset: heldOutData(calibration)
    QatOptions qat;
    int benchmarkBatch = 64;
    int benchmarkRuns = 30;
    int benchmarkThreads = 1;
    bool benchmarkScaling = false;
    int threads = 0;
};

/// The quantization config a request asks for, before its per-layer choices: the engine preset for
/// the mode, the weight scheme and observer, the hybrid preset, skip and only. Sets *error (naming
/// the layer and listing the model's layers) when a name is not a layer of `info`.
std::optional<QuantConfig> requestConfig(const SpecRequest &request, const ModelInfo &info, QString *error);

/// The whole spec; checks layer names, the observer and the config against this build's engines.
std::optional<ExperimentSpec> buildSpec(const SpecRequest &request, const ModelInfo &info, QString *error);

/// The hybrid preset: every Linear layer PyTorch lets go dynamic is dynamic; the rest keeps the
/// config's (static) mode.
void applyHybridPreset(const ModelInfo &info, QuantConfig *config);

/// Data that calibration did not see, to evaluate on: the test split of an IDX folder (all of it),
/// another seed of synthetic data (as many batches), or the same file.
DataSpec heldOutData(const DataSpec &calibration);

/// "<mode> <engine> <weights>", the label of a run nobody named, in the user's language.
QString defaultLabel(ExperimentMode mode, QuantEngine engine, WeightScheme weights);

/// A Data dock row turned into a data spec: a data argument as DataSpec::fromArgument reads it, split
/// into batches of at most `batchSize` covering `samples`. Sets *error for a path that is gone.
DataSpec dataFromChoice(const QString &argument, const QString &defaultSplit, int samples, bool shuffle,
                        int batchSize, QString *error);

} // namespace qb
