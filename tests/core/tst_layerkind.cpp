#include "model/layerkind.h"

#include <QtTest>

using namespace qb;

class TestLayerKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demangle_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "__torch__.torch.nn.modules.conv.Conv2d" << "torch.nn.modules.conv.Conv2d";
        QTest::newRow("mangled") << "__torch__.torch.nn.modules.conv.___torch_mangle_3.Conv2d"
                                 << "torch.nn.modules.conv.Conv2d";
        QTest::newRow("mangled root") << "__torch__.___torch_mangle_14.SmallCnn" << "SmallCnn";
        QTest::newRow("not torch") << "my.pkg.Block" << "my.pkg.Block";
    }
    void demangle()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(demangleTypeName(raw), expected);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("quantizable");
        QTest::addColumn<QString>("modes");
        QTest::newRow("linear") << "torch.nn.modules.linear.Linear" << int(LayerKind::Linear) << true
                                << "static, dynamic, QAT";
        QTest::newRow("conv") << "torch.nn.modules.conv.Conv2d" << int(LayerKind::Convolution) << true << "static, QAT";
        QTest::newRow("lstm") << "torch.nn.modules.rnn.LSTM" << int(LayerKind::Recurrent) << true << "dynamic";
        QTest::newRow("bn2d") << "torch.nn.modules.batchnorm.BatchNorm2d" << int(LayerKind::BatchNorm) << false
                              << "folded";
        QTest::newRow("relu") << "torch.nn.modules.activation.ReLU" << int(LayerKind::Activation) << false << "fused";
        QTest::newRow("out_proj") << "torch.nn.modules.linear.NonDynamicallyQuantizableLinear"
                                  << int(LayerKind::Linear) << true << "static, dynamic, QAT";
        QTest::newRow("attention") << "torch.nn.modules.activation.MultiheadAttention" << int(LayerKind::Linear) << true
                                   << "dynamic";
        QTest::newRow("gelu") << "torch.nn.modules.activation.GELU" << int(LayerKind::Activation) << false << "float";
        QTest::newRow("group_norm") << "torch.nn.modules.normalization.GroupNorm" << int(LayerKind::BatchNorm) << false
                                    << "fused";
        QTest::newRow("user class named Linear") << "mymodel.Linear" << int(LayerKind::Custom) << false << "";
        QTest::newRow("embedding") << "torch.nn.modules.sparse.Embedding" << int(LayerKind::Embedding) << true
                                   << "weight-only";
    }
    void classify()
    {
        QFETCH(QString, type);
        QFETCH(int, kind);
        QFETCH(bool, quantizable);
        QFETCH(QString, modes);
        const LayerKindInfo info = classifyLayerType(type);
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(info.quantizable, quantizable);
        QCOMPARE(capabilityCodes(info.capabilities), modes);
    }
};

QTEST_GUILESS_MAIN(TestLayerKind)
#include "tst_layerkind.moc"
