// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDetailPane.h"

#include "IdentityListModel.h"

#include "ElidedLabel.h"
#include "ErrorBanner.h"

#include "KratosClient.h"
#include "ListNote.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat)
                       : QCoreApplication::translate("SessionDetailPane", "—");
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        t->setItem(row, c, item);
    }
}

} // namespace

SessionDetailPane::SessionDetailPane(KratosClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_note(new ListNote(this))
    , m_title(new ElidedLabel(this))
    , m_placeholder(new QLabel(tr("Select a session to see its methods and devices."), this))
    , m_error(new ErrorBanner(this))
    , m_body(new QWidget(this))
    , m_fields(new QFormLayout)
    , m_methods(table({tr("Method"), tr("AAL"), tr("Provider"), tr("Organisation"), tr("Completed")},
                      QStringLiteral("sessionMethods"), m_body))
    , m_devices(table({tr("IP address"), tr("Location"), tr("User agent"), tr("Device ID")},
                      QStringLiteral("sessionDevices"), m_body))
    , m_revoke(new QPushButton(tr("Revoke &session…"), this))
    , m_openIdentity(new QPushButton(tr("Open &identity"), this))
{
    setObjectName(QStringLiteral("sessionDetail"));
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_placeholder->setObjectName(QStringLiteral("sessionPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(QStringLiteral("sessionErrorBanner"));
    m_revoke->setObjectName(QStringLiteral("sessionRevoke"));
    m_openIdentity->setObjectName(QStringLiteral("sessionOpenIdentity"));
    m_methods->setAccessibleName(tr("Authentication methods"));
    m_devices->setAccessibleName(tr("Devices"));
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(m_fields);
    bodyLayout->addWidget(new QLabel(tr("Authentication methods"), m_body));
    bodyLayout->addWidget(m_methods, 1);
    bodyLayout->addWidget(new QLabel(tr("Devices"), m_body));
    bodyLayout->addWidget(m_devices, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openIdentity);
    buttons->addStretch(1);
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    layout->addLayout(buttons);

    connect(m_revoke, &QPushButton::clicked, this, &SessionDetailPane::revokeRequested);
    connect(m_openIdentity, &QPushButton::clicked, this, [this]() {
        if (m_session && m_session->identity)
            Q_EMIT openIdentityRequested(m_session->identity->id);
    });
    connect(m_error, &ErrorBanner::retryRequested, this, &SessionDetailPane::refresh);
    connect(m_note, &ListNote::showInListRequested, this, &SessionDetailPane::showInListRequested);
    clear();
}

void SessionDetailPane::clear()
{
    ++m_generation;
    m_sessionId.clear();
    m_identityLabel.clear();
    m_session.reset();
    m_gone = false;
    m_listNote.clear();
    m_error->clear();
    m_title->clear();
    showNote();
    render();
}

void SessionDetailPane::setListNote(const QString &text, bool offerShowInList)
{
    m_listNote = text;
    m_listNoteOffersShow = offerShowInList;
    showNote();
}

void SessionDetailPane::showNote()
{
    if (m_gone)
        m_note->setNote(tr("The server no longer has this session (found missing at %1).")
                            .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                        false);
    else
        m_note->setNote(m_listNote, m_listNoteOffersShow);
}

void SessionDetailPane::showSession(const QString &sessionId, const QString &identityLabel)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_identityLabel = identityLabel;
    m_session.reset();
    m_gone = false;
    m_listNote.clear();
    showNote();
    refresh();
}

void SessionDetailPane::refresh()
{
    if (m_sessionId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_error->clear();
    m_title->setText(tr("Session of %1").arg(m_identityLabel));
    render();
    m_client->getSession(m_sessionId, true, true, this, [this, generation](const ApiResult<Session> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok() && result.error().httpStatus() == 404 && result.error().isKratosError()) {
            m_gone = true; // shown as it was read last, with nothing to act on
            showNote();
            render();
            return;
        }
        if (!result.ok()) {
            m_error->showError(result.error());
            return;
        }
        m_gone = false;
        showNote();
        m_session = result.value();
        if (m_identityLabel.isEmpty() && m_session->identity) { // opened by id, from a link
            m_identityLabel = IdentityListModel::primaryIdentifier(*m_session->identity);
            m_title->setText(tr("Session of %1").arg(m_identityLabel));
        }
        render();
    });
}

void SessionDetailPane::render()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_methods->setRowCount(0);
    m_devices->setRowCount(0);
    m_placeholder->setVisible(m_sessionId.isEmpty());
    m_body->setVisible(m_session.has_value());
    m_revoke->setEnabled(m_session && m_session->active && !m_gone);
    m_openIdentity->setEnabled(m_session && m_session->identity);
    m_revoke->setVisible(!m_sessionId.isEmpty());
    m_openIdentity->setVisible(!m_sessionId.isEmpty());
    if (!m_session)
        return;
    const Session &s = *m_session;
    const auto field = [this](const QString &label, const QString &value, const QString &name) {
        auto *v = new QLabel(value, m_body);
        v->setObjectName(name);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        m_fields->addRow(label, v);
    };
    field(tr("Session ID"), s.id, QStringLiteral("sessionIdValue"));
    if (s.identity)
        field(tr("Identity"), tr("%1 (%2)").arg(m_identityLabel, s.identity->id),
              QStringLiteral("sessionIdentityValue"));
    const bool expired = s.expiresAt.isValid() && s.expiresAt <= QDateTime::currentDateTimeUtc();
    field(tr("State"),
          s.active  ? tr("active")
          : expired ? tr("inactive: expired %1").arg(when(s.expiresAt))
                    : tr("inactive: revoked"),
          QStringLiteral("sessionStateValue"));
    field(tr("Assurance level"), s.aal.toUpper(), QStringLiteral("sessionAalValue"));
    field(tr("Authenticated"), when(s.authenticatedAt), QStringLiteral("sessionAuthenticatedValue"));
    field(tr("Issued"), when(s.issuedAt), QStringLiteral("sessionIssuedValue"));
    field(tr("Expires"), when(s.expiresAt), QStringLiteral("sessionExpiresValue"));
    for (const AuthenticationMethod &m : s.authenticationMethods)
        addRow(m_methods, {m.method, m.aal.toUpper(), m.provider, m.organization, when(m.completedAt)});
    for (const SessionDevice &d : s.devices)
        addRow(m_devices, {d.ipAddress, d.location, d.userAgent, d.id});
    m_methods->resizeColumnsToContents();
    m_devices->resizeColumnToContents(0);
    m_devices->resizeColumnToContents(1);
}
