#include "layertreemodel.h"
#include "model/modeldocument.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace qb;

class TestLayerTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelIsConsistent()
    {
        LayerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (const char *file : {"cnn_scripted.pt", "transformer.pt", "lstm.pt"}) {
            const auto result = ModelDocument::open(test::fixture(QLatin1String(file)));
            QVERIFY(result);
            model.setDocument(result.document);
            QCOMPARE(model.rowCount(), 1);
        }
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsShowTheLayers()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("transformer.pt")));
        QVERIFY(result);
        LayerTreeModel model;
        model.setDocument(result.document);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("TinyTransformer (model)"));
        QCOMPARE(model.rowCount(root), 3); // embed, encoder, head
        const int outProj = result.document->info().indexOf(QStringLiteral("encoder.layers.0.self_attn.out_proj"));
        const QModelIndex proj = model.indexForLayer(outProj);
        QCOMPARE(proj.data().toString(), QStringLiteral("out_proj"));
        QCOMPARE(proj.data(LayerTreeModel::QualifiedNameRole).toString(),
                 QStringLiteral("encoder.layers.0.self_attn.out_proj"));
        QCOMPARE(model.index(proj.row(), LayerTreeModel::TypeColumn, proj.parent()).data().toString(),
                 QStringLiteral("NonDynamicallyQuantizableLinear"));
        QCOMPARE(model.index(proj.row(), LayerTreeModel::QuantColumn, proj.parent()).data().toString(),
                 QStringLiteral("static, QAT"));
        QCOMPARE(model.index(proj.row(), LayerTreeModel::ParamsColumn, proj.parent()).data(LayerTreeModel::SortRole).toLongLong(),
                 qint64(32 * 32 + 32));
        QCOMPARE(proj.parent().data(LayerTreeModel::QualifiedNameRole).toString(),
                 QStringLiteral("encoder.layers.0.self_attn"));
    }

    void choicesAreEditableAndApplied()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(result);
        LayerTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(result.document);
        const int conv1 = result.document->info().indexOf(QStringLiteral("conv1"));
        const int bn1 = result.document->info().indexOf(QStringLiteral("bn1"));
        const int fc1 = result.document->info().indexOf(QStringLiteral("fc1"));
        const QModelIndex convMode = model.indexForLayer(conv1, LayerTreeModel::ModeColumn);
        QVERIFY(model.flags(convMode) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.indexForLayer(bn1, LayerTreeModel::ModeColumn)) & Qt::ItemIsEditable));
        QCOMPARE(convMode.data().toString(), QStringLiteral("default"));
        // A convolution offers no dynamic mode.
        QStringList offered;
        for (const QVariant &c : convMode.data(LayerTreeModel::ChoicesRole).toList())
            offered << c.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered, (QStringList{QString(), "float", "static", "qat"}));
        QVERIFY(!model.setData(convMode, QStringLiteral("dynamic")));
        QVERIFY(model.setData(convMode, QStringLiteral("float")));
        QCOMPARE(convMode.data().toString(), QStringLiteral("float"));
        QVERIFY(model.setData(model.indexForLayer(fc1, LayerTreeModel::WeightsColumn), QStringLiteral("per-channel-symmetric")));
        QCOMPARE(model.choices().size(), 2);
        QVERIFY(!model.setData(model.indexForLayer(fc1, LayerTreeModel::ObserverColumn), QStringLiteral("median")));
        QVERIFY(model.setData(model.indexForLayer(fc1, LayerTreeModel::ObserverColumn), QStringLiteral("percentile:99.99")));

        QuantConfig config = QuantConfig::preset(QStringLiteral("onednn"));
        config.defaults.weightScheme = WeightScheme::PerTensorSymmetric;
        model.applyChoices(&config);
        QCOMPARE(config.forLayer(QStringLiteral("conv1")).mode, QuantMode::Float);
        QCOMPARE(config.forLayer(QStringLiteral("conv2")).mode, QuantMode::Static);
        QCOMPARE(config.forLayer(QStringLiteral("fc1")).weightScheme, WeightScheme::PerChannelSymmetric);
        QCOMPARE(config.forLayer(QStringLiteral("fc2")).weightScheme, WeightScheme::PerTensorSymmetric);
        QCOMPARE(config.forLayer(QStringLiteral("fc1")).observer, ObserverKind::Percentile);
        QCOMPARE(config.forLayer(QStringLiteral("fc2")).observer, config.defaults.observer);
        // "default" clears a choice.
        QVERIFY(model.setData(convMode, QString()));
        QCOMPARE(model.choices().size(), 1);
        model.clearChoices();
        QVERIFY(model.choices().isEmpty());
    }
};

QTEST_MAIN(TestLayerTreeModel)
#include "tst_layertreemodel.moc"
