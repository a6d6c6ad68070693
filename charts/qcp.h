#pragma once
// The one way into QCustomPlot. Debian's qcustomplot.h uses the `signals`, `slots`, `emit` and
// `foreach` keywords, which QT_NO_KEYWORDS (needed for LibTorch) turns off; map them to their
// Q_ macro spellings for the duration of the include only.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
