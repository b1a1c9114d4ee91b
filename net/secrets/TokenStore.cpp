// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include "FreedMemoryWipe.h"
#include "NetLogging.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

const QString kIndexKey = QStringLiteral("keychain/keys");

// The keychain's answer in our terms. Missing D-Bus services ("could not connect", "not
// activatable") mean there is no backend, whatever error code the library chose.
TokenStore::Result classify(const QKeychain::Job &job)
{
    TokenStore::Result r;
    const QString text = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = TokenStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = TokenStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = TokenStore::Status::NoBackend;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = TokenStore::Status::Denied;
        break;
    default:
        r.status = TokenStore::Status::Failed;
        break;
    }
    if (r.status == TokenStore::Status::Failed &&
        (text.contains(QLatin1String("org.freedesktop.secrets")) || text.contains(QLatin1String("D-Bus")) ||
         text.contains(QLatin1String("DBus")) || text.contains(QLatin1String("not provided by any .service")) ||
         text.contains(QLatin1String("Could not connect")) || text.contains(QLatin1String("autolaunch"))))
        r.status = TokenStore::Status::NoBackend;
    switch (r.status) {
    case TokenStore::Status::Ok:
        break;
    case TokenStore::Status::NotFound:
        r.message = QObject::tr("No token is saved for this profile.");
        break;
    case TokenStore::Status::NoBackend:
        r.message = QObject::tr("No keychain is available on this desktop (%1). Tokens are never written to disk in "
                                "plain text.")
                        .arg(text);
        break;
    case TokenStore::Status::Denied:
        r.message = QObject::tr("The keychain refused access: %1").arg(text);
        break;
    case TokenStore::Status::Failed:
        r.message = QObject::tr("The keychain reported an error: %1").arg(text);
        break;
    }
    return r;
}

} // namespace

TokenStore::TokenStore(QSettings *index, const QString &service, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_service(service)
{}

TokenStore::~TokenStore()
{
    for (QString &token : m_sessionTokens)
        token.fill(QLatin1Char('\0'));
}

QStringList TokenStore::indexedKeys() const
{
    return m_index->value(kIndexKey).toStringList();
}

void TokenStore::addToIndex(const QString &profileId)
{
    QStringList keys = indexedKeys();
    if (!keys.contains(profileId)) {
        keys.append(profileId);
        m_index->setValue(kIndexKey, keys);
    }
}

void TokenStore::removeFromIndex(const QString &profileId)
{
    QStringList keys = indexedKeys();
    if (keys.removeAll(profileId) > 0)
        m_index->setValue(kIndexKey, keys);
}

void TokenStore::write(const QString &profileId, const QString &token, QObject *context, Callback done)
{
    FreedMemoryWipe::engage(); // the keychain's buffers that held the token are wiped when freed
    auto *job =
        new QKeychain::WritePasswordJob(m_service); // no parent: a running job must outlive us, it deletes itself
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->setTextData(token);
    // Indexed before the write: if the write half-succeeds, forgetAll() still knows the name.
    addToIndex(profileId);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, guard, done = std::move(done)](QKeychain::Job *j) {
        const Result r = classify(*j);
        if (r.ok())
            m_sessionTokens.remove(profileId);
        qCInfo(lcNet).noquote() << "keychain write for profile" << profileId << (r.ok() ? "ok" : "failed");
        if (guard)
            done(r);
    });
    job->start();
}

void TokenStore::read(const QString &profileId, QObject *context, Callback done)
{
    FreedMemoryWipe::engage(); // the keychain's buffers that held the token are wiped when freed
    if (m_sessionTokens.contains(profileId)) {
        Result r;
        r.token = m_sessionTokens.value(profileId);
        QTimer::singleShot(0, context ? context : this, [done = std::move(done), r]() { done(r); });
        return;
    }
    auto *job =
        new QKeychain::ReadPasswordJob(m_service); // no parent: a running job must outlive us, it deletes itself
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [guard, done = std::move(done)](QKeychain::Job *j) {
        Result r = classify(*j);
        if (r.ok())
            r.token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        if (guard)
            done(r);
    });
    job->start();
}

void TokenStore::remove(const QString &profileId, QObject *context, Callback done)
{
    if (auto it = m_sessionTokens.find(profileId); it != m_sessionTokens.end()) {
        it.value().fill(QLatin1Char('\0'));
        m_sessionTokens.erase(it);
    }
    auto *job =
        new QKeychain::DeletePasswordJob(m_service); // no parent: a running job must outlive us, it deletes itself
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, guard, done = std::move(done)](QKeychain::Job *j) {
        Result r = classify(*j);
        if (r.status == Status::NotFound)
            r = Result(); // nothing to delete is a successful delete
        if (r.ok())
            removeFromIndex(profileId);
        if (guard)
            done(r);
    });
    job->start();
}

void TokenStore::forgetAll(QObject *context, std::function<void(int removed)> done)
{
    for (QString &token : m_sessionTokens)
        token.fill(QLatin1Char('\0'));
    m_sessionTokens.clear();
    const QStringList keys = indexedKeys();
    if (keys.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)]() { done(0); });
        return;
    }
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto removed = std::make_shared<int>(0);
    auto finish = std::make_shared<std::function<void(int)>>(std::move(done));
    for (const QString &key : keys) {
        remove(key, context, [remaining, removed, finish](const Result &r) {
            if (r.ok())
                ++*removed;
            if (--*remaining == 0)
                (*finish)(*removed);
        });
    }
}

void TokenStore::keepForSession(const QString &profileId, const QString &token)
{
    FreedMemoryWipe::engage(); // the keychain's buffers that held the token are wiped when freed
    m_sessionTokens.insert(profileId, token);
}
