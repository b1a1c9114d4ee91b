// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityWindow.h"

#include "IdentityDetailPane.h"
#include "ScreenFit.h"

#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

IdentityWindow::IdentityWindow(const Identity &identity, const QString &label, const SchemaCatalog &catalog,
                               KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_id(identity.id)
    , m_pane(new IdentityDetailPane(client, audit, this))
{
    setObjectName(QStringLiteral("identityWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — identity").arg(label));
    auto *note = new QLabel(tr("This window stays on %1. Close it with Esc.").arg(label), this);
    note->setObjectName(QStringLiteral("identityWindowNote"));
    note->setTextFormat(Qt::PlainText); // the label is server text
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_pane, 1);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    m_pane->setSchemas(catalog);
    m_pane->showIdentity(identity);
    ScreenFit::resize(this, QSize(560, 640));
}
