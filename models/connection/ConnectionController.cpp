// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionController.h"

#include "AuditLog.h"
#include "KratosClient.h"
#include "ProfileStore.h"
#include "TokenStore.h"

#include <QFile>
#include <QSslCertificate>

ConnectionController::ConnectionController(KratosClient *client, TokenStore *tokens, ProfileStore *profiles,
                                           AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_profiles(profiles)
    , m_audit(audit)
{}

bool ConnectionController::settingsFor(const ConnectionProfile &profile, const QString &token,
                                       ConnectionSettings *settings, QString *error)
{
    settings->adminUrl = profile.adminUrl;
    settings->publicUrl = profile.publicUrl;
    settings->token = token;
    settings->readOnly = profile.readOnly;
    settings->timeoutMs = profile.timeoutSeconds * 1000;
    settings->extraCaCertificates.clear();
    if (!profile.caFile.isEmpty()) {
        if (!QFile::exists(profile.caFile)) {
            *error = QObject::tr("The CA certificate file %1 does not exist.").arg(profile.caFile);
            return false;
        }
        settings->extraCaCertificates = QSslCertificate::fromPath(profile.caFile, QSsl::Pem);
        if (settings->extraCaCertificates.isEmpty())
            settings->extraCaCertificates = QSslCertificate::fromPath(profile.caFile, QSsl::Der);
        if (settings->extraCaCertificates.isEmpty()) {
            *error = QObject::tr("%1 holds no PEM or DER certificate.").arg(profile.caFile);
            return false;
        }
    }
    return true;
}

void ConnectionController::open(const QString &profileId)
{
    std::optional<ConnectionProfile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    if (profile->demo && m_startDemo) {
        const DemoServer server = m_startDemo();
        profile->adminUrl = server.adminUrl;
        profile->publicUrl = server.publicUrl;
    }
    const quint64 generation = ++m_generation;
    m_client->closeConnection(); // nothing of the previous profile reaches the new one
    m_current.reset();
    Q_EMIT opening(*profile);
    const ConnectionProfile target = *profile;
    m_tokens->read(target.id, this, [this, generation, target](const TokenStore::Result &token) {
        if (generation != m_generation)
            return; // another profile was chosen meanwhile
        if (!token.ok() && token.status != TokenStore::Status::NotFound)
            Q_EMIT tokenUnavailable(target, token.message);
        ConnectionSettings settings;
        QString error;
        if (!settingsFor(target, token.token, &settings, &error)) {
            Q_EMIT openFailed(target, error);
            return;
        }
        m_client->setConnection(settings);
        settings.clearToken();
        if (m_audit)
            m_audit->setProfile(target.auditScope());
        m_profiles->setLastProfileId(target.id);
        m_current = target;
        Q_EMIT opened(target);
    });
}

bool ConnectionController::openAdHoc(const AdHoc &spec, QString *token, QString *error, bool *insecure)
{
    ConnectionProfile adhoc = ConnectionProfile::create(spec.adminUrl);
    adhoc.adminUrl = QUrl(spec.adminUrl, QUrl::StrictMode);
    adhoc.publicUrl = QUrl(spec.publicUrl, QUrl::StrictMode);
    adhoc.readOnly = spec.readOnly;
    ConnectionSettings settings;
    *error = adhoc.validate();
    const bool usable = error->isEmpty() && settingsFor(adhoc, *token, &settings, error);
    if (insecure)
        *insecure = usable && !token->isEmpty() && adhoc.exposesTokenInTransit();
    token->fill(QLatin1Char('\0'));
    token->clear();
    if (!usable)
        return false;
    ++m_generation;
    m_current.reset();
    if (m_audit) {
        AuditLog::Scope scope = adhoc.auditScope();
        scope.profileId = adHocProfileId(); // one trail for every ad-hoc connection
        scope.profileName = adhoc.adminUrl.authority();
        m_audit->setProfile(scope);
    }
    m_client->setConnection(settings);
    settings.clearToken();
    return true;
}

void ConnectionController::close()
{
    ++m_generation;
    m_client->closeConnection();
    m_current.reset();
    Q_EMIT closed();
}
