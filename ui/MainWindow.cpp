#include "MainWindow.h"

#include "EmptyStatePage.h"
#include "IdentitiesPage.h"
#include "KratosClient.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

MainWindow::MainWindow(KratosClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_identities(new IdentitiesPage(client, this))
    , m_serverLabel(new QLabel(this))
    , m_versionLabel(new QLabel(this))
{
    setWindowTitle(tr("Kratos Desk"));
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));

    const QStyle *s = style();
    new QListWidgetItem(s->standardIcon(QStyle::SP_DirHomeIcon), tr("Identities"), m_pageList);
    new QListWidgetItem(s->standardIcon(QStyle::SP_MessageBoxInformation), tr("Courier"), m_pageList);
    new QListWidgetItem(s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Schemas"), m_pageList);
    m_pageList->setFixedWidth(150);
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setSpacing(2);

    m_pages->addWidget(m_identities);
    m_pages->addWidget(new EmptyStatePage(
        tr("Courier"),
        tr("Verification codes, recovery links and login codes that Kratos queued, sent or abandoned, and why "
           "a delivery failed."),
        this));
    m_pages->addWidget(new EmptyStatePage(
        tr("Identity schemas"),
        tr("The traits each identity schema defines, which one is the login identifier, and which addresses "
           "are verified or used for recovery."),
        this));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_versionLabel);
    m_serverLabel->setText(tr("Not connected"));

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(IdentitiesArea);
    resize(1180, 720);
}

void MainWindow::showPage(Page page)
{
    m_pageList->setCurrentRow(page);
}

void MainWindow::connectToServer(const QString &description)
{
    m_serverLabel->setText(description);
    setWindowTitle(tr("%1 — Kratos Desk").arg(description));
    refreshServerInfo();
    m_identities->reload();
}

void MainWindow::refreshServerInfo()
{
    m_versionLabel->setText(tr("Kratos: checking…"));
    m_client->getVersion(this, [this](const ApiResult<ServerVersion> &result) {
        if (!result.ok()) {
            m_versionLabel->setText(tr("Kratos version unknown"));
            m_versionLabel->setToolTip(result.error().userMessage());
            return;
        }
        const QString version = result.value().version;
        m_client->checkReady(this, [this, version](const ApiResult<HealthStatus> &ready) {
            const QString state = !ready.ok()        ? tr("readiness unknown")
                                  : ready.value().ok ? tr("ready")
                                                     : tr("not ready: %1").arg(ready.value().detail);
            m_versionLabel->setText(tr("Kratos %1 · %2").arg(version, state));
            m_versionLabel->setToolTip(ready.ok() ? QString() : ready.error().userMessage());
        });
    });
}
