#pragma once

// Shared by the libFuzzer targets: each input is written to a file (the readers under test take
// paths, as users give them) in a folder made once per process.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace qb::fuzz {

/// A QCoreApplication for the whole run: some readers translate their messages.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

/// Writes the input to `name` in this process's scratch folder; returns its path.
inline QString writeInput(const uint8_t *data, size_t size, const char *name)
{
    ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace qb::fuzz
