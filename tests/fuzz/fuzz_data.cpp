// The CSV and torch.save'd tensor readers, through what a job does with data: read, check, count.
// The first byte picks the reader and the model's input, the rest is the file.
#include "data/datasummary.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool csv = (data[0] & 1) != 0;
    const QString path = qb::fuzz::writeInput(data + 1, size - 1, csv ? "data.csv" : "data.pt");
    qb::DataSpec spec;
    spec.kind = csv ? qb::DataSpec::Kind::Csv : qb::DataSpec::Kind::TensorFile;
    spec.path = path;
    spec.batchSize = 4;
    spec.maxBatches = 4;
    QString error;
    // Float images, or token ids and a mask: both kinds of input a reader must fit data to.
    const qb::InputSpec input = qb::InputSpec::parseShape(
        (data[0] & 2) != 0 ? QStringLiteral("input_ids:1x6:int64,attention_mask:1x6:int64") : QStringLiteral("1x1x2x2"), &error);
    const qb::DataSummary summary = qb::summarizeData(spec, input);
    if (!summary.ok && summary.error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
