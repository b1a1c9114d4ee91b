// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimFaults.h"
#include "SimOptions.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class SimApi;
class SimHttpServer;
class SimStore;
struct SimRequest;
struct SimResponse;

// An in-memory Kratos admin API (plus the public port's schema routes) on two loopback
// listeners, seeded deterministically, with switchable faults. Backs --demo, tests and benchmarks.
class KratosSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KratosSimulator)

public:
    struct RecordedRequest
    {
        bool publicListener = false;
        QString method;
        QString path;
        QByteArray query; // as sent, percent-encoded
        QByteArray authorization;
        QByteArray body;                              // the first kRecordedBodyMax bytes
        QList<QPair<QByteArray, QByteArray>> headers; // every header as received
        qsizetype bodySize = 0;                       // as received, before the cut
    };

    // The log of requests keeps at most 10,000 and at most kRecordedBytesMax of bodies: a client
    // sending 20 MB bodies must not grow the simulator (and the demo app it runs in) for good.
    static constexpr qsizetype kRecordedBodyMax = 1024 * 1024;
    static constexpr qsizetype kRecordedBytesMax = 32 * 1024 * 1024;
    static constexpr qsizetype kRecordedRequestsMax = 10000;

    explicit KratosSimulator(const SimOptions &options = {}, QObject *parent = nullptr);
    ~KratosSimulator() override;

    // Starts both listeners, then seeds the data. `listening`, if given, runs in between: the
    // URLs are known, and a request that arrives is answered once the seeding is done (this
    // thread's event loop runs only after it). False with a reason in `error` on failure.
    bool start(QString *error = nullptr, const std::function<void()> &listening = {});
    // The admin listener stops accepting and drops its open connections ("a listener that dies").
    void killAdminListener();

    QUrl adminUrl() const { return m_adminUrl; }
    QUrl publicUrl() const { return m_publicUrl; }

    SimOptions &options() { return m_options; }
    SimFaults &faults() { return m_faults; }
    SimStore &store() { return *m_store; }
    QByteArray courierSecret() const;

    QList<RecordedRequest> requests() const { return m_requests; }
    // Bytes of request bodies the log holds now.
    qsizetype recordedBytes() const { return m_recordedBytes; }
    // One pass of the courier worker (what courierIntervalMs runs on a timer).
    int runCourier();
    void clearRequests()
    {
        m_requests.clear();
        m_recordedBytes = 0;
    }

private:
    void handle(bool publicListener, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool applyFaults(const QHttpServerRequest &request, const SimRequest &r, SimResponse *response);
    void write(QHttpServerResponder &responder, const SimResponse &response);

    SimOptions m_options;
    SimFaults m_faults;
    std::unique_ptr<SimStore> m_store;
    std::unique_ptr<SimApi> m_api;
    SimHttpServer *m_adminServer = nullptr;
    SimHttpServer *m_publicServer = nullptr;
    QUrl m_adminUrl;
    QUrl m_publicUrl;
    QList<RecordedRequest> m_requests;
    qsizetype m_recordedBytes = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hanging;
    QRandomGenerator m_faultRng;
};
