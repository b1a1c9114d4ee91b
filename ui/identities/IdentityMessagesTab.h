// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiError;
class CourierMessageModel;
class KratosClient;
class QComboBox;
class QTableView;
struct Identity;

// The identity pane's Messages tab: the courier messages sent to one of the identity's addresses
// (Kratos filters by one exact recipient), chosen in a box; a message opens in the Courier page.
class IdentityMessagesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityMessagesTab)

public:
    explicit IdentityMessagesTab(KratosClient *client, QWidget *parent = nullptr);

    // Offers the identity's verifiable and recovery addresses and lists the first one's messages.
    void showAddresses(const Identity &identity);
    // Reads the shown address's messages again.
    void reload();
    void clear();

Q_SIGNALS:
    void openMessageRequested(const QString &recipient, const QString &messageId);
    void loadFailed(const ApiError &error);

private:
    CourierMessageModel *m_messages;
    QComboBox *m_address;
    QTableView *m_table;
};
