// Sweeps: a grid of experiment specs from one file, split into shards that separate processes (a
// Slurm job array, GNU parallel, Kubernetes indexed jobs) run independently.

#include "experiment/sweep.h"
#include "experiment/experimentrunner.h"
#include "model/modeldocument.h"
#include "store/experimentstore.h"
#include "util/limits.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

QB_DECLARE_TR_FUNCTIONS(qb::Sweep)

namespace qb {

namespace {

/// The most items one sweep plans (each is an experiment of seconds to hours).
constexpr qint64 kMaxSweepItems = 100000;

/// The grid's lists, as read; an empty list leaves the base spec's value.
struct Grid {
    QStringList models;
    QStringList modes;
    QStringList engines;
    QStringList weightSchemes;
    QStringList observers;
    QVector<QStringList> floatLayers; ///< each entry: the layers kept float in one item
    bool eachLayer = false;           ///< "each": one item per quantizable layer, besides the entries
};

/// Reads a list of strings at grid.KEY, each checked by `valid` (which names the problem).
bool readStrings(const QJsonObject &grid, const char *key, QStringList *out, QString *error,
                 const std::function<QString(const QString &)> &valid)
{
    const QJsonValue v = grid.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray() || v.toArray().isEmpty()) {
        *error = tr("\"grid.%1\" must be a non-empty list of strings.").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            *error = tr("\"grid.%1\" must be a non-empty list of strings.").arg(QLatin1String(key));
            return false;
        }
        if (const QString problem = valid(item.toString()); !problem.isEmpty()) {
            *error = tr("In \"grid.%1\": %2").arg(QLatin1String(key), problem);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readFloatLayers(const QJsonObject &grid, Grid *out, QString *error)
{
    const QJsonValue v = grid.value(QStringLiteral("float_layers"));
    if (v.isUndefined())
        return true;
    const QString shape = tr("\"grid.float_layers\" must be a list whose entries are lists of layer names (the layers "
                             "one item keeps float; [] for none) or \"each\" (one item per quantizable layer).");
    const QJsonArray entries = v.isString() ? QJsonArray{v} : v.toArray();
    if ((!v.isArray() && !v.isString()) || entries.isEmpty()) {
        *error = shape;
        return false;
    }
    for (const QJsonValue &entry : entries) {
        if (entry.isString() && entry.toString() == QLatin1String("each")) {
            out->eachLayer = true;
            continue;
        }
        if (!entry.isArray()) {
            *error = shape;
            return false;
        }
        QStringList layers;
        for (const QJsonValue &layer : entry.toArray()) {
            if (!layer.isString() || layer.toString().isEmpty()) {
                *error = shape;
                return false;
            }
            layers << layer.toString();
        }
        out->floatLayers.append(layers);
    }
    return true;
}

std::optional<Grid> readGrid(const QJsonObject &grid, QString *error)
{
    static const QSet<QString> known{QStringLiteral("models"), QStringLiteral("modes"), QStringLiteral("engines"),
                                     QStringLiteral("weight_schemes"), QStringLiteral("observers"),
                                     QStringLiteral("float_layers")};
    for (auto it = grid.begin(); it != grid.end(); ++it)
        if (!known.contains(it.key())) {
            *error = tr("Unknown key \"grid.%1\" in the sweep file: a grid varies models, modes, engines, "
                        "weight_schemes, observers and float_layers.").arg(it.key());
            return std::nullopt;
        }
    Grid g;
    const bool ok =
        readStrings(grid, "models", &g.models, error,
                    [](const QString &m) { return m.isEmpty() ? tr("a model path is empty.") : QString(); })
        && readStrings(grid, "modes", &g.modes, error, [](const QString &m) {
               const auto mode = modeFromName(m);
               return mode && *mode != QuantMode::WeightOnly
                   ? QString()
                   : tr("\"%1\" is not a mode: use float, dynamic, static or qat.").arg(m);
           })
        && readStrings(grid, "engines", &g.engines, error, [](const QString &e) {
               return engineFromName(e) && *engineFromName(e) != QuantEngine::None
                   ? QString()
                   : tr("\"%1\" is not an engine: use onednn, qnnpack, fbgemm or x86.").arg(e);
           })
        && readStrings(grid, "weight_schemes", &g.weightSchemes, error, [](const QString &s) {
               return weightSchemeFromName(s) ? QString()
                                              : tr("\"%1\" is not a weight scheme: use per-tensor-affine, "
                                                   "per-tensor-symmetric, per-channel-symmetric or "
                                                   "per-channel-affine.").arg(s);
           })
        && readStrings(grid, "observers", &g.observers, error, [](const QString &o) {
               LayerQuantConfig probe;
               QString why;
               return parseObserver(o, &probe, &why) ? QString() : why;
           })
        && readFloatLayers(grid, &g, error);
    if (!ok)
        return std::nullopt;
    return g;
}

/// The "search" object of a search sweep: budget, objective, ranking and trial limit.
std::optional<SweepSearch> readSearch(const QJsonObject &json, QString *error)
{
    static const QSet<QString> known{QStringLiteral("max_accuracy_drop"), QStringLiteral("min_agreement"),
                                     QStringLiteral("objective"), QStringLiteral("ranking"), QStringLiteral("max_trials")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key())) {
            *error = tr("Unknown key \"search.%1\" in the sweep file: a search holds max_accuracy_drop, min_agreement, "
                        "objective, ranking and max_trials.").arg(it.key());
            return std::nullopt;
        }
    SweepSearch search;
    const QJsonValue drop = json.value(QStringLiteral("max_accuracy_drop"));
    if (!drop.isUndefined()) {
        if (!drop.isDouble() || drop.toDouble() < 0 || drop.toDouble() > 100) {
            *error = tr("\"search.max_accuracy_drop\" is the largest top-1 drop against float in points, from 0 to 100 "
                        "(0.5 = half a point).");
            return std::nullopt;
        }
        search.budget.maxAccuracyDrop = drop.toDouble() / 100.0;
    }
    const QJsonValue agreement = json.value(QStringLiteral("min_agreement"));
    if (!agreement.isUndefined()) {
        QString why;
        const double share = agreement.isDouble()
            ? parseShare(QString::number(agreement.toDouble(), 'g', 17), QStringLiteral("search.min_agreement"), &why)
            : -1;
        if (share < 0) {
            *error = tr("\"search.min_agreement\" is the smallest share of predictions equal to float's: a number such "
                        "as 0.99 or 99.");
            return std::nullopt;
        }
        search.budget.minAgreement = share;
    }
    if (!search.budget.isSet()) {
        *error = tr("\"search\" needs a budget: \"max_accuracy_drop\" (points) or \"min_agreement\" (share).");
        return std::nullopt;
    }
    const QJsonValue objective = json.value(QStringLiteral("objective"));
    if (!objective.isUndefined()) {
        const auto o = searchObjectiveFromName(objective.toString());
        if (!objective.isString() || !o) {
            *error = tr("\"search.objective\" is \"latency\" or \"size\".");
            return std::nullopt;
        }
        search.objective = *o;
    }
    const QJsonValue ranking = json.value(QStringLiteral("ranking"));
    if (!ranking.isUndefined()) {
        const auto m = sweepModeFromName(ranking.toString());
        if (!ranking.isString() || !m) {
            *error = tr("\"search.ranking\" is \"one-on\" or \"one-off\".");
            return std::nullopt;
        }
        search.ranking = *m;
    }
    const QJsonValue trials = json.value(QStringLiteral("max_trials"));
    if (!trials.isUndefined()) {
        const double n = trials.toDouble(-1);
        if (!trials.isDouble() || n < 1 || n > 10000 || n != std::floor(n)) {
            *error = tr("\"search.max_trials\" is a whole number from 1 to 10000.");
            return std::nullopt;
        }
        search.maxTrials = int(n);
    }
    return search;
}

/// The ranking file of a search sweep, beside the sweep file: named by what it ranks (the base spec
/// and the ranking mode), so a changed spec gets a new ranking and sweeps of one spec share one.
QString rankingFilePath(const QString &folder, const ExperimentSpec &base, SweepMode mode)
{
    const QString key = specHash(base.toJson()) + QLatin1Char('/') + sweepModeName(mode);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QDir(folder).filePath(QStringLiteral("quantbench-ranking-%1.json").arg(digest.left(12)));
}

/// The quantizable layers of a spec's model, for "float_layers": "each".
std::optional<QStringList> quantizableLayers(const ExperimentSpec &spec, QString *error)
{
    QString why;
    const auto document = openSpecModel(spec, &why);
    if (!document) {
        *error = tr("\"float_layers\": \"each\" needs the layers of %1, which cannot be opened: %2").arg(spec.modelPath, why);
        return std::nullopt;
    }
    QStringList layers;
    for (const LayerInfo &layer : document->info().layers)
        if (layer.kind.quantizable)
            layers << layer.name;
    return layers;
}

/// One value of each axis, applied to the base spec.
struct Choice {
    QString model, mode, engine, scheme, observer;
    QStringList floatLayers;
};

SweepItem makeItem(const ExperimentSpec &base, const QString &name, const Choice &c)
{
    SweepItem item;
    ExperimentSpec &spec = item.spec;
    spec = base;
    QStringList parts;
    auto vary = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        item.axes.insert(QLatin1String(key), value);
        parts << value;
    };
    if (!c.model.isEmpty()) {
        spec.modelPath = c.model;
        item.axes.insert(QStringLiteral("model"), c.model);
        parts << QFileInfo(c.model).fileName();
    }
    if (c.mode == QLatin1String("float")) {
        // A float baseline: nothing of the quantization axes applies, so every combination of them
        // is the same item.
        spec.quantize = false;
        vary("mode", c.mode);
    } else {
        spec.quantize = true;
        if (!c.mode.isEmpty() || !c.engine.isEmpty()) {
            // A mode or engine starts from PyTorch's default qconfig for it; the base's per-layer
            // overrides stay.
            const QuantEngine engine = c.engine.isEmpty() ? base.quantization.engine : *engineFromName(c.engine);
            const QuantMode mode = c.mode.isEmpty() ? base.quantization.defaults.mode : *modeFromName(c.mode);
            const QMap<QString, LayerQuantConfig> overrides = spec.quantization.layers;
            spec.quantization = QuantConfig::preset(engine, mode);
            spec.quantization.layers = overrides;
        }
        vary("mode", c.mode);
        vary("engine", c.engine);
        if (!c.scheme.isEmpty())
            spec.quantization.defaults.weightScheme = *weightSchemeFromName(c.scheme);
        vary("weight_scheme", c.scheme);
        if (!c.observer.isEmpty()) {
            QString unused;
            parseObserver(c.observer, &spec.quantization.defaults, &unused);
        }
        vary("observer", c.observer);
        for (const QString &layer : c.floatLayers)
            spec.quantization.setLayerMode(layer, QuantMode::Float);
        if (!c.floatLayers.isEmpty()) {
            item.axes.insert(QStringLiteral("float_layers"), QJsonArray::fromStringList(c.floatLayers));
            parts << tr("float %1").arg(c.floatLayers.join(QLatin1Char('+')));
        }
    }
    spec.label = parts.isEmpty() ? name : QStringLiteral("%1: %2").arg(name, parts.join(QLatin1Char(' ')));
    item.specSha256 = specHash(spec.toJson());
    item.id = item.specSha256.left(12);
    return item;
}

/// The axis values to loop over: the list, or one empty value meaning "as the base has it".
QStringList orBase(const QStringList &values)
{
    return values.isEmpty() ? QStringList{QString()} : values;
}

} // namespace

