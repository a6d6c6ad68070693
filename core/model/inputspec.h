#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace qb {

/// One tensor a model's forward() takes.
struct InputTensor {
    QString name;                               ///< forward()'s argument name ("input_ids"); empty when unknown
    QVector<qint64> shape;                      ///< including the batch dimension, e.g. {1, 1, 28, 28}
    QString dtype = QStringLiteral("float32");  ///< float32, int64, int32, bool, ...
    qint64 vocab = 0;                           ///< integer inputs: every value must be below this; 0: unknown

    bool isFloat() const;    ///< float32, float64, float16, bfloat16
    bool isInteger() const;  ///< int64, int32, int16, int8, uint8
    bool isMask() const;     ///< bool, or an integer input named like a mask ("attention_mask")
    QString shapeText() const; ///< "1x128"
    /// "1x1x28x28" for an unnamed float input, else "input_ids:1x128:int64".
    QString text() const;
};

/// The tensors a model's forward() takes, in order, and where that knowledge came from.
struct InputSpec {
    enum class Source {
        Unknown,  ///< nothing known: the user must give --input-shape
        Archive,  ///< read from the archive's quantbench.json extra file
        User,     ///< given by the user (--input-shape, the data panel)
        Guessed,  ///< inferred from the first layer; may be wrong
        Data,     ///< read off the data the model was given (its shapes win over a guess)
    };

    QVector<InputTensor> tensors;
    Source source = Source::Unknown;

    bool isValid() const;
    int count() const { return int(tensors.size()); }
    /// The first input: what data sets that feed one tensor (images, CSV features) fill.
    const InputTensor &first() const { return tensors.first(); }
    /// "1x1x28x28" for one unnamed float input; "input_ids:1x128:int64,attention_mask:1x128:int64" otherwise.
    QString shapeText() const;
    QJsonObject toJson() const;

    /// Reads "1x1x28x28" (also "1,1,28,28") for one float input, or named inputs with optional dtypes:
    /// "input_ids:1x128:int64,attention_mask:1x128:int64". Every dimension must be a positive integer.
    /// On failure returns an invalid spec and sets *error to a sentence saying what is wrong.
    static InputSpec parseShape(const QString &text, QString *error);

    /// Reads what toJson() writes, and quantbench.json's older single-input form {"shape", "dtype"}.
    static InputSpec fromJson(const QJsonObject &object, QString *error);

    /// One float input of this shape (tests, the zoo).
    static InputSpec single(const QVector<qint64> &shape, Source source = Source::User);
};

QString inputSourceName(InputSpec::Source source);

/// Whether `dtype` names a dtype QuantBench can feed a model ("float32", "int64", ...).
bool isKnownDtype(const QString &dtype);

} // namespace qb
