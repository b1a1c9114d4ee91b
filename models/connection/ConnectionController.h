// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"
#include "ConnectionSettings.h"

#include <QObject>

#include <functional>
#include <optional>

class AuditLog;
class KratosClient;
class ProfileStore;
class TokenStore;

// Opens and closes connection profiles: reads the token from the keychain, loads the profile's CA
// file, hands the settings to the client (which abandons whatever the previous profile had in
// flight) and points the audit log at the profile. The token stays in the client only while the
// profile is open.
class ConnectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)

public:
    ConnectionController(KratosClient *client, TokenStore *tokens, ProfileStore *profiles, AuditLog *audit,
                         QObject *parent = nullptr);

    // For the demo profile: starts the built-in simulator if needed and returns its admin and
    // public URLs (an empty admin URL when it could not start).
    struct DemoServer
    {
        QUrl adminUrl;
        QUrl publicUrl;
    };
    void setDemoServer(std::function<DemoServer()> start) { m_startDemo = std::move(start); }

    void open(const QString &profileId);
    // A connection without a profile (`--admin-url`, in the window and on the command line): the
    // token (KRATOS_ADMIN_TOKEN's, may be empty) goes to the client and is wiped here; changes are
    // audited in the "command-line" trail. Emits nothing. False with `error` (in words) when the
    // URLs cannot be used; `insecure` tells that the token would travel over plain http.
    struct AdHoc
    {
        QString adminUrl;
        QString publicUrl;
        bool readOnly = false;
    };
    bool openAdHoc(const AdHoc &spec, QString *token, QString *error, bool *insecure = nullptr);
    static QString adHocProfileId() { return QStringLiteral("command-line"); }
    void close();
    std::optional<ConnectionProfile> current() const { return m_current; }

    // Settings for `profile`; false with `error` when its CA file cannot be used.
    static bool settingsFor(const ConnectionProfile &profile, const QString &token, ConnectionSettings *settings,
                            QString *error);

Q_SIGNALS:
    void opening(const ConnectionProfile &profile);
    void opened(const ConnectionProfile &profile);
    void openFailed(const ConnectionProfile &profile, const QString &message);
    // The keychain could not be read; the profile was opened without a token.
    void tokenUnavailable(const ConnectionProfile &profile, const QString &message);
    void closed();

private:
    KratosClient *m_client;
    TokenStore *m_tokens;
    ProfileStore *m_profiles;
    AuditLog *m_audit;
    std::function<DemoServer()> m_startDemo;
    std::optional<ConnectionProfile> m_current;
    quint64 m_generation = 0;
};
