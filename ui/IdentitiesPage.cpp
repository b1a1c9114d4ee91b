#include "IdentitiesPage.h"

#include "IdentityListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IdentitiesPage::IdentitiesPage(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new IdentityListModel(client, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
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
    m_error->setObjectName(QStringLiteral("identityError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_retry->setObjectName(QStringLiteral("identityRetry"));
    m_retry->hide();

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(errorRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_model, &IdentityListModel::loadingChanged, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::pageLoaded, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::loadFailed, this, &IdentitiesPage::updateStatus);
    connect(m_retry, &QPushButton::clicked, this, &IdentitiesPage::reload);
}

void IdentitiesPage::reload()
{
    m_model->reload();
    updateStatus();
}

void IdentitiesPage::updateStatus()
{
    const ApiError error = m_model->lastError();
    m_error->setVisible(!error.isNull());
    m_retry->setVisible(!error.isNull());
    if (!error.isNull()) {
        m_error->setText(
            QStringLiteral("<b>%1</b> — %2").arg(error.title().toHtmlEscaped(), error.userMessage().toHtmlEscaped()));
        m_error->setToolTip(error.technicalDetails());
    }
    const int rows = m_model->rowCount();
    if (m_model->isLoading())
        m_status->setText(tr("%n identities loaded, loading more…", nullptr, rows));
    else if (m_model->isComplete())
        m_status->setText(tr("All %n identities loaded", nullptr, rows));
    else
        m_status->setText(tr("%n identities loaded; scroll down for more", nullptr, rows));
}
