// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QSettings;

// The admin tokens, one per connection profile, in the OS keychain through QtKeychain (service
// "kratos-desk", key = profile id). There is no plaintext fallback: when no keychain backend is
// available the caller is told so and may keep a token for this session only, in memory.
// The names of the keys ever written are indexed in QSettings (names only) so that forgetAll()
// can remove every one of them.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        Denied,
        Failed
    };
    struct Result
    {
        Status status = Status::Ok;
        QString token; // only for a successful read
        QString message;
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QSettings *index, const QString &service = QStringLiteral("kratos-desk"),
                        QObject *parent = nullptr);
    ~TokenStore() override;

    void write(const QString &profileId, const QString &token, QObject *context, Callback done);
    void read(const QString &profileId, QObject *context, Callback done);
    void remove(const QString &profileId, QObject *context, Callback done);
    // Deletes every key this store ever wrote (and every session-only token).
    void forgetAll(QObject *context, std::function<void(int removed)> done);

    // For when the keychain is unavailable and the user agreed: kept in memory, gone at exit.
    void keepForSession(const QString &profileId, const QString &token);
    bool hasSessionToken(const QString &profileId) const { return m_sessionTokens.contains(profileId); }
    QStringList indexedKeys() const;
    QString service() const { return m_service; }

private:
    void addToIndex(const QString &profileId);
    void removeFromIndex(const QString &profileId);

    QSettings *m_index;
    QString m_service;
    QHash<QString, QString> m_sessionTokens;
};
