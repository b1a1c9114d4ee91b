// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CourierFigures.h"
#include "IdentityFigures.h"
#include "IdentityStore.h"
#include "LastSignIns.h"
#include "PageTrail.h"
#include "ServerFigures.h"
#include "SessionFigures.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class IdentityListModel;
class KratosClient;

// Gathers the overview's figures, each part on its own so a failing part never holds up the
// others: the server (version, alive with round-trip time, ready), the courier (counts of
// queued, processing and abandoned messages up to a cap, the oldest queued, the latest
// abandoned with their errors), the active sessions (by AAL and by day) and the identities
// (IdentityFigures over every identity). Reads only: works on a read-only profile, and never
// asks for credentials. The identity figures come from the Identities page's list when it holds
// every identity unfiltered, else from a list of its own loaded on compute().
class OverviewLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLoader)

public:
    explicit OverviewLoader(KratosClient *client, QObject *parent = nullptr);
    ~OverviewLoader() override;

    // The Identities page's list: when it is complete and unfiltered its rows are used as they
    // are, and the figures are computed again each time it becomes complete.
    void setSharedIdentities(IdentityListModel *model);
    // Server, courier and sessions again; the identity figures too when they can be had without loading.
    void refresh();
    // Every identity (loading them if need be, with progress), then the figures.
    void computeIdentities();
    void cancelIdentities();
    bool isComputingIdentities() const { return m_computing; }
    // Forgets everything (the connection changed).
    void clear();
    // When each identity last signed in (null: unknown): the identity figures' dormant count
    // follows it, computed again when figures are there.
    void setLastSignIns(std::shared_ptr<const LastSignIns> signIns);
    // This machine's audit folder and the server's authority: the invitations recorded there
    // (InvitationLedger) give the "invited, no session" count beside the dormant one.
    void setInvitationTrails(const QString &auditDirectory, const QString &authority);

    const ServerFigures &server() const { return m_server; }
    const CourierFigures &courier() const { return m_courier; }
    ApiError courierError() const { return m_courierError; }
    const SessionFigures &sessions() const { return m_sessions; }
    bool sessionsComplete() const { return m_sessionsComplete; }
    bool sessionsCapped() const { return m_sessionsCapped; }
    ApiError sessionsError() const { return m_sessionsError; }
    const IdentityFigures &identities() const { return m_identities; }
    bool hasIdentityFigures() const { return m_identitiesAt.isValid(); }
    QDateTime identitiesComputedAt() const { return m_identitiesAt; }
    ApiError identitiesError() const { return m_identitiesError; }

    static constexpr int CourierPageSize = 500;
    static constexpr int SessionCap = 100000;

Q_SIGNALS:
    void serverChanged();
    void courierChanged();
    void sessionsChanged();
    void identitiesChanged();
    // While computeIdentities() loads: identities loaded so far.
    void identitiesProgress(int loaded);

private:
    void loadServer();
    void loadCourier();
    void countStatus(const QString &status, const QString &pageToken, quint64 generation);
    void readAbandonedErrors(quint64 generation);
    void loadSessions(const QString &pageToken, quint64 generation);
    bool sharedIsComplete() const;
    void computeFrom(IdentityListModel *model);
    // The figures that need the sign-ins (dormant, invited with no session), on a worker.
    struct SignInCounts
    {
        int dormant = -1;
        int invitedNoSession = -1;
    };
    static SignInCounts countSignIns(const IdentityStore &store, const LastSignIns &signIns, qint64 nowMs,
                                     const QString &auditDirectory, const QString &authority);

    KratosClient *m_client;
    QPointer<IdentityListModel> m_shared;
    IdentityListModel *m_own = nullptr;
    quint64 m_generation = 0;
    quint64 m_identityGeneration = 0;
    ServerFigures m_server;
    CourierFigures m_courier;
    ApiError m_courierError;
    SessionFigures m_sessions;
    bool m_sessionsComplete = false;
    bool m_sessionsCapped = false;
    ApiError m_sessionsError;
    PageTrail m_sessionsTrail;
    QHash<QString, PageTrail> m_courierTrails; // by status
    IdentityFigures m_identities;
    QDateTime m_identitiesAt;
    ApiError m_identitiesError;
    bool m_computing = false;
    std::shared_ptr<const LastSignIns> m_signIns;
    QString m_auditDirectory;
    QString m_authority;
    IdentityStore m_figuresStore; // what the figures were computed from (shares the list's buffers)
};
