// quantbench-probe: measures one model form's memory in a process of its own (eval/memoryprobe.h).
// QuantBench starts it; it is not meant to be run by hand.

#include "env/memory.h"
#include "eval/memoryprobe.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    qb::tuneAllocator(); // as the GUI and the CLI do, so the figures match what they would need
    QCoreApplication app(argc, argv);
    return qb::runMemoryProbe(app.arguments().mid(1));
}
