// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmDialog.h"

#include "Prompt.h"
#include "ReasonField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmDialog::ConfirmDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_action(new QPushButton(request.actionLabel, this))
{
    setWindowTitle(request.title);
    auto *description = new QLabel(request.description, this);
    description->setObjectName(QStringLiteral("confirmDescription"));
    description->setWordWrap(true);
    description->setTextFormat(Qt::PlainText);
    description->setMinimumWidth(420);
    m_action->setObjectName(QStringLiteral("confirmAction"));
    m_action->setAutoDefault(false);
    if (request.destructive)
        m_action->setProperty("tone", QStringLiteral("danger"));

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    m_cancel->setDefault(true);
    buttons->addButton(m_action, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(description);
    if (!request.optionLabel.isEmpty()) {
        m_option = new QCheckBox(request.optionLabel, this);
        m_option->setObjectName(QStringLiteral("confirmOption"));
        m_option->setChecked(request.optionChecked);
        layout->addWidget(m_option);
    }
    if (request.asksReason) {
        m_reason = new ReasonField(this);
        layout->addWidget(m_reason);
        connect(m_reason, &ReasonField::changed, this, &ConfirmDialog::updateAction);
    }
    if (!request.typeToConfirm.isEmpty()) {
        auto *hint = new QLabel(
            tr("This is a production profile. Type <b>%1</b> to confirm.").arg(request.typeToConfirm.toHtmlEscaped()),
            this);
        hint->setWordWrap(true);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmTyped"));
        m_typed->setAccessibleName(tr("Text to type to confirm"));
        layout->addWidget(hint);
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmDialog::updateAction);
    }
    layout->addWidget(buttons);
    updateAction();
    // Focus starts where the user decides: a required reason, the identifier to type, else the
    // option, else Cancel (Enter there changes nothing).
    if (m_reason && m_reason->isRequired())
        m_reason->setFocus();
    else if (m_typed)
        m_typed->setFocus();
    else if (m_option)
        m_option->setFocus();
    else
        m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (isActionEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConfirmDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The platform decides whether Cancel stands left or right of the action; Tab follows what
    // the user sees, after the option and the typed identifier.
    QList<QWidget *> order;
    if (m_option)
        order.append(m_option);
    if (m_reason)
        order.append(m_reason->focusProxy()); // the line edit itself: a proxy in the chain is skipped
    if (m_typed)
        order.append(m_typed);
    const bool cancelFirst = (m_cancel->x() < m_action->x()) != isRightToLeft();
    order.append(cancelFirst ? static_cast<QWidget *>(m_cancel) : m_action);
    order.append(cancelFirst ? static_cast<QWidget *>(m_action) : m_cancel);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

bool ConfirmDialog::isActionEnabled() const
{
    return m_action->isEnabled();
}

bool ConfirmDialog::isOptionChecked() const
{
    return m_option && m_option->isChecked();
}

QString ConfirmDialog::reason() const
{
    return m_reason ? m_reason->reason() : QString();
}

void ConfirmDialog::updateAction()
{
    const bool typed = !m_typed || m_typed->text().trimmed() == m_request.typeToConfirm;
    const bool reasoned = !m_reason || m_reason->isSatisfied();
    m_action->setEnabled(typed && reasoned);
}

bool ConfirmDialog::confirm(QWidget *parent, const Request &request, bool *option, QString *reason)
{
    Prompt::noteQuestion(request.description);
    QVariant answer;
    if (Prompt::takeTestAnswer(&answer)) {
        const QVariantMap map = answer.toMap();
        if (option)
            *option = map.isEmpty() ? request.optionChecked : map.value(QStringLiteral("option")).toBool();
        if (reason)
            *reason = map.value(QStringLiteral("reason")).toString();
        return (map.isEmpty() ? answer.toInt() : map.value(QStringLiteral("answer")).toInt()) == QMessageBox::Yes;
    }
    Request asked = request;
    asked.asksReason = reason != nullptr;
    ConfirmDialog dialog(asked, parent);
    const bool confirmed = dialog.exec() == QDialog::Accepted;
    if (option)
        *option = dialog.isOptionChecked();
    if (reason)
        *reason = confirmed ? dialog.reason() : QString();
    return confirmed;
}

bool ConfirmDialog::confirmWithReason(QWidget *parent, const Request &request, QString *reason)
{
    return confirm(parent, request, nullptr, reason);
}

ConfirmDialog::Request ConfirmDialog::request(const ActionText &text, const QString &typeToConfirm)
{
    return {text.title, text.description, text.actionLabel, text.destructive, typeToConfirm};
}
