#include "IdentitiesPage.h"

#include "ErrorBanner.h"
#include "IdentityListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

IdentitiesPage::IdentitiesPage(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new IdentityListModel(client, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorBanner(this))
{
    m_table->setObjectName(QStringLiteral("identityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::IdentifierColumn, 280);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::NameColumn, 180);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::StateColumn, 80);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::VerifiedColumn, 90);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::SchemaColumn, 110);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::CreatedColumn, 170);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::UpdatedColumn, 170);

    m_status->setObjectName(QStringLiteral("identityStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_model, &IdentityListModel::loadingChanged, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::pageLoaded, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::loadFailed, this, &IdentitiesPage::updateStatus);
    connect(m_error, &ErrorBanner::retryRequested, this, &IdentitiesPage::reload);
}

void IdentitiesPage::reload()
{
    m_model->reload();
    updateStatus();
}

void IdentitiesPage::updateStatus()
{
    const ApiError error = m_model->lastError();
    if (error.isNull())
        m_error->clear();
    else
        m_error->showError(error);
    const int rows = m_model->rowCount();
    if (m_model->isLoading())
        m_status->setText(tr("%n identities loaded, loading more…", nullptr, rows));
    else if (m_model->isComplete())
        m_status->setText(tr("All %n identities loaded", nullptr, rows));
    else
        m_status->setText(tr("%n identities loaded; scroll down for more", nullptr, rows));
}
