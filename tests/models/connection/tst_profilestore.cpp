// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static ConnectionProfile sample(const QString &name)
    {
        ConnectionProfile p = ConnectionProfile::create(name);
        p.adminUrl = QUrl(QStringLiteral("https://acme.projects.oryapis.com"));
        p.environment = ConnectionProfile::Environment::Production;
        p.readOnly = true;
        p.timeoutSeconds = 12;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))),
            QSettings::IniFormat);
    }

    void saveLoadRemoveDuplicate()
    {
        ProfileStore store(m_settings.get());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const ConnectionProfile p = sample(QStringLiteral("Acme production"));
        store.save(p);
        QCOMPARE(changed.size(), 1);
        const auto loaded = store.profile(p.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, p.name);
        QCOMPARE(loaded->adminUrl, p.adminUrl);
        QCOMPARE(loaded->environment, ConnectionProfile::Environment::Production);
        QVERIFY(loaded->readOnly);
        QCOMPARE(loaded->timeoutSeconds, 12);
        QCOMPARE(store.profileByName(QStringLiteral("acme PRODUCTION"))->id, p.id);

        const ConnectionProfile copy = store.duplicate(p.id);
        QVERIFY(copy.id != p.id);
        QCOMPARE(copy.name, QStringLiteral("Acme production (copy)"));
        QCOMPARE(store.profiles().size(), 2);

        store.setLastProfileId(p.id);
        QCOMPARE(store.lastProfileId(), p.id);
        store.remove(p.id);
        QVERIFY(!store.profile(p.id));
        QVERIFY(store.lastProfileId().isEmpty());
    }

    void validation()
    {
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("x"));
        QVERIFY(!p.validate().isEmpty()); // no URL
        p.adminUrl = QUrl(QStringLiteral("ftp://h"));
        QVERIFY(p.validate().contains(QStringLiteral("http")));
        p.adminUrl = QUrl(QStringLiteral("http://10.1.2.3:4434"));
        QVERIFY(p.validate().isEmpty());
        QVERIFY(p.exposesTokenInTransit());
        p.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:4434"));
        QVERIFY(!p.exposesTokenInTransit());
        p.adminUrl = QUrl(QStringLiteral("http://localhost:4434"));
        QVERIFY(!p.exposesTokenInTransit());
        p.adminUrl = QUrl(QStringLiteral("https://kratos.example.com"));
        QVERIFY(!p.exposesTokenInTransit());
        p.name = QStringLiteral(" ");
        QVERIFY(!p.validate().isEmpty());
    }

    void exportNeverHasTokensAndImportRoundTrips()
    {
        ProfileStore store(m_settings.get());
        const ConnectionProfile p = sample(QStringLiteral("Acme"));
        store.save(p);
        const QByteArray json = store.exportJson({p.id});
        QVERIFY(!json.contains("token"));
        QVERIFY(json.contains("https://acme.projects.oryapis.com"));

        QSettings other(m_dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        ProfileStore target(&other);
        QString error;
        QCOMPARE(target.importJson(json, &error), 1);
        QCOMPARE(target.profiles().first().name, QStringLiteral("Acme"));
        // Importing again gives new ids instead of overwriting.
        QCOMPARE(target.importJson(json, &error), 1);
        QCOMPARE(target.profiles().size(), 2);
    }

    void importRefusesTokensAndBadFiles()
    {
        ProfileStore store(m_settings.get());
        QString error;
        QCOMPARE(store.importJson("{nope", &error), -1);
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(store.importJson("{\"something\":\"else\"}", &error), -1);
        QVERIFY(error.contains(QStringLiteral("profiles")));
        QCOMPARE(store.importJson(
                     "{\"profiles\":[{\"name\":\"a\",\"admin_url\":\"https://a.example\",\"token\":\"ory_pat_x\"}]}",
                     &error),
                 -1);
        QVERIFY(error.contains(QStringLiteral("token")));
        QCOMPARE(store.importJson(
                     "{\"profiles\":[{\"name\":\"a\",\"admin_url\":\"https://a.example\",\"environment\":\"moon\"}]}",
                     &error),
                 -1);
        QVERIFY(error.contains(QStringLiteral("moon")));
        QCOMPARE(store.importJson("{\"profiles\":[{\"name\":\"ok\",\"admin_url\":\"https://"
                                  "a.example\"},{\"name\":\"bad\",\"admin_url\":\"nope\"}]}",
                                  &error),
                 -1);
        QVERIFY(error.contains(QStringLiteral("bad")));
        QVERIFY(store.profiles().isEmpty()); // all or nothing
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
