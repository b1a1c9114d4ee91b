// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Reading and writing a user's file on a worker thread, so that a large or slow file never holds
// up the window. `done` runs on `context`'s thread, and not at all once `context` is gone. An
// empty `error` means success; errors are the system's words ("No such file or directory") or
// say that the file is larger than `maxBytes`.
namespace BackgroundFile {

void read(const QString &path, qint64 maxBytes, QObject *context,
          std::function<void(const QByteArray &bytes, const QString &error)> done);
// Written through QSaveFile: the old file stays whole if the write fails. The file is readable and
// writable by its owner only (0600): what the app writes holds personal data or configuration.
void write(const QString &path, const QByteArray &bytes, QObject *context,
           std::function<void(const QString &error)> done);

} // namespace BackgroundFile
