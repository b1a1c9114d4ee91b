// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <optional>

namespace {

// Runs one TokenStore call to completion.
template<typename Call>
TokenStore::Result run(Call call)
{
    std::optional<TokenStore::Result> result;
    call([&result](const TokenStore::Result &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!result) {
        TokenStore::Result timeout;
        timeout.status = TokenStore::Status::Failed;
        timeout.message = QStringLiteral("the keychain did not answer within 20 s");
        return timeout;
    }
    return *result;
}

bool secretServiceExpected()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

// TokenStore against the real Secret Service that `scripts/dev.sh test` starts (gnome-keyring in a
// dbus-run-session), and against no backend at all.
class tst_TokenStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_index;
    std::unique_ptr<TokenStore> m_store;
    // A service name of its own per run, so a developer's real keychain entries are never touched.
    const QString m_service = QStringLiteral("kratos-desk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);

private Q_SLOTS:
    void initTestCase()
    {
        if (!secretServiceExpected()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI must run this test inside dbus-run-session with gnome-keyring (scripts/dev.sh test)");
            QSKIP("no D-Bus session: run through `bash scripts/dev.sh test`, which starts a Secret Service");
        }
        m_index = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("index.ini")), QSettings::IniFormat);
        m_store = std::make_unique<TokenStore>(m_index.get(), m_service);
    }

    void writeReadDelete()
    {
        const QString token = QStringLiteral("ory_pat_") + QUuid::createUuid().toString(QUuid::Id128);
        const auto written = run([&](auto done) { m_store->write(QStringLiteral("profile-a"), token, this, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(m_store->indexedKeys(), QStringList{QStringLiteral("profile-a")});
        const auto read = run([&](auto done) { m_store->read(QStringLiteral("profile-a"), this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.token, token);

        const auto removed = run([&](auto done) { m_store->remove(QStringLiteral("profile-a"), this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QVERIFY(m_store->indexedKeys().isEmpty());
        const auto gone = run([&](auto done) { m_store->read(QStringLiteral("profile-a"), this, done); });
        QCOMPARE(gone.status, TokenStore::Status::NotFound);
        QVERIFY(gone.token.isEmpty());
    }

    void profilesAreIsolated()
    {
        QVERIFY(run([&](auto done) {
                    m_store->write(QStringLiteral("one"), QStringLiteral("token-one"), this, done);
                }).ok());
        QVERIFY(run([&](auto done) {
                    m_store->write(QStringLiteral("two"), QStringLiteral("token-two"), this, done);
                }).ok());
        QCOMPARE(run([&](auto done) { m_store->read(QStringLiteral("one"), this, done); }).token,
                 QStringLiteral("token-one"));
        QCOMPARE(run([&](auto done) { m_store->read(QStringLiteral("two"), this, done); }).token,
                 QStringLiteral("token-two"));
        QVERIFY(run([&](auto done) {
                    m_store->write(QStringLiteral("one"), QStringLiteral("token-one-b"), this, done);
                }).ok());
        QCOMPARE(run([&](auto done) { m_store->read(QStringLiteral("two"), this, done); }).token,
                 QStringLiteral("token-two"));
        QVERIFY(run([&](auto done) { m_store->remove(QStringLiteral("one"), this, done); }).ok());
        QCOMPARE(run([&](auto done) { m_store->read(QStringLiteral("two"), this, done); }).token,
                 QStringLiteral("token-two"));
        // Another service (another app) does not see these keys.
        TokenStore other(m_index.get(), m_service + QStringLiteral("-other"));
        QCOMPARE(run([&](auto done) { other.read(QStringLiteral("two"), this, done); }).status,
                 TokenStore::Status::NotFound);
    }

    void forgetAllRemovesEveryWrittenKey()
    {
        for (const char *id : {"f1", "f2", "f3"})
            QVERIFY(
                run([&](auto done) { m_store->write(QString::fromLatin1(id), QStringLiteral("t"), this, done); }).ok());
        QVERIFY(m_store->indexedKeys().size() >= 3);
        std::optional<int> removed;
        m_store->forgetAll(this, [&removed](int n) { removed = n; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(*removed >= 3);
        QVERIFY(m_store->indexedKeys().isEmpty());
        for (const char *id : {"f1", "f2", "f3"})
            QCOMPARE(run([&](auto done) { m_store->read(QString::fromLatin1(id), this, done); }).status,
                     TokenStore::Status::NotFound);
    }

    void sessionOnlyTokenStaysInMemory()
    {
        m_store->keepForSession(QStringLiteral("memory"), QStringLiteral("in-memory-token"));
        QVERIFY(m_store->hasSessionToken(QStringLiteral("memory")));
        QCOMPARE(run([&](auto done) { m_store->read(QStringLiteral("memory"), this, done); }).token,
                 QStringLiteral("in-memory-token"));
        TokenStore fresh(m_index.get(), m_service); // a new run of the app
        QCOMPARE(run([&](auto done) { fresh.read(QStringLiteral("memory"), this, done); }).status,
                 TokenStore::Status::NotFound);
        QVERIFY(run([&](auto done) { m_store->remove(QStringLiteral("memory"), this, done); }).ok());
        QVERIFY(!m_store->hasSessionToken(QStringLiteral("memory")));
    }

    void noBackendIsReportedAndNothingIsWritten()
    {
        // A child copy of this test with no D-Bus session at all.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/kratos-desk-bus"));
        env.insert(QStringLiteral("KD_TOKENSTORE_CHILD"), m_dir.filePath(QStringLiteral("child")));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childNoBackend")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("PASS   : tst_TokenStore::childNoBackend()"), out.constData());
    }

    void childNoBackend()
    {
        const QString dir = qEnvironmentVariable("KD_TOKENSTORE_CHILD");
        if (dir.isEmpty())
            QSKIP("runs only as the child of noBackendIsReportedAndNothingIsWritten");
        QDir().mkpath(dir);
        QSettings index(dir + QStringLiteral("/index.ini"), QSettings::IniFormat);
        TokenStore store(&index, m_service);
        const QString marker = QStringLiteral("ory_pat_NO_BACKEND_MARKER");
        const auto written = run([&](auto done) { store.write(QStringLiteral("p"), marker, this, done); });
        QVERIFY(!written.ok());
        QVERIFY2(written.status == TokenStore::Status::NoBackend, qPrintable(written.message));
        QVERIFY(written.message.contains(QStringLiteral("No keychain")));
        const auto read = run([&](auto done) { store.read(QStringLiteral("p"), this, done); });
        QVERIFY(!read.ok());
        index.sync();
        QFile f(dir + QStringLiteral("/index.ini"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("MARKER")); // no plaintext fallback
    }

    void cleanupTestCase()
    {
        if (m_store) {
            bool done = false;
            m_store->forgetAll(this, [&done](int) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