std::optional<Sweep> Sweep::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the sweep file %1: %2").arg(path, QFileInfo::exists(path) ? file.errorString() : tr("it does not exist"));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 << 20), &parse);
    if (!doc.isObject()) {
        *error = tr("%1 is not a sweep file: %2").arg(path, parse.error != QJsonParseError::NoError
                                                                  ? tr("%1 at byte %2").arg(parse.errorString()).arg(parse.offset)
                                                                  : tr("it holds no JSON object"));
        return std::nullopt;
    }
    auto sweep = fromJson(doc.object(), QFileInfo(path).absolutePath(), error);
    if (sweep && sweep->search && !sweep->planFromRankingFile(error) && !error->isEmpty())
        return std::nullopt;
    if (sweep) {
        sweep->path = QFileInfo(path).absoluteFilePath();
        if (sweep->name.isEmpty())
            sweep->name = QFileInfo(path).completeBaseName();
    }
    return sweep;
}

std::optional<Sweep> Sweep::fromJson(const QJsonObject &json, const QString &folder, QString *error)
{
    static const QSet<QString> known{QStringLiteral("name"), QStringLiteral("spec"), QStringLiteral("grid"),
                                     QStringLiteral("search")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key())) {
            *error = tr("Unknown key \"%1\" in the sweep file: it holds \"name\", \"spec\", and \"grid\" or "
                        "\"search\".").arg(it.key());
            return std::nullopt;
        }
    if (json.contains(QStringLiteral("grid")) && json.contains(QStringLiteral("search"))) {
        *error = tr("A sweep file holds \"grid\" or \"search\", not both: a search plans its own items from a "
                    "sensitivity ranking. Write two sweep files.");
        return std::nullopt;
    }
    Sweep sweep;
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isUndefined() && !name.isString()) {
        *error = tr("\"name\" must be a string.");
        return std::nullopt;
    }
    sweep.name = name.toString();
    const QDir dir(folder);
    // The base spec: inline, or a spec file beside the sweep file.
    QJsonObject specJson;
    const QJsonValue spec = json.value(QStringLiteral("spec"));
    if (spec.isString()) {
        QFile file(dir.absoluteFilePath(spec.toString()));
        const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.read(16 << 20)) : QJsonDocument();
        if (!doc.isObject()) {
            *error = tr("\"spec\" names %1, which cannot be read as an experiment spec (JSON).").arg(file.fileName());
            return std::nullopt;
        }
        specJson = doc.object();
    } else if (spec.isObject()) {
        specJson = spec.toObject();
    } else {
        *error = tr("The sweep file needs \"spec\": the experiment spec every item starts from, inline or as a file "
                    "name (quantbench-cli spec --example writes one).");
        return std::nullopt;
    }
    QString why;
    const ExperimentSpec base = ExperimentSpec::fromJson(specJson, &why);
    if (!why.isEmpty()) {
        *error = tr("In \"spec\": %1").arg(why);
        return std::nullopt;
    }
    const QJsonValue gridJson = json.value(QStringLiteral("grid"));
    if (!gridJson.isUndefined() && !gridJson.isObject()) {
        *error = tr("\"grid\" must be an object.");
        return std::nullopt;
    }
    const auto grid = readGrid(gridJson.toObject(), error);
    if (!grid)
        return std::nullopt;

    // Relative paths (the model's and the data's) are the sweep file's, so that every task, started
    // from whatever folder a scheduler picks, reads the same files.
    ExperimentSpec baseSpec = base;
    if (!baseSpec.modelPath.isEmpty())
        baseSpec.modelPath = dir.absoluteFilePath(baseSpec.modelPath);
    for (DataSpec *data : {&baseSpec.calibration, &baseSpec.evaluation, &baseSpec.qat.training})
        if (!data->path.isEmpty())
            data->path = dir.absoluteFilePath(data->path);
    sweep.base = baseSpec;
    if (json.contains(QStringLiteral("search"))) {
        const QJsonValue searchJson = json.value(QStringLiteral("search"));
        if (!searchJson.isObject()) {
            *error = tr("\"search\" must be an object: {\"max_accuracy_drop\": 0.5} at least.");
            return std::nullopt;
        }
        sweep.search = readSearch(searchJson.toObject(), error);
        if (!sweep.search)
            return std::nullopt;
        if (!sweep.base.quantize) {
            *error = tr("A search sweep needs a quantizing spec (\"quantize\": true): it chooses layers to keep float.");
            return std::nullopt;
        }
        sweep.rankingPath = rankingFilePath(folder, sweep.base, sweep.search->ranking);
        return sweep; // items come from the ranking (planFromRankingFile)
    }
    QStringList models;
    for (const QString &m : grid->models)
        models << dir.absoluteFilePath(m);
    // A grid multiplies: refuse one too large to plan before building it (counted factor by factor,
    // so no product can overflow; "each" counts its layers once they are known).
    auto combinations = [](const QVector<qint64> &factors) {
        qint64 product = 1;
        for (const qint64 factor : factors)
            if ((product *= std::max<qint64>(1, factor)) > kMaxSweepItems)
                return kMaxSweepItems + 1;
        return product;
    };
    auto refuse = [&] {
        *error = tr("The grid makes more than the %1 combinations one sweep plans: split it into several sweep files.")
                     .arg(kMaxSweepItems);
        return std::nullopt;
    };
    const QVector<qint64> perModel{grid->modes.size(), grid->engines.size(), grid->weightSchemes.size(),
                                   grid->observers.size()};
    if (combinations(perModel + QVector<qint64>{models.size(), grid->floatLayers.size() + (grid->eachLayer ? 1 : 0)})
        > kMaxSweepItems)
        return refuse();
    QSet<QString> seen;
    for (const QString &model : orBase(models)) {
        QVector<QStringList> floatLayers = grid->floatLayers;
        if (grid->eachLayer) {
            ExperimentSpec forModel = baseSpec;
            if (!model.isEmpty())
                forModel.modelPath = model;
            const auto layers = quantizableLayers(forModel, error);
            if (!layers)
                return std::nullopt;
            for (const QString &layer : *layers)
                floatLayers.append({layer});
        }
        if (floatLayers.isEmpty())
            floatLayers.append(QStringList());
        if (sweep.items.size() + combinations(perModel + QVector<qint64>{floatLayers.size()}) > kMaxSweepItems)
            return refuse();
        for (const QString &mode : orBase(grid->modes))
            for (const QString &engine : orBase(grid->engines))
                for (const QString &scheme : orBase(grid->weightSchemes))
                    for (const QString &observer : orBase(grid->observers))
                        for (const QStringList &layers : std::as_const(floatLayers)) {
                            SweepItem item = makeItem(baseSpec, sweep.name.isEmpty() ? tr("sweep") : sweep.name,
                                                      Choice{model, mode, engine, scheme, observer, layers});
                            if (seen.contains(item.specSha256))
                                continue;
                            seen.insert(item.specSha256);
                            item.index = int(sweep.items.size());
                            sweep.items.append(item);
                        }
    }
    return sweep;
}

