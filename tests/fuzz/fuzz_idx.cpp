// The IDX reader (MNIST-style files, plain or gzip).
#include "data/idxfile.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const qb::IdxFile idx = qb::readIdxFile(qb::fuzz::writeInput(data, size, "images-idx3-ubyte"), &error);
    Q_UNUSED(idx);
    return 0;
}
