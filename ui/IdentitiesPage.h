#pragma once

#include <QWidget>

class ErrorBanner;
class IdentityListModel;
class KratosClient;
class QLabel;
class QTableView;

// The Identities page: every identity, loaded page by page as the user scrolls.
class IdentitiesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesPage)

public:
    explicit IdentitiesPage(KratosClient *client, QWidget *parent = nullptr);

    IdentityListModel *model() const { return m_model; }
    void reload();

private:
    void updateStatus();

    IdentityListModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    ErrorBanner *m_error;
};
