// The JSON parsers a user feeds files to: experiment specs (with their data, quantization and
// input parts), quantization configs, sweep files, and the --input-shape and --shard text forms.
#include "experiment/experimentspec.h"
#include "experiment/sweep.h"
#include "fuzzsupport.h"
#include "model/inputspec.h"
#include "quant/quantconfig.h"
#include "util/fileutil.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = qb::fuzz::writeInput(data, size, "spec.json");
    QString error;
    QJsonObject json;
    if (qb::readJsonFile(path, &json, &error)) {
        qb::ExperimentSpec::fromJson(json, &error);
        qb::QuantConfig::fromJson(json, &error);
        qb::DataSpec::fromJson(json, &error);
        qb::InputSpec::fromJson(json, &error);
        // Model paths resolve against a folder that does not exist: "each" fails to open them.
        qb::Sweep::fromJson(json, QStringLiteral("/nonexistent-fuzz-folder"), &error);
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qb::InputSpec::parseShape(text, &error);
    qb::ShardChoice::parse(text, &error);
    return 0;
}
