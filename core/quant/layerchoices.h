#pragma once

#include "quant/quantconfig.h"

#include <QHash>
#include <QString>

#include <optional>

namespace qb {

/// One layer's own quantization choices, made in the GUI's layer tree; unset fields follow the
/// config they are applied on (the experiment bar's). Plain data; any thread.
struct LayerChoice {
    std::optional<QuantMode> mode;
    std::optional<WeightScheme> weights;
    QString observer; ///< as parseObserver reads it ("mse", "percentile:99.9"); empty: the config's
    QString weightDtype; ///< "qint8" or "quint4x2" (an embedding's 8- or 4-bit rows); empty: the config's

    bool isEmpty() const { return !mode && !weights && observer.isEmpty() && weightDtype.isEmpty(); }
    bool operator==(const LayerChoice &o) const
    {
        return mode == o.mode && weights == o.weights && observer == o.observer && weightDtype == o.weightDtype;
    }
};

/// Choices by qualified layer name (only layers with one).
using LayerChoices = QHash<QString, LayerChoice>;

/// Writes each layer's choices into `config` as a per-layer override, on top of what the config
/// already gives that layer.
void applyLayerChoices(const LayerChoices &choices, QuantConfig *config);

} // namespace qb