void Sweep::planSearch(const SweepRanking &ranking)
{
    items.clear();
    if (!search)
        return;
    const QString prefix = name.isEmpty() ? tr("sweep") : name;
    // k stops one short of every ranked layer: with all of them float nothing would be quantized.
    const int count = int(std::min<qint64>(search->maxTrials, std::max<qint64>(1, ranking.layers.size())));
    for (int k = 0; k < count; ++k) {
        SweepItem item = makeItem(base, prefix, Choice{{}, {}, {}, {}, {}, ranking.layers.mid(0, k)});
        item.axes.insert(QStringLiteral("search_step"), k);
        item.index = k;
        items.append(item);
    }
}

QVector<SweepItem> Sweep::shard(int index, int count) const
{
    QVector<SweepItem> slice;
    for (const SweepItem &item : items)
        if (count > 0 && item.index % count == index)
            slice.append(item);
    return slice;
}

std::optional<ShardChoice> ShardChoice::parse(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        *error = tr("--shard takes I/N, shard I of N counted from 0 (e.g. 0/4 ... 3/4), not \"%1\".").arg(text);
        return std::nullopt;
    }
    ShardChoice choice{m.captured(1).toInt(), m.captured(2).toInt()};
    if (choice.count == 0) {
        *error = tr("--shard %1: the number of shards must be at least 1.").arg(text);
        return std::nullopt;
    }
    if (choice.index >= choice.count) {
        *error = tr("--shard %1: shards are counted from 0, so with %2 shards the index goes from 0 to %3.")
                     .arg(text).arg(choice.count).arg(choice.count - 1);
        return std::nullopt;
    }
    return choice;
}

