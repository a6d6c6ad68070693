#include "env/environment.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace qb;

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enginesAreReadAtRunTime()
    {
        const QList<QuantEngine> engines = supportedEngines();
        QVERIFY(!engines.isEmpty());
        QVERIFY(!engines.contains(QuantEngine::None));
        for (const QuantEngine engine : engines) {
            QString error;
            QVERIFY2(setCurrentEngine(engine, &error), qPrintable(error));
            QCOMPARE(currentEngine(), engine);
        }
    }

    void missingEngineIsRefusedWithTheList()
    {
        // A name LibTorch does not know is refused where names come in; an engine it knows but this
        // build lacks is refused with the list of those it has.
        QVERIFY(!engineFromName(QStringLiteral("tpu9000")));
        std::optional<QuantEngine> missing;
        for (QuantEngine e : {QuantEngine::Fbgemm, QuantEngine::X86, QuantEngine::Qnnpack, QuantEngine::OneDnn})
            if (!supportedEngines().contains(e) && !missing)
                missing = e;
        if (!missing)
            QSKIP("this LibTorch build has every engine");
        QString error;
        QVERIFY(!setCurrentEngine(*missing, &error));
        QVERIFY(error.contains(engineName(*missing)));
        QVERIFY2(error.contains(engineName(supportedEngines().first())), qPrintable(error));
    }

    void jsonFields()
    {
        const test::CliResult cli = test::runCli({QStringLiteral("env"), QStringLiteral("--json")});
        QCOMPARE(cli.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject env = QJsonDocument::fromJson(cli.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        QCOMPARE(env.value(QStringLiteral("torch_version")).toString().section(QLatin1Char('.'), 0, 1),
                 QStringLiteral("1.13"));
        QCOMPARE(env.value(QStringLiteral("quantized_engines")).toArray().toVariantList(),
                 QVariant(engineNames(supportedEngines())).toList());
        QVERIFY(engineNames(supportedEngines()).contains(env.value(QStringLiteral("current_engine")).toString()));
        QVERIFY(!env.value(QStringLiteral("cpu_model")).toString().isEmpty());
        const QJsonObject isa = env.value(QStringLiteral("isa")).toObject();
        for (const char *flag : {"avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx"})
            QVERIFY2(isa.value(QLatin1String(flag)).isBool(), flag);
        const QJsonObject blas = env.value(QStringLiteral("blas")).toObject();
        QVERIFY(!blas.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(blas.value(QStringLiteral("reference")).isBool());
        QVERIFY(blas.value(QStringLiteral("matmul_gflops")).toDouble() > 0);
        const QJsonObject threads = env.value(QStringLiteral("threads")).toObject();
        QVERIFY(threads.value(QStringLiteral("intra_op")).toInt() >= 1);
        QVERIFY(threads.value(QStringLiteral("inter_op")).toInt() >= 1);
        const QJsonObject cuda = env.value(QStringLiteral("cuda")).toObject();
        QVERIFY(cuda.value(QStringLiteral("available")).isBool());
        QVERIFY(cuda.value(QStringLiteral("device_count")).toInt() >= 0);
    }

    void blasMatchesTheWarning()
    {
        const EnvironmentReport report = collectEnvironment();
        const bool warned = report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("reference BLAS"));
        QCOMPARE(warned, report.referenceBlas);
        // On this project's machines libopenblas0-openmp is a declared dependency.
        if (!qEnvironmentVariableIsSet("QB_ALLOW_REFERENCE_BLAS"))
            QVERIFY2(!report.referenceBlas, qPrintable(report.blasLibrary));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
