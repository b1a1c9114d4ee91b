// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCheckPanel.h"

#include "ConfirmDialog.h"
#include "CourierMessageModel.h"
#include "ErrorBanner.h"
#include "FlowLayout.h"
#include "KratosClient.h"
#include "PlainText.h"
#include "Prompt.h"
#include "SignInCheck.h"
#include "SignInEvidenceLoader.h"
#include "StatusColors.h"
#include "SupportActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

using Fix = SignInFinding::Fix;
using Severity = SignInFinding::Severity;

QString fixName(Fix fix)
{
    switch (fix) {
    case Fix::Activate:
        return QStringLiteral("activate");
    case Fix::SendVerification:
        return QStringLiteral("sendVerification");
    case Fix::MarkVerified:
        return QStringLiteral("markVerified");
    case Fix::SendRecovery:
        return QStringLiteral("sendRecovery");
    case Fix::RevokeSessions:
        return QStringLiteral("revokeSessions");
    case Fix::OpenMessage:
        return QStringLiteral("openMessage");
    case Fix::EditIdentity:
        break;
    }
    return QStringLiteral("editIdentity");
}

// Changes the server; disabled on a read-only profile.
bool changes(Fix fix)
{
    return fix != Fix::OpenMessage;
}

} // namespace

SignInCheckPanel::SignInCheckPanel(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_loader(new SignInEvidenceLoader(client, this))
    , m_support(new SupportActions(client, audit, this))
    , m_summary(new QLabel(this))
    , m_recheck(new QPushButton(tr("Check again"), this))
    , m_error(new ErrorBanner(this))
    , m_result(new QLabel(this))
    , m_openSent(new QPushButton(tr("Open the queued message"), this))
    , m_list(new QWidget(this))
    , m_rows(new QVBoxLayout(m_list))
{
    m_summary->setObjectName(QStringLiteral("signInSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_recheck->setObjectName(QStringLiteral("signInRecheck"));
    m_recheck->setToolTip(tr("Read the identity's sessions, courier messages, schema and the server's sign-in "
                             "methods again"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_result->setObjectName(QStringLiteral("signInResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();
    m_openSent->setObjectName(QStringLiteral("signInOpenSent"));
    m_openSent->hide();
    m_list->setObjectName(QStringLiteral("signInFindings"));
    m_list->setAccessibleName(tr("Sign-in findings"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    // The result over the whole width of the pane, its button under it: beside it, a narrow pane
    // (1024×700) squeezed both until the address and the button were cut off.
    layout->addWidget(m_result);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openSent);
    openRow->addStretch(1);
    layout->addLayout(openRow);
    layout->addWidget(scroll, 1);

    connect(m_recheck, &QPushButton::clicked, this, &SignInCheckPanel::check);
    connect(m_loader, &SignInEvidenceLoader::loaded, this, &SignInCheckPanel::present);
    connect(m_error, &ErrorBanner::retryRequested, this, [this]() {
        if (const std::function<void()> retry = std::exchange(m_retry, {}))
            retry();
        else
            check();
    });
    clear();
}

bool SignInCheckPanel::isChecking() const
{
    return m_loader->isLoading();
}

void SignInCheckPanel::fail(const ApiError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_error->showError(error);
}

bool SignInCheckPanel::readOnly() const
{
    return m_client->connection().readOnly;
}

void SignInCheckPanel::clear()
{
    m_loader->cancel();
    m_identity.reset();
    m_findings.clear();
    m_error->clear();
    m_result->hide();
    m_openSent->hide();
    m_summary->setText(tr("Select an identity to check why it cannot sign in."));
    m_recheck->setEnabled(false);
    render();
}

void SignInCheckPanel::setIdentity(const Identity &identity, const QString &label)
{
    const bool same = m_identity && m_identity->id == identity.id;
    m_identity = identity;
    m_label = label;
    m_recheck->setEnabled(true);
    if (!same) {
        m_findings.clear();
        m_result->hide();
        m_openSent->hide();
        m_error->clear();
        render();
    }
    m_stale = true;
    if (isVisible())
        check();
    else
        m_summary->setText(tr("Not checked yet."));
}

void SignInCheckPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_identity)
        check();
}

void SignInCheckPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The severity pills take their colours from the palette. Rebuilt later, never here: a palette
    // change arrives while Qt walks every widget for a new style sheet, and must not delete any.
    if (event->type() == QEvent::PaletteChange && !m_findings.isEmpty() && !m_renderPending) {
        m_renderPending = true;
        QTimer::singleShot(0, this, [this]() {
            m_renderPending = false;
            render();
        });
    }
}

void SignInCheckPanel::check()
{
    if (!m_identity)
        return;
    m_stale = false;
    m_error->clear();
    m_retry = {};
    m_summary->setText(tr("Checking sessions, courier messages, the schema and the server's sign-in methods…"));
    m_recheck->setEnabled(false);
    m_loader->load(*m_identity);
}

void SignInCheckPanel::present(const SignInEvidence &evidence)
{
    if (!m_identity || evidence.identity.id != m_identity->id)
        return;
    Q_EMIT evidenceLoaded(evidence);
    m_recheck->setEnabled(true);
    m_findings = SignInCheck::run(evidence);
    int blockers = 0;
    int warnings = 0;
    for (const SignInFinding &f : std::as_const(m_findings)) {
        blockers += f.severity == Severity::Blocker ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (blockers > 0)
        m_summary->setText(tr("%Ln problem(s) stop this sign-in (checked %1).", nullptr, blockers).arg(when));
    else if (warnings > 0)
        m_summary->setText(tr("Nothing blocks sign-in; %Ln warning(s) (checked %1).", nullptr, warnings).arg(when));
    else
        m_summary->setText(tr("Nothing found that stops this sign-in (checked %1).").arg(when));
    render();
    Q_EMIT checked();
}

void SignInCheckPanel::render()
{
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_findings.size(); ++i)
        m_rows->insertWidget(int(i), row(m_findings.at(i)));
    // New buttons join the end of the window's Tab chain: put the fixes right after the panel's
    // own buttons, in the order they are read.
    QWidget *previous = m_openSent;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *finding = m_rows->itemAt(i)->widget();
        if (!finding)
            continue;
        for (QPushButton *fix : finding->findChildren<QPushButton *>()) {
            QWidget::setTabOrder(previous, fix);
            previous = fix;
        }
    }
}

QWidget *SignInCheckPanel::row(const SignInFinding &finding)
{
    auto *frame = new QFrame(m_list);
    frame->setObjectName(QStringLiteral("finding_") + finding.key);
    frame->setFrameShape(QFrame::StyledPanel);
    const StatusColors::Tone tone = finding.severity == Severity::Blocker   ? StatusColors::Tone::Error
                                    : finding.severity == Severity::Warning ? StatusColors::Tone::Pending
                                                                            : StatusColors::Tone::Neutral;
    const QString word = finding.severity == Severity::Blocker   ? tr("Blocks sign-in")
                         : finding.severity == Severity::Warning ? tr("Warning")
                                                                 : tr("Note");
    auto *pill = new QLabel(word, frame);
    pill->setObjectName(QStringLiteral("severity"));
    pill->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 1px 6px; border-radius: 6px; "
                                       "font-weight: bold; }")
                            .arg(StatusColors::fill(tone).name()));
    auto *title = new QLabel(PlainText::breakable(finding.title), frame); // long addresses wrap
    title->setToolTip(PlainText::toolTip(finding.title));
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *detail = new QLabel(finding.detail, frame);
    detail->setObjectName(QStringLiteral("detail"));
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    frame->setAccessibleName(word + QStringLiteral(": ") + finding.title);
    frame->setAccessibleDescription(finding.detail);

    auto *heading = new QHBoxLayout;
    heading->addWidget(pill, 0, Qt::AlignTop);
    heading->addWidget(title, 1);
    auto *layout = new QVBoxLayout(frame);
    layout->addLayout(heading);
    layout->addWidget(detail);
    if (!finding.fixes.isEmpty()) {
        auto *buttons = new FlowLayout;
        for (Fix fix : finding.fixes)
            buttons->addWidget(fixButton(finding, fix, frame));
        layout->addLayout(buttons);
    }
    return frame;
}

QPushButton *SignInCheckPanel::fixButton(const SignInFinding &finding, Fix fix, QWidget *parent)
{
    QString text;
    switch (fix) {
    case Fix::Activate:
        text = tr("Activate…");
        break;
    case Fix::SendVerification:
        text = tr("Send verification again…");
        break;
    case Fix::MarkVerified:
        text = tr("Mark verified…");
        break;
    case Fix::SendRecovery:
        text = tr("Send recovery…");
        break;
    case Fix::RevokeSessions:
        text = tr("Revoke all sessions…");
        break;
    case Fix::OpenMessage:
        text = tr("Open message");
        break;
    case Fix::EditIdentity:
        text = tr("Edit identity…");
        break;
    }
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QStringLiteral("fix_") + fixName(fix));
    if (changes(fix) && readOnly()) {
        button->setEnabled(false);
        button->setToolTip(tr("This connection profile is read-only."));
    }
    const QString address = finding.address;
    const QString addressId = finding.addressId;
    const QString messageId = finding.messageId;
    connect(button, &QPushButton::clicked, this, [this, fix, address, addressId, messageId]() {
        m_result->hide();
        m_openSent->hide();
        switch (fix) {
        case Fix::Activate:
            Q_EMIT activateRequested();
            break;
        case Fix::SendVerification:
            sendVerification(address);
            break;
        case Fix::MarkVerified:
            setVerified(addressId, address, true);
            break;
        case Fix::SendRecovery:
            sendRecovery();
            break;
        case Fix::RevokeSessions:
            Q_EMIT revokeSessionsRequested();
            break;
        case Fix::OpenMessage:
            Q_EMIT openMessageRequested(address, messageId);
            break;
        case Fix::EditIdentity:
            Q_EMIT editRequested();
            break;
        }
    });
    return button;
}

void SignInCheckPanel::sendVerification(const QString &address)
{
    if (!m_identity)
        return;
    const QString id = m_identity->id;
    const QString label = m_label;
    m_error->clear();
    // The method decides what the user gets (a code or a link): read it before asking.
    m_support->probe(PublicFlowClient::Flow::Verification, this,
                     [this, id, label, address](const ApiResult<SelfServiceFlow> &probe) {
                         if (!probe.ok()) {
                             fail(probe.error(), [this, address]() { sendVerification(address); });
                             return;
                         }
                         QString reason;
                         if (ConfirmDialog::confirmWithReason(
                                 this,
                                 ConfirmDialog::request(
                                     SupportActions::describeSendVerification(label, address, probe.value().active)),
                                 &reason))
                             send(PublicFlowClient::Flow::Verification, id, label, address, reason);
                     });
}

void SignInCheckPanel::sendRecovery()
{
    if (!m_identity)
        return;
    const QString id = m_identity->id;
    const QString label = m_label;
    QString address;
    for (const RecoveryAddress &a : m_identity->recoveryAddresses) {
        if (a.via == QLatin1String("email")) {
            address = a.value;
            break;
        }
    }
    m_error->clear();
    auto offerAdmin = [this](const QString &why) {
        if (Prompt::question(this, tr("Send recovery"),
                             why + QStringLiteral("\n\n") + tr("Create a recovery link or code for this identity now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
            Q_EMIT adminRecoveryRequested();
    };
    if (address.isEmpty()) {
        offerAdmin(tr("This identity has no e-mail recovery address, so Kratos cannot send it a recovery message."));
        return;
    }
    // The flow's active method decides: a link can be sent; a code would be useless to the user.
    m_support->probe(
        PublicFlowClient::Flow::Recovery, this,
        [this, id, label, address, offerAdmin](const ApiResult<SelfServiceFlow> &probe) {
            if (!probe.ok()) {
                offerAdmin(tr("The server's public recovery flow cannot be used: %1").arg(probe.error().userMessage()));
                return;
            }
            if (probe.value().active != QLatin1String("link")) {
                offerAdmin(SupportActions::codeRecoveryExplanation());
                return;
            }
            const bool inactive = m_identity && m_identity->id == id && m_identity->state == Identity::State::Inactive;
            QString reason;
            if (ConfirmDialog::confirmWithReason(
                    this, ConfirmDialog::request(SupportActions::describeSendRecovery(label, address, inactive)),
                    &reason))
                send(PublicFlowClient::Flow::Recovery, id, label, address, reason);
        });
}

// After the confirmation: a failure's Retry sends again without asking again, as on the page.
void SignInCheckPanel::send(PublicFlowClient::Flow flow, const QString &id, const QString &label,
                            const QString &address, const QString &reason)
{
    m_error->clear();
    auto done = [=, this](const ApiResult<SupportActions::Sent> &sent) {
        if (!sent.ok()) {
            fail(sent.error(), [=, this]() { send(flow, id, label, address, reason); });
            return;
        }
        reportSent(address, sent.value().message);
    };
    m_support->setReason(reason);
    if (flow == PublicFlowClient::Flow::Verification)
        m_support->sendVerification(id, label, address, this, done);
    else
        m_support->sendRecoveryLink(id, label, address, this, done);
}

void SignInCheckPanel::reportSent(const QString &address, const std::optional<CourierMessage> &message)
{
    if (message)
        m_result->setText(tr("Kratos queued a message to %1: %2 (message %3, status %4). It appears under Messages "
                             "and on the Courier page; the sign-in check shows whether it goes out.")
                              .arg(PlainText::breakable(address),
                                   CourierMessageModel::templateName(message->templateType), message->id,
                                   CourierMessageModel::statusText(message->status)));
    else
        m_result->setText(tr("Kratos accepted the request but queued no message to %1: it does not know the address "
                             "as one it may write to (not in the schema as verifiable or for recovery, or changed "
                             "meanwhile). Nothing was sent.")
                              .arg(PlainText::breakable(address)));
    m_result->setProperty("tone", message ? QString() : QStringLiteral("problem"));
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
    m_result->show();
    m_openSent->setVisible(message.has_value());
    if (message) {
        const QString id = message->id;
        m_openSent->disconnect(this);
        connect(m_openSent, &QPushButton::clicked, this,
                [this, address, id]() { Q_EMIT openMessageRequested(address, id); });
    }
    Q_EMIT refreshRequested();
}

void SignInCheckPanel::setVerified(const QString &addressId, const QString &address, bool verified)
{
    if (!m_identity)
        return;
    const QString id = m_identity->id;
    const QString label = m_label;
    QString bounce;
    for (const SignInFinding &f : std::as_const(m_findings)) {
        if (f.key == QLatin1String("address.bounces") &&
            f.address.trimmed().compare(address.trimmed(), Qt::CaseInsensitive) == 0)
            bounce = f.reason;
    }
    QString reason;
    if (ConfirmDialog::confirmWithReason(
            this, ConfirmDialog::request(SupportActions::describeSetVerified(label, address, verified, bounce)),
            &reason))
        sendVerified(id, label, addressId, verified, reason);
}

void SignInCheckPanel::sendVerified(const QString &id, const QString &label, const QString &addressId, bool verified,
                                    const QString &reason)
{
    m_error->clear();
    m_support->setReason(reason);
    m_support->setAddressVerified(id, label, addressId, verified, this, [=, this](const ApiResult<Identity> &result) {
        if (!result.ok()) {
            fail(result.error(), [=, this]() { sendVerified(id, label, addressId, verified, reason); });
            return;
        }
        if (m_identity && m_identity->id == id)
            Q_EMIT identityChanged(result.value());
    });
}
