// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "SchemaCatalog.h"

#include <QWidget>

class AuditLog;
class IdentityDetailPane;
class KratosClient;
class QLabel;

// One identity in a window of its own, to compare two people side by side. The window is bound to
// the identity it was opened on and never shows anyone else; its title and its note say who it is.
class IdentityWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityWindow)

public:
    // `catalog` titles the traits as the page's own pane does.
    IdentityWindow(const Identity &identity, const QString &label, const SchemaCatalog &catalog, KratosClient *client,
                   AuditLog *audit, QWidget *parent = nullptr);

    QString identityId() const { return m_id; }
    IdentityDetailPane *pane() const { return m_pane; }

private:
    QString m_id;
    IdentityDetailPane *m_pane;
};
