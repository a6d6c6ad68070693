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
};

QTEST_MAIN(TestLayerTreeModel)
#include "tst_layertreemodel.moc"
