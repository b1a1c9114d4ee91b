// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "ConnectionProfile.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

class CourierPage;
class IdentitiesPage;
class LinkOpener;
class QComboBox;
class QFrame;
class ApiError;
class QLabel;
class QListWidget;
class OverviewPage;
class QStackedWidget;
class SchemaListModel;
class SchemasPage;
class SessionsPage;
class UserGuideDialog;

// The application window: a toolbar with the profile switcher, a band in the profile's
// environment colour, a sidebar with the areas (Overview, Identities, Sessions, Courier, Schemas), the selected
// page, and a status bar naming the server and its Kratos version. With no profile open it shows
// the welcome page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page
    {
        OverviewArea,
        IdentitiesArea,
        SessionsArea,
        CourierArea,
        SchemasArea,
        WelcomeArea
    };

    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);

    // For a connection made outside the profiles (--admin-url): no secrets, a name and a host.
    void connectToServer(const QString &description);
    void openProfile(const QString &profileId);
    void openDemo();
    void showProfilesDialog();
    void showAuditLog();
    void showInvitations();
    // Gives the Identities list each identity's last sign-in once the Sessions page holds every session.
    void followSessionList(bool loading);
    void showSettings();
    void applySettings();
    void showPage(Page page);
    void showShortcuts();
    // Help → User guide (F1): the guide compiled into the app, in a window of its own.
    void showUserGuide();
    // Help → About: version, licence, Qt, and the connected server's Kratos version.
    void showAbout();
    OverviewPage *overviewPage() const { return m_overview; }
    IdentitiesPage *identitiesPage() const { return m_identities; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    CourierPage *courierPage() const { return m_courier; }
    SchemasPage *schemasPage() const { return m_schemas; }
    // Helpdesk links and pasted ids (Go → Open from clipboard, --open).
    LinkOpener *links() const { return m_links; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's parts, in order.
    void nameWidgets();
    void buildToolbar();
    void buildMenus(); // the page list's entries and File, Go, Help
    void buildCentralArea();
    void buildStatusBar();
    void connectPages(); // one page opening another on an item
    void connectProfiles();
    void onOpened(const ConnectionProfile &profile);
    void onClosed();
    void reloadSwitcher();
    void refreshServerInfo();
    // The status bar's server state follows the last requests: a failed connection shows until
    // a request is answered again.
    void showUnreachable(const ApiError &error);
    void showAnswered();

    AppContext m_context;
    // Every widget is made in the parent it stays in: with the application's style sheet, moving
    // a built page to another parent restyles its whole tree (16 ms of the start for the pages).
    QWidget *m_central;
    QComboBox *m_switcher;
    QFrame *m_band;
    QLabel *m_readOnlyBadge;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    SchemaListModel *m_schemaList; // the connection's identity schemas, loaded once per connection
    OverviewPage *m_overview;
    IdentitiesPage *m_identities;
    SessionsPage *m_sessions;
    CourierPage *m_courier;
    SchemasPage *m_schemas;
    QLabel *m_serverLabel;
    QLabel *m_versionLabel;
    QDateTime m_unreachableSince; // the first failed connection since the server last answered
    QLabel *m_trailBanner;
    QLabel *m_damageBanner;
    QLabel *m_forwarding;
    QAction *m_profilesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_invitationsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_pageActions;      // Ctrl+1…n
    quint64 m_sessionListGeneration = 0; // a newer list makes last sign-ins from an older one stale
    QPointer<UserGuideDialog> m_guide;
    LinkOpener *m_links;
};
