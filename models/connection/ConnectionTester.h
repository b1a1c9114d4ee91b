// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSettings.h"

#include <QObject>

#include <functional>
#include <memory>

class KratosClient;
class QNetworkAccessManager;

// "Test connection": reachability and TLS (/version), readiness (/health/ready) and an
// authenticated probe (a one-row identity list), summed up as one specific verdict.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    static constexpr qint64 MaxProbeBytes = 1024 * 1024; // the size cap of a test's answers
    enum class Verdict
    {
        Ok,
        Unreachable,
        TlsProblem,
        Unauthorized,
        NotKratos,
        Failed
    };
    struct Result
    {
        Verdict verdict = Verdict::Failed;
        QString version;
        bool ready = false;
        QString summary; // one line for the dialog
        QString details; // certificate facts, raw errors
        // The public self-service flows the support toolkit uses: their method ("code", "link"),
        // empty when disabled or not reachable; `flows` says it in words.
        QString verificationMethod;
        QString recoveryMethod;
        QString flows;
    };

    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const ConnectionSettings &settings, std::function<void(const Result &)> done);
    bool isRunning() const { return m_running; }

private:
    void probeFlows(std::shared_ptr<Result> result);
    void finish(Result result);

    std::unique_ptr<KratosClient> m_client;
    std::function<void(const Result &)> m_done;
    bool m_running = false;
};
