// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "SchemaCatalog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class IdentityDetailPane;
class IdentityListModel;
class IdentityWindow;
class KratosClient;

// The identities opened in windows of their own (IdentityWindow). What one pane changes reaches
// the list and every other pane showing the same identity, so that no view keeps an old state;
// a new connection closes them all, as nothing of the old server may stay on screen.
class IdentityWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityWindows)

public:
    // `main` is the page's own detail pane: its messages and schemas open in the main window.
    IdentityWindows(KratosClient *client, AuditLog *audit, IdentityListModel *model, IdentityDetailPane *main,
                    QObject *parent = nullptr);

    IdentityWindow *open(const Identity &identity, const QString &label);
    void closeAll();
    // The connection's schemas arrived: every window titles its traits from them.
    void setSchemas(const SchemaCatalog &catalog);
    QList<IdentityWindow *> windows() const;

private:
    void changed(IdentityDetailPane *from, const Identity &identity);
    void deleted(IdentityDetailPane *from, const QString &id);
    QList<IdentityDetailPane *> panes() const;

    KratosClient *m_client;
    AuditLog *m_audit;
    IdentityListModel *m_model;
    IdentityDetailPane *m_main;
    QList<QPointer<IdentityWindow>> m_windows;
};
