#pragma once

#include <QMainWindow>

class IdentitiesPage;
class KratosClient;
class QLabel;
class QListWidget;
class QStackedWidget;

// The application window: a sidebar with the three areas (Identities, Courier, Schemas), the
// selected page, and a status bar naming the server and its Kratos version.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        IdentitiesArea,
        CourierArea,
        SchemasArea
    };

    explicit MainWindow(KratosClient *client, QWidget *parent = nullptr);

    // Describes the connection (no secrets: a name and a host) and loads the server's facts.
    void connectToServer(const QString &description);
    void showPage(Page page);
    IdentitiesPage *identitiesPage() const { return m_identities; }

private:
    void refreshServerInfo();

    KratosClient *m_client;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    IdentitiesPage *m_identities;
    QLabel *m_serverLabel;
    QLabel *m_versionLabel;
};
