// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "KratosClient.h"

#include <QTemporaryDir>

// An audit trail in a temporary folder, opened for the profile "test" and installed as the
// client's gate, as main() wires it.
struct TestAudit
{
    QTemporaryDir dir;
    AuditLog log{dir.filePath(QStringLiteral("audit"))};

    explicit TestAudit(KratosClient *client = nullptr)
    {
        log.setProfile({QStringLiteral("test"), QStringLiteral("Test"), QStringLiteral("kratos.test:4434"),
                        QStringLiteral("staging"), SyslogTarget()});
        if (client)
            client->setAuditGate(&log);
    }
    // Every record written so far, once the writer has caught up.
    QList<AuditRecord> records()
    {
        log.waitForWritten();
        return log.records(QStringLiteral("test"));
    }
    QString path() const { return log.filePath(QStringLiteral("test")); }
};
