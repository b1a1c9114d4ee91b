// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityMessagesTab.h"

#include "CourierMessageModel.h"
#include "Identity.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

IdentityMessagesTab::IdentityMessagesTab(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_messages(new CourierMessageModel(client, this))
    , m_address(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_address->setObjectName(QStringLiteral("messageAddress"));
    m_address->setAccessibleName(tr("Recipient"));
    // A long address is elided in the box instead of widening the pane.
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_address->setMinimumContentsLength(16);
    m_address->setToolTip(tr("Kratos filters courier messages by one exact recipient"));
    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_table->setModel(m_messages);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click a message to open it in the Courier page"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_address);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CourierMessage *m = m_messages->messageAt(index.row()))
            Q_EMIT openMessageRequested(m->recipient, m->id);
    });
    connect(m_address, &QComboBox::currentTextChanged, this, [this](const QString &address) {
        if (!address.isEmpty())
            m_messages->setFilter(QString(), address);
    });
    connect(m_messages, &CourierMessageModel::loadFailed, this, &IdentityMessagesTab::loadFailed);
}

void IdentityMessagesTab::showAddresses(const Identity &identity)
{
    const QSignalBlocker block(m_address);
    m_address->clear();
    QStringList addresses;
    for (const VerifiableAddress &a : identity.verifiableAddresses)
        addresses.append(a.value);
    for (const RecoveryAddress &a : identity.recoveryAddresses) {
        if (!addresses.contains(a.value))
            addresses.append(a.value);
    }
    m_address->addItems(addresses);
    if (!addresses.isEmpty())
        m_messages->setFilter(QString(), addresses.first());
}

void IdentityMessagesTab::reload()
{
    if (m_address->count() > 0)
        m_messages->reload(); // filtered to the shown address
}

void IdentityMessagesTab::clear()
{
    m_address->clear();
}
