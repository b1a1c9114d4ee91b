// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationsDialog.h"

#include "AuditLog.h"
#include "ConfirmDialog.h"
#include "DisplayTime.h"
#include "IdentityActions.h"
#include "InviteDialog.h"
#include "PlainText.h"
#include "Prompt.h"
#include "ScreenFit.h"
#include "SecretClipboard.h"
#include "SupportActions.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

enum Column
{
    InviteeColumn,
    InvitedColumn,
    ByColumn,
    DeliveryColumn,
    MessageColumn,
    SignedInColumn,
    StateColumn,
    OriginColumn,
    ColumnCount
};

} // namespace

InvitationsDialog::InvitationsDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_audit(audit)
    , m_schemas(schemas)
    , m_checker(new InvitationChecker(client, this))
    , m_identities(new IdentityActions(client, audit, this))
    , m_support(new SupportActions(client, audit, this))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_invite(new QPushButton(tr("&Invite…"), this))
    , m_resend(new QPushButton(tr("&Send again…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_open(new QPushButton(tr("&Open identity"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_secret(new QLabel(this))
    , m_copySecret(new QPushButton(tr("Co&py"), this))
{
    setObjectName(QStringLiteral("invitationsDialog"));
    setWindowTitle(tr("Invitations"));
    m_intro->setText(tr("Who was invited on this server, newest first, from this machine's audit trails and the "
                        "ones imported from other desks (Audit log → Import trail…). Kratos itself keeps no "
                        "invitations."));
    for (QLabel *label : {m_intro, m_status, m_secret}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_table->setObjectName(QStringLiteral("invitationsTable"));
    m_table->setAccessibleName(tr("Invitations"));
    m_table->setHorizontalHeaderLabels({tr("Invitee"), tr("Invited"), tr("By"), tr("Delivery"), tr("Message"),
                                        tr("Signed in"), tr("State"), tr("Origin")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false); // the ledger's order: newest first
    m_status->setObjectName(QStringLiteral("invitationsStatus"));
    m_invite->setObjectName(QStringLiteral("invitationsInvite"));
    m_resend->setObjectName(QStringLiteral("invitationsResend"));
    m_revoke->setObjectName(QStringLiteral("invitationsRevoke"));
    m_open->setObjectName(QStringLiteral("invitationsOpen"));
    m_refresh->setObjectName(QStringLiteral("invitationsRefresh"));
    m_secret->setObjectName(QStringLiteral("invitationsSecret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copySecret->setObjectName(QStringLiteral("invitationsCopySecret"));
    m_secret->hide();
    m_copySecret->hide();

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_invite, m_resend, m_revoke, m_open, m_refresh})
        actions->addWidget(b);
    actions->addStretch(1);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addLayout(secretRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_invite, &QPushButton::clicked, this, &InvitationsDialog::openInviteDialog);
    connect(m_resend, &QPushButton::clicked, this, &InvitationsDialog::resendSelected);
    connect(m_revoke, &QPushButton::clicked, this, &InvitationsDialog::revokeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &InvitationsDialog::refresh);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (const Invitation *i = selected())
            Q_EMIT openIdentityRequested(i->identityId);
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        showSecret({}); // a link or code belongs to the row it was made for
        updateButtons();
    });
    connect(m_copySecret, &QPushButton::clicked, this, [this]() {
        SecretClipboard::copy(m_secretText);
        m_status->setText(SecretClipboard::copiedWords());
    });
    connect(audit, &AuditLog::actionRecorded, this, [this](const AuditRecord &record) {
        if (record.outcome == AuditRecord::Outcome::Succeeded)
            m_recorded.append(record);
    });
    connect(m_checker, &InvitationChecker::checked, this, &InvitationsDialog::showFacts);
    connect(m_checker, &InvitationChecker::finished, this, [this]() {
        m_status->setText(
            tr("%Ln invitation(s); checked on the server at %1.", nullptr, int(m_invitations.size()))
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)) +
            (m_invitations.size() > InvitationChecker::MaxChecked
                 ? QLatin1Char(' ') + tr("Only the newest %1 were checked.").arg(InvitationChecker::MaxChecked)
                 : QString()));
    });
    updateButtons();
    ScreenFit::resize(this, QSize(980, 520));
    refresh();
}

InvitationsDialog::~InvitationsDialog()
{
    showSecret({});
}

void InvitationsDialog::done(int result)
{
    showSecret({});
    QDialog::done(result);
}

void InvitationsDialog::refresh()
{
    const quint64 run = ++m_readRun;
    m_status->setText(tr("Reading the audit trails…"));
    auto *watcher = new QFutureWatcher<InvitationLedger::Read>(this);
    connect(watcher, &QFutureWatcher<InvitationLedger::Read>::finished, this, [this, watcher, run]() {
        watcher->deleteLater();
        if (run == m_readRun)
            showLedger(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&InvitationLedger::read, m_audit->directory(), m_audit->scope().authority));
}

void InvitationsDialog::showLedger(const InvitationLedger::Read &read)
{
    // What was read, with what was recorded since (a record in both counts once).
    QList<AuditRecord> records = read.records;
    for (const AuditRecord &r : std::as_const(m_recorded)) {
        if (r.authority == m_audit->scope().authority)
            records.append(r);
    }
    const InvitationLedger::Read merged = InvitationLedger::fromRecords(records);
    const QList<Invitation> &invitations = merged.invitations;
    const QString problem = read.problem;
    const QString keep = selected() ? selected()->identityId : QString();
    m_invitations = invitations;
    m_facts.clear();
    m_table->setRowCount(int(invitations.size()));
    for (int row = 0; row < invitations.size(); ++row)
        fillRow(row);
    m_table->resizeColumnsToContents();
    for (int row = 0; row < invitations.size(); ++row) {
        if (invitations.at(row).identityId == keep)
            m_table->selectRow(row);
    }
    QString words = invitations.isEmpty()
                        ? tr("Nobody was invited on this server yet, as far as the trails tell.")
                        : tr("Checking %Ln invitation(s) on the server…", nullptr,
                             int(std::min<qsizetype>(invitations.size(), InvitationChecker::MaxChecked)));
    if (!problem.isEmpty())
        words += QLatin1Char(' ') + tr("Not every trail could be read: %1").arg(problem);
    m_status->setText(words);
    updateButtons();
    m_checker->check(invitations);
}

void InvitationsDialog::showFacts(const QString &identityId, const InvitationFacts &facts)
{
    m_facts.insert(identityId, facts);
    for (int row = 0; row < m_invitations.size(); ++row) {
        if (m_invitations.at(row).identityId == identityId)
            fillRow(row);
    }
    updateButtons();
}

void InvitationsDialog::fillRow(int row)
{
    const Invitation &i = m_invitations.at(row);
    const InvitationFacts facts = m_facts.value(i.identityId);
    const QString delivery = i.delivery == QLatin1String("mail")   ? tr("Kratos mail")
                             : i.delivery == QLatin1String("link") ? tr("link handed over")
                             : i.delivery == QLatin1String("code") ? tr("code handed over")
                                                                   : i.delivery;
    const QStringList cells{i.email,
                            DisplayTime::cell(i.invitedAt),
                            i.invitedBy,
                            i.sends > 1 ? tr("%1, sent %2 times").arg(delivery).arg(i.sends) : delivery,
                            InvitationChecker::messageWords(i, facts),
                            InvitationChecker::signInWords(facts, &DisplayTime::cell),
                            InvitationChecker::stateWords(i, facts),
                            i.origin.isEmpty() ? tr("this machine") : i.origin};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(PlainText::forTerminal(cells.at(column), PlainText::LineBreaks::Escape));
        QString tip = cells.at(column);
        if (column == InviteeColumn && !i.reason.isEmpty())
            tip += QLatin1Char('\n') + tr("Reason: %1").arg(i.reason);
        item->setToolTip(PlainText::toolTip(tip));
        m_table->setItem(row, column, item);
    }
}

const Invitation *InvitationsDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_invitations.size() || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return nullptr;
    return &m_invitations.at(row);
}

