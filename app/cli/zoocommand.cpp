#include "cli/cli.h"
#include "cli/clioutput.h"
#include "util/limits.h"

#include "model/modeldocument.h"
#include "model/zoo.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <unistd.h>

QB_DECLARE_TR_FUNCTIONS(qb::cli)

namespace qb::cli {

namespace {

struct TrainOptionSet {
    const QCommandLineOption &epochs, &lr, &samples, &data, &threads;
};

/// Epochs, learning rate, sample count, data folder and threads; a usage error sentence, or empty.
QString readTrainOptions(const QCommandLineParser &parser, const TrainOptionSet &o, TrainOptions *options)
{
    if (QString e = readInt(parser, o.epochs, 1, limits::kMaxEpochs, &options->epochs); !e.isEmpty())
        return e;
    if (QString e = readReal(parser, o.lr, 1e-12, 10.0, &options->learningRate); !e.isEmpty())
        return e;
    if (parser.isSet(o.samples)) {
        int n = 0;
        if (QString e = readInt(parser, o.samples, 1, 1 << 30, &n); !e.isEmpty())
            return e;
        options->train.maxBatches = (n + options->train.batchSize - 1) / options->train.batchSize;
    }
    if (parser.isSet(o.data)) {
        options->train.path = parser.value(o.data);
        options->test.path = parser.value(o.data);
    }
    if (parser.isSet(o.threads)) {
        if (QString e = readInt(parser, o.threads, 1, limits::kMaxThreads, &options->threads); !e.isEmpty())
            return e;
    }
    return {};
}

/// When a trained zoo model is already at `path`, says so and returns true.
bool reportCached(const QString &path, QTextStream &out)
{
    if (!QFileInfo::exists(path))
        return false;
    const auto opened = ModelDocument::open(path);
    const QJsonObject training = opened ? opened.document->info().quantbenchJson.value(QStringLiteral("training")).toObject()
                                        : QJsonObject();
    // Not a trained zoo model (or unreadable): it is trained again and replaced.
    if (training.isEmpty())
        return false;
    out << tr("cached %1: test accuracy %2% after %3 epochs\n")
               .arg(path)
               .arg(training.value(QStringLiteral("test_top1")).toDouble() * 100, 0, 'f', 2)
               .arg(training.value(QStringLiteral("epochs")).toInt());
    return true;
}

} // namespace

int zooCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Build a model of QuantBench's zoo, untrained or trained on Fashion-MNIST."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Model: %1.").arg(zooModelNames().join(QLatin1String(", "))));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Where to write the TorchScript archive (default with "
                                                                 "--train: the cache in the user's data folder)."), tr("FILE"));
    const QCommandLineOption train(QStringLiteral("train"), tr("Train on Fashion-MNIST's training split and report test accuracy."));
    const QCommandLineOption epochs(QStringLiteral("epochs"), tr("Training epochs (default 2)."), tr("N"), QStringLiteral("2"));
    const QCommandLineOption lr(QStringLiteral("lr"), tr("Adam learning rate (default 1e-3)."), tr("X"), QStringLiteral("1e-3"));
    const QCommandLineOption samples(QStringLiteral("train-samples"), tr("Train on the first N shuffled samples only."), tr("N"));
    const QCommandLineOption data(QStringLiteral("data"), tr("MNIST-style folder (default: Debian's Fashion-MNIST)."), tr("DIR"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Intra-op threads while training (default: all cores)."), tr("N"));
    const QCommandLineOption cached(QStringLiteral("cached"), tr("With --train: reuse the trained model if it is already there."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 0)."), tr("N"), QStringLiteral("0"));
    parser.addOptions({outOption, train, epochs, lr, samples, data, threads, cached, seedOption});
    if (const auto stop = parseOptions(parser, args, out, err))
        return *stop;
    auto usage = [&err](const QString &message) { return usageError(err, message); };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !zooModelNames().contains(positional.first()))
        return usage(tr("name one zoo model: %1.").arg(zooModelNames().join(QLatin1String(", "))));
    const QString name = positional.first();
    bool ok = false;
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed takes a whole number, got \"%1\".").arg(parser.value(seedOption)));

    if (!parser.isSet(train)) {
        if (!parser.isSet(outOption))
            return usage(tr("say where to write the model with --out FILE (or add --train)."));
        QString error;
        if (!buildZooModel(name, parser.value(outOption), seed, &error)) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
        out << tr("wrote %1 (untrained %2, %3 bytes)\n").arg(parser.value(outOption), name).arg(QFileInfo(parser.value(outOption)).size());
        return Ok;
    }

    TrainOptions options;
    if (name == QLatin1String("bert")) {
        // The text model trains on the token task, not Fashion-MNIST.
        QString error;
        options = textTrainOptions(&error);
        if (!error.isEmpty()) {
            err << tr("error: %1\n").arg(error);
            return InputError;
        }
        if (parser.isSet(data))
            return usage(tr("--data does not apply to bert, which trains on the token task."));
    }
    options.seed = seed;
    if (const QString problem = readTrainOptions(parser, {epochs, lr, samples, data, threads}, &options); !problem.isEmpty())
        return usage(problem);
    const QString path = parser.isSet(outOption) ? parser.value(outOption) : zooCachePath(name, options);
    if (parser.isSet(cached) && reportCached(path, out))
        return Ok;
    const bool terminal = isatty(fileno(stderr));
    const TrainReport report = trainZooModel(name, path, options, [&](int epoch, double fraction, double loss) {
        if (terminal)
            err << QStringLiteral("\rtraining %1: epoch %2/%3, %4%, loss %5   ")
                       .arg(name).arg(epoch).arg(options.epochs).arg(int(fraction * 100)).arg(loss, 0, 'f', 4)
                << Qt::flush;
    });
    if (terminal)
        err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (!report.ok) {
        err << tr("error: %1\n").arg(report.cancelled ? tr("training was cancelled") : report.error);
        return InputError;
    }
    for (int e = 0; e < report.epochSeconds.size(); ++e)
        out << tr("epoch %1: loss %2, %3 s\n").arg(e + 1).arg(report.epochLoss.at(e), 0, 'f', 4).arg(report.epochSeconds.at(e), 0, 'f', 1);
    out << tr("test accuracy %1% on %2 samples (%3 threads)\n").arg(report.testTop1 * 100, 0, 'f', 2).arg(report.testSamples).arg(report.threads);
    out << tr("saved %1\n").arg(path);
    return Ok;
}

} // namespace qb::cli
