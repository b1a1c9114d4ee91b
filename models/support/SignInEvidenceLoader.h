// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentitySchema.h"
#include "SchemaValidator.h"
#include "SignInEvidence.h"

#include <QHash>
#include <QObject>

class KratosClient;

// Gathers what the sign-in check needs for one identity, all at once: its sessions, the courier
// messages to each of its addresses (the failing ones with their dispatches), the methods the
// server's login flow offers (read once per connection and kept for a few minutes), and its
// schema (validated against the traits). A part that fails is left empty with the reason; a new
// load() drops the answers of the previous one.
class SignInEvidenceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInEvidenceLoader)

public:
    static constexpr int kMessagesPerAddress = 20;
    static constexpr int kDispatchLookups = 6;
    static constexpr qint64 kLoginFlowCacheSecs = 600;

    explicit SignInEvidenceLoader(KratosClient *client, QObject *parent = nullptr);

    // `identity` as the identity page shows it, with credential types and identifiers.
    void load(const Identity &identity);
    void cancel();
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded(const SignInEvidence &evidence);

private:
    void loadSessions(quint64 generation);
    void loadMessages(quint64 generation);
    void loadDispatches(quint64 generation);
    void loadLogin(quint64 generation);
    void loadSchema(quint64 generation);
    void applySchema(const IdentitySchema &schema);
    void partDone(quint64 generation);

    KratosClient *m_client;
    quint64 m_generation = 0;
    int m_pending = 0;
    SignInEvidence m_evidence;
    QList<CourierMessage> m_messages;
    int m_addressesLeft = 0;
    QStringList m_messageProblems;
    // Kept across identities of one connection.
    std::optional<SelfServiceFlow> m_login;
    QDateTime m_loginReadAt;
    QUrl m_loginUrl;
};
