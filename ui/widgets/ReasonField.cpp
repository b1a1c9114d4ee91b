// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonField.h"

#include "ChangeReason.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

bool g_profileRequires = false;

} // namespace

ReasonField::ReasonField(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_required(g_profileRequires)
{
    setObjectName(QStringLiteral("reasonField"));
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setMaxLength(ChangeReason::MaxLength);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("why, or a ticket such as SUP-1234"));
    m_edit->setAccessibleName(m_required ? tr("Reason (required)") : tr("Reason"));
    m_edit->setToolTip(tr("Recorded with the change in the audit trail and sent with it to the syslog collector."));
    m_label->setText(m_required ? tr("&Reason or ticket (required by this profile):") : tr("&Reason or ticket:"));
    m_label->setBuddy(m_edit);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ReasonField::changed);
}

QString ReasonField::reason() const
{
    return ChangeReason::clean(m_edit->text());
}

void ReasonField::setReason(const QString &reason)
{
    m_edit->setText(reason);
}

bool ReasonField::isSatisfied() const
{
    return !m_required || !reason().isEmpty();
}

void ReasonField::setProfileRequires(bool required)
{
    g_profileRequires = required;
}

bool ReasonField::profileRequires()
{
    return g_profileRequires;
}
