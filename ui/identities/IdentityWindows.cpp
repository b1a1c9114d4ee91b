// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityWindows.h"

#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "IdentityWindow.h"

IdentityWindows::IdentityWindows(KratosClient *client, AuditLog *audit, IdentityListModel *model,
                                 IdentityDetailPane *main, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_model(model)
    , m_main(main)
{
    connect(m_main, &IdentityDetailPane::identityChanged, this,
            [this](const Identity &identity) { changed(m_main, identity); });
}

IdentityWindow *IdentityWindows::open(const Identity &identity, const QString &label)
{
    // A child of the page: it goes with the main window, and does not keep the app open alone.
    auto *window =
        new IdentityWindow(identity, label, m_main->schemas(), m_client, m_audit, qobject_cast<QWidget *>(parent()));
    IdentityDetailPane *pane = window->pane();
    connect(pane, &IdentityDetailPane::identityChanged, this,
            [this, pane](const Identity &changedIdentity) { changed(pane, changedIdentity); });
    connect(pane, &IdentityDetailPane::identityDeleted, this, [this, pane](const QString &id) { deleted(pane, id); });
    // Messages and schemas open in the main window, as from the page's own pane.
    connect(pane, &IdentityDetailPane::openMessageRequested, m_main, &IdentityDetailPane::openMessageRequested);
    connect(pane, &IdentityDetailPane::openSchemaRequested, m_main, &IdentityDetailPane::openSchemaRequested);
    m_windows.append(window);
    window->show();
    return window;
}

QList<IdentityWindow *> IdentityWindows::windows() const
{
    QList<IdentityWindow *> open;
    for (const QPointer<IdentityWindow> &window : m_windows)
        if (window)
            open.append(window);
    return open;
}

QList<IdentityDetailPane *> IdentityWindows::panes() const
{
    QList<IdentityDetailPane *> all{m_main};
    for (IdentityWindow *window : windows())
        all.append(window->pane());
    return all;
}

void IdentityWindows::closeAll()
{
    for (IdentityWindow *window : windows())
        window->close();
    m_windows.clear();
}

void IdentityWindows::setSchemas(const SchemaCatalog &catalog)
{
    for (IdentityWindow *window : windows())
        window->pane()->setSchemas(catalog);
}

void IdentityWindows::changed(IdentityDetailPane *from, const Identity &identity)
{
    m_model->updateIdentity(identity);
    for (IdentityDetailPane *pane : panes()) {
        if (pane != from && pane->identity() && pane->identity()->id == identity.id)
            pane->refresh(); // read again: this pane may show more than the change (its sessions)
    }
}

void IdentityWindows::deleted(IdentityDetailPane *from, const QString &id)
{
    m_model->removeIdentity(id);
    for (IdentityDetailPane *pane : panes()) {
        if (pane != from && pane->identity() && pane->identity()->id == id)
            pane->refresh(); // it finds the identity gone and says so
    }
}