QString describeAxes(const SweepItem &item)
{
    QStringList parts;
    for (const char *key : {"mode", "engine", "weight_scheme", "observer"})
        if (item.axes.contains(QLatin1String(key)))
            parts << item.axes.value(QLatin1String(key)).toString();
    if (item.axes.contains(QStringLiteral("float_layers"))) {
        QStringList layers;
        for (const QJsonValue &l : item.axes.value(QStringLiteral("float_layers")).toArray())
            layers << l.toString();
        parts << tr("float %1").arg(layers.join(QLatin1Char('+')));
    }
    return parts.isEmpty() ? tr("(the spec as given)") : parts.join(QLatin1Char(' '));
}

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Done: return QStringLiteral("done");
    case ItemState::Running: return QStringLiteral("running");
    case ItemState::Failed: return QStringLiteral("failed");
    case ItemState::Missing: return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

QVector<ExperimentRecord> sweepRuns(const QVector<SweepItem> &items, const ExperimentStore &store, QString *error)
{
    QStringList hashes;
    for (const SweepItem &item : items)
        hashes << item.specSha256;
    return store.runsOfSpecs(hashes, error);
}

QVector<ItemStatus> sweepStatus(const QVector<SweepItem> &items, const QVector<ExperimentRecord> &runs)
{
    QHash<QString, QVector<const ExperimentRecord *>> byHash;
    for (const ExperimentRecord &r : runs)
        byHash[r.specSha256].append(&r);
    QVector<ItemStatus> states;
    for (const SweepItem &item : items) {
        ItemStatus status;
        for (const ExperimentRecord *r : byHash.value(item.specSha256)) {
            // Done beats running beats failed; within one state, the latest row speaks.
            const ItemState state = r->status == ExperimentStatus::Finished  ? ItemState::Done
                                    : r->status == ExperimentStatus::Running ? ItemState::Running
                                                                             : ItemState::Failed;
            auto weight = [](ItemState s) {
                return s == ItemState::Done ? 3 : s == ItemState::Running ? 2 : s == ItemState::Failed ? 1 : 0;
            };
            if (weight(state) >= weight(status.state)) {
                status.state = state;
                status.experimentId = r->id;
                status.error = state == ItemState::Failed ? r->error : QString();
            }
        }
        states.append(status);
    }
    return states;
}

