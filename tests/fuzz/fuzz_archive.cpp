// The archive pre-checks: file kind, zip table of contents, TorchScript records, quantbench.json.
#include "fuzzsupport.h"
#include "model/modeldocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = qb::fuzz::writeInput(data, size, "model.pt");
    const auto result = qb::ModelDocument::precheck(path);
    // Every refusal says what is wrong on one line.
    if (result.error != qb::ModelDocument::OpenError::None && (result.message.isEmpty() || result.message.contains(QLatin1Char('\n'))))
        __builtin_trap();
    return 0;
}
