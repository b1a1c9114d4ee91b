// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryDialog.h"

#include "ScreenFit.h"
#include "SecretClipboard.h"

#include "IdentityActions.h"
#include "SupportActions.h"

#include "ErrorBanner.h"
#include "KratosClient.h"
#include "ReasonField.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(KratosClient *client, AuditLog *audit, const QString &identityId, const QString &label,
                               QWidget *parent)
    : QDialog(parent)
    , m_actions(new IdentityActions(client, audit, this))
    , m_identityId(identityId)
    , m_label(label)
    , m_link(new QRadioButton(tr("Recovery link (the user opens it)"), this))
    , m_code(new QRadioButton(tr("Recovery code (the user types it on the recovery page)"), this))
    , m_expires(new QLineEdit(QStringLiteral("1h"), this))
    , m_reason(new ReasonField(this))
    , m_create(new QPushButton(tr("Create"), this))
    , m_result(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_status(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_inactive(new QWidget(this))
{
    m_status->setTextFormat(Qt::PlainText); // server and file text is never markup
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recovery for %1").arg(label));
    m_link->setObjectName(QStringLiteral("recoveryKindLink"));
    m_code->setObjectName(QStringLiteral("recoveryKindCode"));
    m_link->setChecked(true);
    m_expires->setObjectName(QStringLiteral("recoveryExpires"));
    m_expires->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("(\\d+(h|m|s))+")), m_expires));
    m_expires->setToolTip(tr("How long it stays valid, e.g. 30m, 1h or 1h30m"));
    m_create->setObjectName(QStringLiteral("recoveryCreate"));
    m_result->setObjectName(QStringLiteral("recoveryResult"));
    m_result->setAccessibleName(tr("Recovery link or code"));
    m_result->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("recoveryCopy"));
    m_copy->setEnabled(false);
    m_status->setObjectName(QStringLiteral("recoveryStatus"));
    m_error->setObjectName(QStringLiteral("recoveryErrorBanner"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_link);
    form->addRow(m_code);
    form->addRow(tr("Valid for"), m_expires);
    form->addRow(m_reason);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Creates a new recovery for %1 (%2). Anyone with it can take over the account "
                                "until it expires: send it only to the verified owner.")
                                 .arg(label, identityId),
                             this);
    intro->setTextFormat(Qt::PlainText); // the label is a trait value
    intro->setWordWrap(true);
    // The warning and its Activate… come first in reading and Tab order.
    auto *inactiveText = new QLabel(SupportActions::inactiveRecoveryWarning(), m_inactive);
    inactiveText->setObjectName(QStringLiteral("recoveryInactive"));
    inactiveText->setWordWrap(true);
    inactiveText->setProperty("tone", QStringLiteral("problem"));
    auto *activate = new QPushButton(tr("Activate…"), m_inactive);
    activate->setObjectName(QStringLiteral("recoveryActivate"));
    auto *inactiveRow = new QHBoxLayout(m_inactive);
    inactiveRow->setContentsMargins(0, 0, 0, 0);
    inactiveRow->addWidget(inactiveText, 1);
    inactiveRow->addWidget(activate, 0, Qt::AlignTop);
    m_inactive->hide();
    connect(activate, &QPushButton::clicked, this, &RecoveryDialog::activateRequested);
    layout->addWidget(m_error);
    layout->addWidget(m_inactive);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_create);
    layout->addLayout(resultRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &RecoveryDialog::create);
    connect(m_error, &ErrorBanner::retryRequested, this, &RecoveryDialog::create);
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        SecretClipboard::copy(m_result->text());
        m_status->setText(SecretClipboard::copiedWords());
    });
    ScreenFit::resize(this, QSize(560, 260));
}

void RecoveryDialog::setInactive(bool inactive)
{
    m_inactive->setVisible(inactive);
}

RecoveryDialog::~RecoveryDialog()
{
    m_result->clear();
}

void RecoveryDialog::create()
{
    if (!m_expires->hasAcceptableInput()) {
        m_status->setText(tr("Write the validity as a duration such as 30m, 1h or 1h30m."));
        return;
    }
    if (!m_reason->isSatisfied()) {
        m_status->setText(tr("This profile asks for a reason with every change: say why, or name the ticket."));
        m_reason->setFocus();
        return;
    }
    m_error->clear();
    m_create->setEnabled(false);
    m_status->setText(tr("Creating…"));
    const QString expires = m_expires->text();
    m_actions->setReason(m_reason->reason());
    if (m_link->isChecked()) {
        m_actions->createRecoveryLink(m_identityId, m_label, expires, this, [this](const ApiResult<RecoveryLink> &r) {
            m_create->setEnabled(true);
            if (!r.ok()) {
                failed(r.error());
                return;
            }
            showSecret(r.value().link, r.value().expiresAt);
        });
    } else {
        m_actions->createRecoveryCode(m_identityId, m_label, expires, this, [this](const ApiResult<RecoveryCode> &r) {
            m_create->setEnabled(true);
            if (!r.ok()) {
                failed(r.error());
                return;
            }
            showSecret(r.value().code, r.value().expiresAt);
            m_status->setText(m_status->text() + QLatin1Char(' ') + tr("The user enters it at %1").arg(r.value().link));
        });
    }
}

void RecoveryDialog::failed(const ApiError &error)
{
    m_status->clear();
    m_error->showError(error); // the kind and validity stay as chosen; Retry sends them again
}

void RecoveryDialog::showSecret(const QString &text, const QDateTime &expiresAt)
{
    m_result->setText(text);
    m_copy->setEnabled(true);
    m_status->setText(tr("Valid until %1.").arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::LongFormat)));
}
