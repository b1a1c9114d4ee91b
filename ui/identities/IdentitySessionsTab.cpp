// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySessionsTab.h"

#include "SessionListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IdentitySessionsTab::IdentitySessionsTab(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_sessions(new SessionListModel(client, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_extend(new QPushButton(tr("Extend…"), this))
    , m_revokeAll(new QPushButton(tr("Revoke all…"), this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_table->setModel(m_sessions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_revoke->setObjectName(QStringLiteral("revokeSessionButton"));
    m_extend->setObjectName(QStringLiteral("extendSessionButton"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllSessionsButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_extend);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_revokeAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Revoke and Extend act on the selected session: with none, there is nothing to press.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentitySessionsTab::updateButtons);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &IdentitySessionsTab::updateButtons);
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, &IdentitySessionsTab::updateButtons);
    connect(m_sessions, &QAbstractItemModel::dataChanged, this, &IdentitySessionsTab::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &IdentitySessionsTab::revokeRequested);
    connect(m_extend, &QPushButton::clicked, this, &IdentitySessionsTab::extendRequested);
    connect(m_revokeAll, &QPushButton::clicked, this, &IdentitySessionsTab::revokeAllRequested);
    connect(m_sessions, &SessionListModel::loaded, this,
            [this](int count) { m_status->setText(tr("%Ln session(s)", nullptr, count)); });
    connect(m_sessions, &SessionListModel::loadFailed, this, &IdentitySessionsTab::loadFailed);
    updateButtons();
}

void IdentitySessionsTab::load(const QString &identityId)
{
    m_sessions->load(identityId);
}

void IdentitySessionsTab::clear()
{
    m_sessions->clear();
    m_status->clear();
    updateButtons();
}

void IdentitySessionsTab::setLive(bool live)
{
    m_live = live;
    updateButtons();
}

const Session *IdentitySessionsTab::selectedSession() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_sessions->sessionAt(rows.first().row());
}

void IdentitySessionsTab::updateSession(const Session &session)
{
    m_sessions->updateSession(session);
}

void IdentitySessionsTab::updateButtons()
{
    const bool selected = m_live && m_table->selectionModel()->hasSelection();
    m_revoke->setEnabled(selected);
    m_extend->setEnabled(selected);
    m_revokeAll->setEnabled(m_live && m_sessions->rowCount() > 0);
}
