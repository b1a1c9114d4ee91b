// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"
#include "KratosSimulator.h"
#include "SimFaults.h"
#include "TestSupport.h"
#include "TlsTestServer.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimer>

// The faults of the fault matrix (README "Faults"), each with the words the user is shown.
namespace FaultCase {

// Fault name and a part of the message the user sees; an empty message: the call succeeds.
inline QList<QPair<QString, QString>> all()
{
    return {
        {QStringLiteral("server down"), QStringLiteral("Could not reach")},
        {QStringLiteral("500"), QStringLiteral("server error (500)")},
        {QStringLiteral("502"), QStringLiteral("server error (502)")},
        {QStringLiteral("503"), QStringLiteral("server error (503)")},
        {QStringLiteral("429 Retry-After"), QStringLiteral("Retrying in")},
        {QStringLiteral("hang"), QStringLiteral("did not answer in time")},
        {QStringLiteral("truncated JSON"), QStringLiteral("not what Kratos")},
        {QStringLiteral("malformed JSON"), QStringLiteral("not what Kratos")},
        {QStringLiteral("HTML with text/html"), QStringLiteral("not what Kratos")},
        {QStringLiteral("plain-text 404"), QStringLiteral("does not know")},
        {QStringLiteral("plain-text 405"), QStringLiteral("does not support this call (405)")},
        {QStringLiteral("enormous answer"), QStringLiteral("larger than")},
        {QStringLiteral("redirect to another origin"), QStringLiteral("Could not reach")},
        {QStringLiteral("TLS failure"), QStringLiteral("secure connection")},
        {QStringLiteral("latency 3 s"), QString()},
        {QStringLiteral("server dies"), QStringLiteral("Could not reach")},
    };
}

// Short limits so that the matrix stays fast: a hang ends after 1.5 s, answers over 256 KiB are refused.
inline ConnectionSettings goodSettings(const KratosSimulator &sim, const QString &fault)
{
    ConnectionSettings good;
    good.adminUrl = sim.adminUrl();
    good.timeoutMs = fault == QLatin1String("latency 3 s") ? 15000 : 1500;
    good.maxResponseBytes = 256 * 1024;
    return good;
}

// Sets up `fault`: what the simulator does wrong (in `faults`, applied by the caller) or where the
// connection goes instead (`settings`). `untrusted` serves the TLS failure.
inline void apply(const QString &fault, const KratosSimulator &sim, SimFaults *faults, ConnectionSettings *settings,
                  TlsTestServer *untrusted, int oversizeBytes = 512 * 1024)
{
    if (fault == QLatin1String("server down"))
        settings->adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(TestSupport::unusedPort()));
    else if (fault == QLatin1String("plain-text 404"))
        settings->adminUrl = QUrl(sim.adminUrl().toString() + QStringLiteral("/not-kratos"));
    else if (fault == QLatin1String("plain-text 405")) {
        faults->errorRate = 1.0;
        faults->errorStatus = 405;
        faults->plainTextError = true;
    } else if (fault == QLatin1String("TLS failure")) {
        if (!untrusted->isListening())
            untrusted->listen(QHostAddress::LocalHost, 0);
        settings->adminUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(untrusted->serverPort()));
    } else if (fault.startsWith(QLatin1String("50"))) {
        faults->errorRate = 1.0;
        faults->errorStatus = fault.toInt();
    } else if (fault == QLatin1String("429 Retry-After")) {
        faults->rateLimitRate = 1.0;
        faults->retryAfterSeconds = 1;
    } else if (fault == QLatin1String("hang"))
        faults->hang = true;
    else if (fault == QLatin1String("truncated JSON"))
        faults->truncatedJson = true;
    else if (fault == QLatin1String("malformed JSON"))
        faults->malformedJson = true;
    else if (fault == QLatin1String("HTML with text/html")) {
        faults->replaceBody = "<!DOCTYPE html><html><body>Sign in to the proxy</body></html>";
        faults->contentType = "text/html; charset=utf-8";
    } else if (fault == QLatin1String("enormous answer"))
        faults->oversizeBytes = oversizeBytes;
    else if (fault == QLatin1String("redirect to another origin"))
        faults->redirectTo = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(TestSupport::unusedPort()));
    else if (fault == QLatin1String("latency 3 s"))
        faults->latencyMs = 3000;
    else if (fault == QLatin1String("server dies"))
        faults->dropConnection = true;
}

// The longest gap between ticks of a 10 ms timer on the UI thread while a cell runs.
class StallWatch
{
public:
    StallWatch()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this]() { m_longest = qMax(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace FaultCase
