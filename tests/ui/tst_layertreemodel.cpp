#include "layertreemodel.h"
#include "model/modeldocument.h"
#include "workbench/workbench.h"
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
        Workbench bench;
        LayerTreeModel model(&bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (const char *file : {"cnn_scripted.pt", "transformer.pt", "lstm.pt"}) {
            const auto result = ModelDocument::open(test::fixture(QLatin1String(file)));
            QVERIFY(result);
            bench.setDocument(result.document);
            QCOMPARE(model.rowCount(), 1);
        }
        bench.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsShowTheLayers()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("transformer.pt")));
        QVERIFY(result);
        Workbench bench;
        LayerTreeModel model(&bench);
        bench.setDocument(result.document);
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
                 QStringLiteral("static, dynamic, QAT"));
        QCOMPARE(model.index(proj.row(), LayerTreeModel::ParamsColumn, proj.parent()).data(LayerTreeModel::SortRole).toLongLong(),
                 qint64(32 * 32 + 32));
        QCOMPARE(proj.parent().data(LayerTreeModel::QualifiedNameRole).toString(),
                 QStringLiteral("encoder.layers.0.self_attn"));
    }

    void choicesAreEditableAndApplied()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(result);
        Workbench bench;
        LayerTreeModel model(&bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bench.setDocument(result.document);
        const int conv1 = result.document->info().indexOf(QStringLiteral("conv1"));
        const int bn1 = result.document->info().indexOf(QStringLiteral("bn1"));
        const int fc1 = result.document->info().indexOf(QStringLiteral("fc1"));
        const QModelIndex convMode = model.indexForLayer(conv1, LayerTreeModel::ModeColumn);
        QVERIFY(model.flags(convMode) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.indexForLayer(bn1, LayerTreeModel::ModeColumn)) & Qt::ItemIsEditable));
        // A layer that is not quantized by itself says what happens to it instead.
        QCOMPARE(model.indexForLayer(bn1, LayerTreeModel::ModeColumn).data().toString(), QStringLiteral("folded"));
        QVERIFY(model.indexForLayer(bn1, LayerTreeModel::ModeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("convolution")));
        // Before any choice, the layer follows the bar (static by default) and says so.
        QCOMPARE(convMode.data().toString(), QStringLiteral("static (default)"));
        QVERIFY(convMode.data(LayerTreeModel::FollowsDefaultRole).toBool());
        // A convolution offers no dynamic mode.
        QStringList offered;
        for (const QVariant &c : convMode.data(LayerTreeModel::ChoicesRole).toList())
            offered << c.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered, (QStringList{QString(), "float", "static", "qat"}));
        QVERIFY(!model.setData(convMode, QStringLiteral("dynamic")));
        QVERIFY(model.setData(convMode, QStringLiteral("float")));
        QCOMPARE(convMode.data().toString(), QStringLiteral("float"));
        QVERIFY(!convMode.data(LayerTreeModel::FollowsDefaultRole).toBool());
        // A float layer's weight scheme and observer are not used, and the tree says so.
        QCOMPARE(model.indexForLayer(conv1, LayerTreeModel::WeightsColumn).data().toString(), QStringLiteral("–"));
        QVERIFY(model.setData(model.indexForLayer(fc1, LayerTreeModel::WeightsColumn), QStringLiteral("per-channel-symmetric")));
        QCOMPARE(model.choices().size(), 2);
        QVERIFY(!model.setData(model.indexForLayer(fc1, LayerTreeModel::ObserverColumn), QStringLiteral("median")));
        QVERIFY(model.setData(model.indexForLayer(fc1, LayerTreeModel::ObserverColumn), QStringLiteral("percentile:99.99")));

        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
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

    void embeddingsAreWeightOnlyWithTheirRowWidth()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("bert_tiny.pt")));
        QVERIFY(result);
        Workbench bench;
        LayerTreeModel model(&bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bench.setDocument(result.document);
        const int embed = result.document->info().indexOf(QStringLiteral("tok_embed"));
        const QModelIndex mode = model.indexForLayer(embed, LayerTreeModel::ModeColumn);
        const QModelIndex weights = model.indexForLayer(embed, LayerTreeModel::WeightsColumn);
        // Under the bar's static mode an embedding is quantized weight-only: no warning, no refusal.
        QCOMPARE(mode.data().toString(), QStringLiteral("weight-only (default)"));
        QVERIFY(!mode.data(Qt::DecorationRole).isValid());
        QCOMPARE(weights.data().toString(), QStringLiteral("8-bit rows (default)"));
        QCOMPARE(model.indexForLayer(embed, LayerTreeModel::ObserverColumn).data().toString(), QStringLiteral("–"));
        QStringList offered;
        for (const QVariant &c : weights.data(LayerTreeModel::ChoicesRole).toList())
            offered << c.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("qint8"), QStringLiteral("quint4x2")}));
        QVERIFY(!model.setData(weights, QStringLiteral("per-channel-symmetric")));
        QVERIFY(model.setData(weights, QStringLiteral("quint4x2")));
        QCOMPARE(weights.data().toString(), QStringLiteral("4-bit rows"));
        QuantConfig config = QuantConfig::preset(QuantEngine::OneDnn);
        model.applyChoices(&config);
        QCOMPARE(config.forLayer(QStringLiteral("tok_embed")).weightDtype, QStringLiteral("quint4x2"));
        QCOMPARE(config.forLayer(QStringLiteral("pos_embed")).weightDtype, QStringLiteral("qint8"));
    }

    /// Before a run, the mode column shows what each layer will become under the bar's config,
    /// and why a layer will stay float.
    void effectiveModeFollowsTheBar()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("cnn_scripted.pt")));
        QVERIFY(result);
        const ModelInfo &info = result.document->info();
        Workbench bench;
        LayerTreeModel model(&bench);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        bench.setDocument(result.document);
        const QModelIndex convMode = model.indexForLayer(info.indexOf(QStringLiteral("conv1")), LayerTreeModel::ModeColumn);
        const QModelIndex fcMode = model.indexForLayer(info.indexOf(QStringLiteral("fc1")), LayerTreeModel::ModeColumn);
        const QModelIndex fcObserver = model.indexForLayer(info.indexOf(QStringLiteral("fc1")), LayerTreeModel::ObserverColumn);
        const QModelIndex fcWeights = model.indexForLayer(info.indexOf(QStringLiteral("fc1")), LayerTreeModel::WeightsColumn);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        bench.setBaseConfig(QuantConfig::preset(QuantEngine::Qnnpack, QuantMode::Static));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(convMode.data(LayerTreeModel::EffectiveModeRole).toString(), QStringLiteral("static"));
        QCOMPARE(fcWeights.data().toString(), QStringLiteral("per-tensor (default)"));
        QCOMPARE(fcObserver.data().toString(), QStringLiteral("mse (default)"));
        QVERIFY(convMode.data(Qt::DecorationRole).isNull());

        // Dynamic on the bar: the convolution cannot follow, and the tree shows why before any run.
        bench.setBaseConfig(QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Dynamic));
        QCOMPARE(convMode.data().toString(), QStringLiteral("float (cannot be dynamic)"));
        QCOMPARE(convMode.data(LayerTreeModel::EffectiveModeRole).toString(), QStringLiteral("float"));
        QVERIFY(convMode.data(Qt::ToolTipRole).toString().contains(QStringLiteral("use static for convolutions")));
        QVERIFY(!convMode.data(Qt::DecorationRole).isNull());
        QCOMPARE(fcMode.data().toString(), QStringLiteral("dynamic (default)"));
        QCOMPARE(fcObserver.data().toString(), QStringLiteral("–")); // dynamic measures activations at run time
        QCOMPARE(fcWeights.data().toString(), QStringLiteral("per-channel (default)"));

        // A layer's own choice wins over the bar.
        QVERIFY(model.setData(convMode, QStringLiteral("static")));
        QCOMPARE(convMode.data().toString(), QStringLiteral("static"));
        QCOMPARE(convMode.data(LayerTreeModel::EffectiveModeRole).toString(), QStringLiteral("static"));

        // A per-layer override in the bar's config (the hybrid mode) shows per layer.
        QuantConfig hybrid = QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Static);
        hybrid.setLayerMode(QStringLiteral("fc1"), QuantMode::Dynamic);
        bench.setBaseConfig(hybrid);
        QCOMPARE(fcMode.data().toString(), QStringLiteral("dynamic (default)"));
        QCOMPARE(model.indexForLayer(info.indexOf(QStringLiteral("fc2")), LayerTreeModel::ModeColumn).data().toString(),
                 QStringLiteral("static (default)"));

        // A config the quantizer would refuse is known before a run: static and dynamic layers with
        // a float Linear layer. One layer's choice changes what another row says.
        QSignalSpy problem(&bench, &Workbench::planProblemChanged);
        QVERIFY(model.planProblem().isEmpty());
        QVERIFY(model.setLayerMode(QStringLiteral("fc2"), QuantMode::Float));
        QCOMPARE(problem.size(), 1);
        QVERIFY2(model.planProblem().contains(QLatin1String("mixes static and dynamic")), qPrintable(model.planProblem()));
        QVERIFY(model.setLayerMode(QStringLiteral("fc2"), std::nullopt));
        QCOMPARE(problem.size(), 2);
        QVERIFY(model.planProblem().isEmpty());

        // Mixed static and dynamic: every dynamic layer gets one weight scheme, and the tree says so.
        QVERIFY(model.setLayerMode(QStringLiteral("fc2"), QuantMode::Dynamic));
        QVERIFY(model.setLayerWeights(QStringLiteral("fc1"), WeightScheme::PerTensorSymmetric));
        const QModelIndex fc1Weights = model.indexForLayer(info.indexOf(QStringLiteral("fc1")), LayerTreeModel::WeightsColumn);
        QCOMPARE(fc1Weights.data().toString(), QStringLiteral("per-channel"));
        QVERIFY(fc1Weights.data(Qt::ToolTipRole).toString().contains(QLatin1String("is not used")));
        QVERIFY(!fc1Weights.data(Qt::DecorationRole).isNull());
    }

    void recurrentLayersStayFloatUnderStatic()
    {
        const auto result = ModelDocument::open(test::fixture(QStringLiteral("lstm.pt")));
        QVERIFY(result);
        Workbench bench;
        LayerTreeModel model(&bench);
        bench.setDocument(result.document);
        bench.setBaseConfig(QuantConfig::preset(QuantEngine::OneDnn, QuantMode::Static));
        int checked = 0;
        for (const LayerInfo &layer : result.document->info().layers) {
            if (layer.kind.kind != LayerKind::Recurrent)
                continue;
            const QModelIndex mode = model.indexForLayer(layer.index, LayerTreeModel::ModeColumn);
            QCOMPARE(mode.data(LayerTreeModel::EffectiveModeRole).toString(), QStringLiteral("float"));
            QVERIFY(mode.data(Qt::ToolTipRole).toString().contains(QStringLiteral("use dynamic")));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_MAIN(TestLayerTreeModel)
#include "tst_layertreemodel.moc"