namespace {

/// A word for the shell, in single quotes.
QString shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// A value for an #SBATCH line: sbatch reads those lines with its own rules, where double quotes
/// group words and a backslash escapes the next character.
QString sbatchQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString slurmScript(const Sweep &sweep, const SlurmScriptOptions &o)
{
    QString jobName = sweep.name;
    jobName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    // The name goes into a comment line: a line break in it would end the #SBATCH block.
    const QString name = QString(sweep.name).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")),
                                                     QStringLiteral(" "));
    // Every .arg() below takes all its values at once, so a "%1" inside a path stays as it is.
    QStringList lines{
        QStringLiteral("#!/bin/bash"),
        sweep.awaitsRanking()
            ? QStringLiteral("# QuantBench search sweep \"%1\": up to %2 trials, planned from a ranking of the layers that "
                             "the first task to start computes, as a Slurm job array of %3 tasks.")
                  .arg(name, QString::number(sweep.search->maxTrials), QString::number(o.shards))
            : QStringLiteral("# QuantBench sweep \"%1\": %2 items as a Slurm job array of %3 tasks.")
                  .arg(name, QString::number(sweep.items.size()), QString::number(o.shards)),
        QStringLiteral("# Submit with: sbatch THIS_FILE. Progress: %1 sweep %2 --status --db %3")
            .arg(shellQuote(o.program), shellQuote(o.sweepFile), shellQuote(o.db)),
        QStringLiteral("# A task that was preempted can be resubmitted: it skips the items already finished."),
        QStringLiteral("#SBATCH --job-name=qb-%1").arg(jobName),
        QStringLiteral("#SBATCH --array=0-%1").arg(o.shards - 1),
        QStringLiteral("#SBATCH --ntasks=1"),
        QStringLiteral("#SBATCH --cpus-per-task=%1").arg(o.threads),
        // Slurm expands % in the file name: a % of the folder's own is written %%.
        QStringLiteral("#SBATCH --output=")
            + sbatchQuote(QString(o.logFolder).replace(QLatin1Char('%'), QLatin1String("%%")) + QStringLiteral("/%x-%A_%a.out")),
    };
    if (!o.partition.isEmpty())
        lines << QStringLiteral("#SBATCH --partition=%1").arg(o.partition);
    if (!o.timeLimit.isEmpty())
        lines << QStringLiteral("#SBATCH --time=%1").arg(o.timeLimit);
    QString command = QStringLiteral("exec %1 --threads %2 sweep %3 --shard \"${SLURM_ARRAY_TASK_ID}/%4\" --db %5")
                          .arg(shellQuote(o.program), QString::number(o.threads), shellQuote(o.sweepFile),
                               QString::number(o.shards), shellQuote(o.db));
    if (!o.artifacts.isEmpty())
        command += QStringLiteral(" --artifacts %1").arg(shellQuote(o.artifacts));
    lines << QStringLiteral("set -euo pipefail") << command;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace qb
