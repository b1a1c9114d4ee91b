// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent>

namespace BackgroundFile {

namespace {

struct ReadResult
{
    QByteArray bytes;
    QString error;
};

} // namespace

void read(const QString &path, qint64 maxBytes, QObject *context,
          std::function<void(const QByteArray &bytes, const QString &error)> done)
{
    auto *watcher = new QFutureWatcher<ReadResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        watcher->deleteLater();
        const ReadResult r = watcher->result();
        done(r.bytes, r.error);
    });
    watcher->setFuture(QtConcurrent::run([path, maxBytes]() -> ReadResult {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, file.errorString()};
        if (file.size() > maxBytes)
            return {{},
                    QCoreApplication::translate("BackgroundFile", "the file is larger than %1 MiB")
                        .arg(double(maxBytes) / (1024 * 1024), 0, 'f', maxBytes % (1024 * 1024) ? 1 : 0)};
        return {file.read(maxBytes), QString()};
    }));
}

void write(const QString &path, const QByteArray &bytes, QObject *context,
           std::function<void(const QString &error)> done)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace BackgroundFile
