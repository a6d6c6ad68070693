#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace qb {

/// An IDX file (the MNIST family's format) of unsigned bytes: its dimensions and raw data.
struct IdxFile {
    QVector<qint64> dims; ///< e.g. {10000, 28, 28} for images, {10000} for labels
    QByteArray data;      ///< dims' product bytes, row-major

    qint64 count() const { return dims.isEmpty() ? 0 : dims.first(); }
    qint64 itemSize() const; ///< bytes per item: the product of dims after the first
};

/// Reads an IDX file, gzip-compressed or raw. Only unsigned-byte IDX (type 0x08) is accepted, which
/// is what MNIST and Fashion-MNIST use. On failure returns an empty file and sets *error to a
/// sentence naming the file and the problem (wrong magic number, truncated data). Any thread.
IdxFile readIdxFile(const QString &path, QString *error);

/// Where Debian's dataset-fashion-mnist package puts the data.
QString defaultFashionMnistFolder();

/// The images and labels files of a split ("train" or "test", i.e. t10k) in an MNIST-style folder,
/// gzip or raw; empty strings when not found.
QPair<QString, QString> findIdxSplit(const QString &folder, const QString &split);

/// Fashion-MNIST's class names, in label order.
QStringList fashionMnistLabels();

} // namespace qb
