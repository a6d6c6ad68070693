// The JSON parsers a user feeds files to: experiment specs (with their data, quantization and
// input parts), quantization configs, and the --input-shape text form.
#include "experiment/experimentspec.h"
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
    }
    qb::InputSpec::parseShape(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    return 0;
}