void InvitationsDialog::updateButtons()
{
    const Invitation *i = selected();
    const InvitationFacts facts = i ? m_facts.value(i->identityId) : InvitationFacts();
    const bool gone = i && (i->deleted || facts.missing);
    m_resend->setEnabled(i && !gone);
    m_revoke->setEnabled(i && !gone && !(facts.read && !facts.active));
    m_open->setEnabled(i && !gone);
}

void InvitationsDialog::showSecret(const QString &text)
{
    m_secretText.fill(QLatin1Char(' '));
    m_secretText = text;
    m_secret->setText(text);
    m_secret->setVisible(!text.isEmpty());
    m_copySecret->setVisible(!text.isEmpty());
}

void InvitationsDialog::openInviteDialog()
{
    auto *dialog = new InviteDialog(m_client, m_audit, m_schemas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProductionMode(m_production);
    connect(dialog, &InviteDialog::invited, this, [this]() {
        refresh();
        Q_EMIT identitiesChanged();
    });
    dialog->open();
}

void InvitationsDialog::resendSelected()
{
    const Invitation *selectedInvitation = selected();
    if (!selectedInvitation)
        return;
    const Invitation i = *selectedInvitation; // the list may be read again while the confirmation is open
    const QString how = i.lastDelivery.isEmpty() ? i.delivery : i.lastDelivery;
    const InvitationFacts facts = m_facts.value(i.identityId);
    const bool inactive = facts.read && !facts.active;
    const QString typed = m_production ? i.email : QString();
    QString reason;
    auto finished = [this](const ApiError &error, const QString &doneWords) {
        if (!error.isNull())
            Prompt::warning(this, tr("Send again"), error.userMessage());
        else
            m_status->setText(doneWords);
        refresh();
    };
    if (how == QLatin1String("mail")) {
        if (!ConfirmDialog::confirmWithReason(
                this, ConfirmDialog::request(SupportActions::describeSendRecovery(i.email, i.email, inactive), typed),
                &reason))
            return;
        m_support->setReason(reason);
        m_support->sendRecoveryLink(i.identityId, i.email, i.email, this,
                                    [finished, i](const ApiResult<SupportActions::Sent> &sent) {
                                        finished(sent.ok() ? ApiError() : sent.error(),
                                                 tr("Kratos queued a recovery mail to %1.").arg(i.email));
                                    });
        return;
    }
    const bool code = how == QLatin1String("code");
    ActionText text{tr("Send the invitation again"),
                    code ? tr("Creates a new recovery code and its link for %1, valid for 24 hours, shown here for "
                              "you to hand over. It is not recorded.")
                               .arg(i.email)
                         : tr("Creates a new recovery link for %1, valid for 24 hours, shown here for you to hand "
                              "over. It is not recorded.")
                               .arg(i.email),
                    tr("Create"), false};
    if (inactive)
        text.description += QStringLiteral("\n\n") + SupportActions::inactiveRecoveryWarning();
    if (!ConfirmDialog::confirmWithReason(this, ConfirmDialog::request(text, typed), &reason))
        return;
    m_identities->setReason(reason);
    const QString id = i.identityId;
    if (code) {
        m_identities->createRecoveryCode(id, i.email, ResendValidity, this,
                                         [this, finished, id](const ApiResult<RecoveryCode> &r) {
                                             finished(r.ok() ? ApiError() : r.error(), tr("A new code was created."));
                                             if (r.ok() && selected() && selected()->identityId == id)
                                                 showSecret(tr("%1 (code %2)").arg(r.value().link, r.value().code));
                                         });
    } else {
        m_identities->createRecoveryLink(id, i.email, ResendValidity, this,
                                         [this, finished, id](const ApiResult<RecoveryLink> &r) {
                                             finished(r.ok() ? ApiError() : r.error(), tr("A new link was created."));
                                             if (r.ok() && selected() && selected()->identityId == id)
                                                 showSecret(r.value().link);
                                         });
    }
}

void InvitationsDialog::revokeSelected()
{
    const Invitation *selectedInvitation = selected();
    if (!selectedInvitation)
        return;
    const Invitation i = *selectedInvitation;
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            this,
            ConfirmDialog::request(IdentityActions::describeSetState(i.identityId, i.email, false),
                                   m_production ? i.email : QString()),
            &reason))
        return;
    m_identities->setReason(reason);
    m_identities->setState(i.identityId, i.email, false, this, [this, i](const ApiResult<Identity> &r) {
        if (!r.ok())
            Prompt::warning(this, tr("Revoke"), r.error().userMessage());
        else
            m_status->setText(tr("%1 is deactivated: the invitation no longer lets them in.").arg(i.email));
        refresh();
        if (r.ok())
            Q_EMIT identitiesChanged();
    });
}
