// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDetailPane.h"

#include "DisplayTime.h"
#include "FlowLayout.h"

#include "CourierActions.h"

#include "ConfirmDialog.h"
#include "CourierMessageModel.h"
#include "ErrorBanner.h"
#include "KratosClient.h"
#include "ListNote.h"
#include "PlainText.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

// Translated when shown: a static made at load time stayed English in every language.
QString hiddenNotice()
{
    return MessageDetailPane::tr("The body is hidden: it may contain one-time codes and recovery links. Revealing "
                                 "it is recorded in the audit log.");
}

} // namespace

MessageDetailPane::MessageDetailPane(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_actions(new CourierActions(client, audit, this))
    , m_note(new ListNote(this))
    , m_fields(new QTreeWidget(this))
    , m_dispatches(new QTableWidget(0, 3, this))
    , m_notice(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_reveal(new QPushButton(tr("Reveal body…"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_hide(new QPushButton(tr("Hide"), this))
    , m_openIdentity(new QPushButton(tr("Open identity"), this))
    , m_error(new ErrorBanner(this))
    , m_wipeTimer(new QTimer(this))
{
    m_notice->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_fields->setObjectName(QStringLiteral("messageFields"));
    m_fields->setAccessibleName(tr("Message details"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setColumnWidth(0, 140);
    m_dispatches->setObjectName(QStringLiteral("dispatchTable"));
    m_dispatches->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_dispatches->setAccessibleName(tr("Delivery attempts"));
    m_dispatches->setHorizontalHeaderLabels({tr("Time"), tr("Result"), tr("Error")});
    m_dispatches->horizontalHeader()->setStretchLastSection(true);
    m_dispatches->setColumnWidth(0, 140);
    m_dispatches->setColumnWidth(1, 70);
    m_dispatches->verticalHeader()->hide();
    m_dispatches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notice->setObjectName(QStringLiteral("bodyNotice"));
    m_notice->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("bodyView"));
    m_body->setReadOnly(true);
    m_body->setUndoRedoEnabled(false);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->hide();
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_copy->setObjectName(QStringLiteral("copyBodyButton"));
    m_hide->setObjectName(QStringLiteral("hideBodyButton"));
    m_openIdentity->setObjectName(QStringLiteral("openIdentityButton"));
    m_error->setObjectName(QStringLiteral("messageErrorBanner"));
    m_wipeTimer->setSingleShot(true);
    m_wipeTimer->setInterval(60000);

    // Wraps onto a second row when the pane is narrow (longer words in German, scale 2).
    auto *bodyButtons = new FlowLayout;
    bodyButtons->addWidget(m_reveal);
    bodyButtons->addWidget(m_copy);
    bodyButtons->addWidget(m_hide);
    bodyButtons->addWidget(m_openIdentity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_fields, 2);
    layout->addWidget(new QLabel(tr("Delivery attempts"), this));
    layout->addWidget(m_dispatches, 1);
    layout->addWidget(new QLabel(tr("Body"), this));
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 2);
    layout->addLayout(bodyButtons);

    connect(m_reveal, &QPushButton::clicked, this, &MessageDetailPane::reveal);
    connect(m_note, &ListNote::showInListRequested, this, &MessageDetailPane::showInListRequested);
    connect(m_error, &ErrorBanner::retryRequested, this, [this]() {
        if (const std::function<void()> retry = std::exchange(m_retry, {}))
            retry();
    });
    connect(m_hide, &QPushButton::clicked, this, &MessageDetailPane::wipeBody);
    connect(m_wipeTimer, &QTimer::timeout, this, &MessageDetailPane::wipeBody);
    connect(m_openIdentity, &QPushButton::clicked, this, [this]() {
        if (m_message)
            Q_EMIT openIdentityRequested(m_message->recipient);
    });
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        if (!m_revealed)
            return;
        const QString body = m_body->toPlainText();
        QApplication::clipboard()->setText(body);
        QTimer::singleShot(m_clipboardDelay, QApplication::clipboard(), [body]() {
            if (QApplication::clipboard()->text() == body)
                QApplication::clipboard()->clear();
        });
    });
    clear();
}

void MessageDetailPane::setWipeTimeout(int ms)
{
    m_wipeTimer->setInterval(ms);
}

int MessageDetailPane::wipeTimeout() const
{
    return m_wipeTimer->interval();
}

void MessageDetailPane::wipeBody()
{
    m_wipeTimer->stop();
    if (m_revealed && QApplication::clipboard()->text() == m_body->toPlainText())
        QApplication::clipboard()->clear();
    m_body->clear();
    m_body->hide();
    m_revealed = false;
    m_copy->setEnabled(false);
    m_hide->setEnabled(false);
    if (m_message) {
        const bool redacted = m_message->subjectRedacted();
        m_notice->setText(redacted ? tr("Kratos redacts bodies unless it runs in dev mode: there is nothing to reveal.")
                                   : hiddenNotice());
        m_reveal->setEnabled(!redacted);
        m_reveal->setToolTip(redacted ? PlainText::toolTip(m_notice->text()) : QString());
    }
}

void MessageDetailPane::setListNote(const QString &text, bool offerShowInList)
{
    m_note->setNote(text, offerShowInList);
}

void MessageDetailPane::refresh()
{
    if (m_message)
        loadMessage(m_message->id);
}

void MessageDetailPane::clear()
{
    m_message.reset();
    m_note->setNote(QString(), false);
    wipeBody();
    m_fields->clear();
    m_dispatches->setRowCount(0);
    m_error->clear();
    m_retry = {};
    m_notice->setText(tr("Select a message."));
    m_reveal->setEnabled(false);
    m_openIdentity->setEnabled(false);
}

void MessageDetailPane::showMessage(const CourierMessage &message)
{
    wipeBody(); // nothing of the previous message's body survives a change of selection
    m_note->setNote(QString(), false);
    m_message = message;
    m_error->clear();
    m_retry = {};
    render();
    loadMessage(message.id);
}

void MessageDetailPane::fail(const ApiError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_error->showError(error);
}

void MessageDetailPane::loadMessage(const QString &id)
{
    m_client->getCourierMessage(id, false, this, [this, id](const ApiResult<CourierMessage> &result) {
        if (!m_message || m_message->id != id)
            return;
        if (!result.ok()) {
            fail(result.error(), [this, id]() {
                m_error->clear();
                loadMessage(id);
            });
            return;
        }
        m_message = result.value();
        render();
    });
}

void MessageDetailPane::render()
{
    m_fields->clear();
    m_dispatches->setRowCount(0);
    if (!m_message)
        return;
    const CourierMessage &m = *m_message;
    const QList<QPair<QString, QString>> rows{
        {tr("ID"), m.id},
        {tr("Status"), CourierMessageModel::statusText(m.status)},
        {tr("Channel"),
         m.typeText + (m.channelId.isEmpty() || m.channelId == m.typeText ? QString()
                                                                          : QStringLiteral(" (%1)").arg(m.channelId))},
        {tr("Template"), CourierMessageModel::templateName(m.templateType) + QStringLiteral(" — ") + m.templateType},
        {tr("Recipient"), m.recipient},
        {tr("Subject"), m.subjectRedacted() ? tr("(redacted by Kratos)") : m.subject},
        {tr("Send attempts"), QString::number(m.sendCount)},
        {tr("Created"), when(m.createdAt)},
        {tr("Updated"), when(m.updatedAt)}};
    for (const auto &[key, value] : rows)
        new QTreeWidgetItem(m_fields, {key, value});
    m_dispatches->setRowCount(int(m.dispatches.size()));
    for (int r = 0; r < m.dispatches.size(); ++r) {
        const CourierDispatch &d = m.dispatches.at(r);
        m_dispatches->setItem(r, 0, new QTableWidgetItem(DisplayTime::cell(d.createdAt)));
        m_dispatches->setItem(r, 1, new QTableWidgetItem(CourierMessageModel::statusText(d.status)));
        auto *error = new QTableWidgetItem(d.errorText());
        error->setToolTip(PlainText::toolTip(d.errorText()));
        m_dispatches->setItem(r, 2, error);
    }
    m_openIdentity->setEnabled(!m.recipient.isEmpty());
    if (!m_revealed)
        wipeBody(); // refresh the notice and the reveal button for this message
}

void MessageDetailPane::reveal()
{
    if (!m_message || m_message->subjectRedacted())
        return;
    const CourierMessage m = *m_message;
    const ConfirmDialog::Request request{
        tr("Reveal message body"),
        tr("The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live "
           "recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select "
           "another message, leave the page, or after %Ln second(s).",
           nullptr, m_wipeTimer->interval() / 1000)
            .arg(m.id, m.recipient, CourierMessageModel::templateName(m.templateType)),
        tr("Reveal"), false, m_production ? QStringLiteral("reveal") : QString()};
    QString reason;
    if (!ConfirmDialog::confirmWithReason(this, request, &reason))
        return;
    fetchBody(m.id, m.recipient, m.templateType, reason);
}

void MessageDetailPane::fetchBody(const QString &id, const QString &recipient, const QString &templateType,
                                  const QString &reason)
{
    m_error->clear();
    m_reveal->setEnabled(false);
    m_actions->setReason(reason);
    m_actions->revealBody(id, recipient, templateType, this, [=, this](const ApiResult<CourierMessage> &result) {
        if (!m_message || m_message->id != id)
            return; // the user moved on: drop the body unseen
        m_reveal->setEnabled(true);
        if (!result.ok()) {
            fail(result.error(), [=, this]() {
                if (m_message && m_message->id == id && !m_revealed)
                    fetchBody(id, recipient, templateType, reason);
            });
            return;
        }
        if (result.value().bodyRedacted()) {
            m_notice->setText(tr("Kratos redacts bodies unless it runs in dev mode: there is nothing to reveal."));
            m_reveal->setEnabled(false);
            return;
        }
        // Shown as plain text: HTML bodies appear as source, nothing is rendered or loaded.
        m_body->setPlainText(result.value().body);
        m_body->show();
        m_revealed = true;
        m_copy->setEnabled(true);
        m_hide->setEnabled(true);
        m_notice->setText(tr("Revealed. Hidden again in %Ln second(s).", nullptr, m_wipeTimer->interval() / 1000));
        m_wipeTimer->start();
    });
}
