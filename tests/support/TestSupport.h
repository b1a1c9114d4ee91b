// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KratosSimulator.h"
#include "SimOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTcpServer>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace TestSupport {

// A started simulator with small, fixed data for one test case.
inline std::unique_ptr<KratosSimulator> startSimulator(SimOptions options = {})
{
    auto sim = std::make_unique<KratosSimulator>(options);
    QString error;
    if (!sim->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return sim;
}

// ../shared next to the checkout (the Kratos spec and real schemas), or an empty string.
inline QString sharedDir()
{
    const QString dir = QString::fromUtf8(qgetenv("KD_SHARED_DIR"));
    return !dir.isEmpty() && QDir(dir).exists(QStringLiteral("kratos")) ? dir : QString();
}

// A loopback port nothing listens on right now (free for a moment; connecting to it is refused).
inline quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs the event loop for `ms` milliseconds.
inline void spin(int ms)
{
    QTest::qWait(ms);
}

// The child of `parent` named `name`, with a warning naming it when there is none.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// A JSON object from a file the test ships or reads from ../shared; fails loudly when missing.
inline QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace TestSupport
