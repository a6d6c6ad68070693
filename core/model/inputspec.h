#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

/// The shape and dtype of the tensor a model's forward() takes, and where that knowledge came from.
struct InputSpec {
    enum class Source {
        Unknown,  ///< nothing known: the user must give --input-shape
        Archive,  ///< read from the archive's quantbench.json extra file
        User,     ///< given by the user (--input-shape, the data panel)
        Guessed,  ///< inferred from the first layer; may be wrong
    };

    QVector<qint64> shape; ///< including the batch dimension, e.g. {1, 1, 28, 28}
    QString dtype = QStringLiteral("float32");
    Source source = Source::Unknown;

    bool isValid() const { return !shape.isEmpty(); }

    /// "1x1x28x28"
    QString shapeText() const;
    QJsonObject toJson() const;

    /// Parses "1x1x28x28" (also "1,1,28,28"). Every dimension must be a positive integer.
    /// On failure returns an invalid spec and sets *error to a sentence saying what is wrong.
    static InputSpec parseShape(const QString &text, QString *error);

    /// Reads {"shape": [...], "dtype": "..."} as written in quantbench.json's "input" member.
    static InputSpec fromJson(const QJsonObject &object, QString *error);
};

QString inputSourceName(InputSpec::Source source);

} // namespace qb
