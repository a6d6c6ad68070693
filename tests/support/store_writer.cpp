// Test helper process: appends experiments to a log until told count is reached (0 = forever).
// Used by tst_store to kill a writer mid-run and to run two writers at once.
//   store_writer DB COUNT PREFIX

#include "store/experimentstore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: store_writer DB COUNT PREFIX\n");
        return 2;
    }
    QString error;
    auto store = qb::ExperimentStore::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    const long count = std::atol(argv[2]);
    const QString prefix = QString::fromLocal8Bit(argv[3]);
    for (long i = 0; count == 0 || i < count; ++i) {
        qb::ExperimentRecord r;
        r.modelPath = QStringLiteral("/models/cnn.pt");
        r.modelSha256 = QStringLiteral("abc");
        r.label = QStringLiteral("%1-%2").arg(prefix).arg(i);
        r.mode = qb::ExperimentMode::Static;
        r.engine = qb::QuantEngine::OneDnn;
        r.status = qb::ExperimentStatus::Finished;
        r.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        r.accuracy = 0.9;
        QVector<qb::LayerMetricRecord> layers;
        for (int l = 0; l < 5; ++l)
            layers << qb::LayerMetricRecord{QStringLiteral("layer%1").arg(l), qb::QuantMode::Static, 30.0 + l, 0.01};
        if (!store->addExperiment(r, layers, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%ld\n", i + 1);
        std::fflush(stdout);
    }
    return 0;
}
