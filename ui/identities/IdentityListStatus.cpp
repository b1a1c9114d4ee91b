// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityListStatus.h"

#include "ElidedLabel.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "ReadStamp.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

IdentityListStatus::IdentityListStatus(IdentityListModel *model, IdentityFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_status(new ElidedLabel(this))
    , m_busy(new QLabel(this))
    , m_busyDelay(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_loadAll(new QPushButton(tr("Load all"), this))
{
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_busy->setObjectName(QStringLiteral("filterBusy"));
    m_busy->setTextFormat(Qt::PlainText);
    m_busy->hide();
    m_busyDelay->setObjectName(QStringLiteral("filterBusyDelay"));
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyHintMs);
    // Keyset paging gives no total: a busy bar and the running count are the honest progress.
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_loadAll->setObjectName(QStringLiteral("loadAllButton"));
    m_loadAll->setToolTip(tr("Load every identity, so that the filter finds any text in any trait"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_busy);
    row->addWidget(m_progress);
    row->addWidget(m_loadAll);

    connect(m_proxy, &IdentityFilterProxy::computing, m_busyDelay, qOverload<>(&QTimer::start));
    connect(m_busyDelay, &QTimer::timeout, this, &IdentityListStatus::showBusyHint);
    connect(m_proxy, &IdentityFilterProxy::settled, this, [this]() {
        m_busyDelay->stop();
        m_busy->hide();
    });
    connect(m_loadAll, &QPushButton::clicked, this, [this]() {
        if (m_model->isLoadingAll())
            m_model->cancelLoadAll();
        else
            m_model->loadAll();
        Q_EMIT loadAllToggled();
    });
}

void IdentityListStatus::showMessage(const QString &text)
{
    m_status->setText(text);
}

void IdentityListStatus::refresh()
{
    const int rows = m_model->rowCount();
    const bool loadingAll = m_model->isLoadingAll();
    m_loadAll->setText(loadingAll ? tr("Stop loading") : tr("Load all"));
    m_progress->setVisible(loadingAll);
    m_loadAll->setEnabled(!m_model->isComplete() || loadingAll);
    QString text;
    if (loadingAll)
        text = tr("Loading every identity: %Ln so far…", nullptr, rows);
    else if (m_model->isLoading())
        text = tr("%Ln identities loaded, loading more…", nullptr, rows);
    else if (m_model->isComplete())
        text = tr("All %Ln identities loaded", nullptr, rows);
    else
        text = tr("%Ln identities loaded; scroll down for more", nullptr, rows);
    // How old the list is: a support agent compares it with what the customer says.
    const QString stamp = ReadStamp::text(m_model->readAt());
    if (!stamp.isEmpty() && !loadingAll)
        text += QStringLiteral(" · ") + stamp;
    m_status->setText(text);
}

void IdentityListStatus::showBusyHint()
{
    if (m_proxy->isSettled())
        return;
    const int rows = m_model->rowCount();
    m_busy->setText(m_sortAsked ? tr("Sorting %Ln identities…", nullptr, rows)
                                : tr("Filtering %Ln identities…", nullptr, rows));
    m_busy->show();
}
