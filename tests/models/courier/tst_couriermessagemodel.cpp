// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierMessageModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

class tst_CourierMessageModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 50;
        options.messages = 250;
        options.devMode = true; // the server puts real bodies into lists
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        connectTo(*m_client, *m_sim);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void pagesNewestFirstWithoutBodies()
    {
        CourierMessageModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 250); // the tester's fetchMore() calls page on
        QVERIFY(model.isComplete());
        for (int r = 0; r < model.rowCount(); ++r) {
            const CourierMessage *m = model.messageAt(r);
            QVERIFY(!m->bodyIncluded);
            QVERIFY(m->body.isEmpty());
            if (r > 0)
                QVERIFY(model.messageAt(r - 1)->createdAt >= m->createdAt);
            // No role of any column carries the body text.
            const QString body = m_sim->store().message(m->id)->json.value(QStringLiteral("body")).toString();
            for (int c = 0; c < model.columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(CourierMessageModel::SortRole)})
                    QVERIFY(!model.data(model.index(r, c), role).toString().contains(body.left(30)));
            }
        }
        const QMap<QString, int> counts = model.statusCounts();
        QCOMPARE(counts.value(QStringLiteral("sent")) + counts.value(QStringLiteral("queued")) +
                     counts.value(QStringLiteral("processing")) + counts.value(QStringLiteral("abandoned")),
                 250);
    }

    void filtersSendTheDocumentedParameters()
    {
        CourierMessageModel model(m_client.get());
        const QString recipient = m_sim->store().messages().front().json.value(QStringLiteral("recipient")).toString();
        model.setFilter(QStringLiteral("abandoned"), QString());
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.messageAt(r)->status, QStringLiteral("abandoned"));
        QByteArray query = m_sim->requests().last().query;
        QVERIFY(query.contains("status=abandoned"));
        QVERIFY(!query.contains("recipient"));
        model.setFilter(QString(), recipient);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.messageAt(r)->recipient, recipient);
        query = m_sim->requests().last().query;
        QVERIFY(query.contains(QByteArray("recipient=" + QUrl::toPercentEncoding(recipient))));
        QVERIFY(!query.contains("status"));
    }

    void expiredTokenRestartsFromTheNewest()
    {
        CourierMessageModel model(m_client.get());
        QSignalSpy restarted(&model, &CourierMessageModel::restarted);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 100);
        m_sim->store().advanceClock(3700);
        model.fetchMore({});
        QTRY_COMPARE(restarted.size(), 1);
        QVERIFY(restarted.first().first().toString().contains(QStringLiteral("hour")));
        QTRY_COMPARE(model.rowCount(), 100); // the newest page again, not an error
        QVERIFY(model.lastError().isNull());
    }

    void templateNamesInWords()
    {
        QCOMPARE(CourierMessageModel::templateName(QStringLiteral("recovery_code_valid")),
                 QStringLiteral("Recovery code (valid)"));
        QCOMPARE(CourierMessageModel::templateName(QStringLiteral("something_new")), QStringLiteral("something_new"));
    }
};

QTEST_GUILESS_MAIN(tst_CourierMessageModel)
#include "tst_couriermessagemodel.moc"
