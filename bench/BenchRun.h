// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentityListModel.h"

#include <QJsonObject>
#include <QUrl>

class AuditLog;
class KratosClient;
class QCoreApplication;

// One benchmark run against a seeded simulator: each part measures one thing the app does, through
// the app's own client and models, and adds its figures to results().
class BenchRun
{
public:
    BenchRun(KratosClient *client, AuditLog *audit, const QUrl &adminUrl, quint32 seed);
    BenchRun(const BenchRun &) = delete;
    BenchRun &operator=(const BenchRun &) = delete;

    QJsonObject &results() { return m_results; }

    // The first page of identities, on a model of its own.
    void firstPage();
    // Every identity into the run's model, with the UI thread's stalls; beside curl's time and the
    // memory per identity when `withBaseline` (the load is the ground of every later part).
    void loadAll(bool withBaseline);
    // The same load-all with one core kept busy by another process, as on a working desktop.
    void loadAllOnABusyMachine();
    // The Identities page's filter and table: queries, typing and a sort, each timed until shown.
    void search();
    // Deactivating 1,000 identities with the audit trail written, beside xargs and curl.
    void bulk();
    void courier();
    void sessions();
    void overview();
    void schemas();

private:
    KratosClient *m_client;
    AuditLog *m_audit;
    QUrl m_adminUrl;
    quint32 m_seed;
    IdentityListModel m_model;
    QJsonObject m_results;
};
