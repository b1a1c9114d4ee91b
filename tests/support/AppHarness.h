// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "AppSettings.h"
#include "AuditLog.h"
#include "ConnectionController.h"
#include "KratosClient.h"
#include "ProfileStore.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

// The application's services wired as main() wires them, with settings and audit files in a
// temporary folder and a keychain service name of the test's own.
struct AppHarness
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("config/kratos-desk.ini")), QSettings::IniFormat};
    QNetworkAccessManager nam;
    KratosClient client{&nam};
    ProfileStore profiles{&settings};
    TokenStore tokens{&settings,
                      QStringLiteral("kratos-desk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8)};
    AuditLog audit{dir.filePath(QStringLiteral("data/audit"))};
    ConnectionController connection{&client, &tokens, &profiles, &audit};
    AppSettings preferences{&settings};

    AppHarness() { client.setAuditGate(&audit); }
    ~AppHarness()
    {
        bool done = false;
        tokens.forgetAll(nullptr, [&done](int) { done = true; });
        for (int i = 0; i < 200 && !done; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    // A saved profile named `name` for the admin API at `adminUrl`.
    ConnectionProfile saveProfile(const QUrl &adminUrl, const QString &name = QStringLiteral("Local"))
    {
        ConnectionProfile p = ConnectionProfile::create(name);
        p.adminUrl = adminUrl;
        profiles.save(p);
        return p;
    }
    AppContext context() { return {&nam, &client, &profiles, &tokens, &audit, &connection, &preferences}; }
};
