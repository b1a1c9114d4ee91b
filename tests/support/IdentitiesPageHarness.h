// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SchemaListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>

#include <memory>

// An Identities page on a simulator of its own, wired as the window wires it: the client with its
// audit trail, the connection's schema list, the page shown at 1200×700 with its list loaded.
struct IdentitiesPageHarness
{
    std::unique_ptr<KratosSimulator> sim;
    QNetworkAccessManager nam;
    std::unique_ptr<KratosClient> client;
    std::unique_ptr<TestAudit> audit;
    std::unique_ptr<SchemaListModel> schemas;
    std::unique_ptr<IdentitiesPage> page;

    explicit IdentitiesPageHarness(int identities, int messages = 0)
    {
        SimOptions options;
        options.identities = identities;
        options.messages = messages;
        sim = TestSupport::startSimulator(options);
        client = std::make_unique<KratosClient>(&nam);
        audit = std::make_unique<TestAudit>(client.get());
        TestSupport::connectTo(*client, *sim);
    }
    ~IdentitiesPageHarness()
    {
        page.reset(); // before the trail, the schemas and the client it uses
        schemas.reset();
        client.reset();
        sim.reset();
    }
    IdentitiesPageHarness(const IdentitiesPageHarness &) = delete;
    IdentitiesPageHarness &operator=(const IdentitiesPageHarness &) = delete;

    // The page on `trail` (the harness's own when null); true once every identity is listed.
    bool openPage(AuditLog *trail = nullptr)
    {
        schemas = std::make_unique<SchemaListModel>(client.get());
        page = std::make_unique<IdentitiesPage>(client.get(), trail ? trail : &audit->log, schemas.get());
        page->resize(1200, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return false;
        schemas->reload();
        page->reload();
        const int expected = int(sim->store().identities().size());
        return QTest::qWaitFor([this, expected]() { return page->model()->rowCount() == expected; }, 10000);
    }
    // Row `row` of the list, clicked and shown in the pane; its id, or empty when it did not show.
    QString openRow(int row)
    {
        auto *table = page->findChild<QTableView *>(QStringLiteral("identityTable"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
        const QString id = page->pinnedId();
        const bool shown = QTest::qWaitFor(
            [this, &id]() { return page->detail()->identity() && page->detail()->identity()->id == id; }, 10000);
        return shown ? id : QString();
    }
};
