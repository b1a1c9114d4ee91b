// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CourierMessage.h"

#include <QWidget>

#include <functional>
#include <optional>

class ApiError;
class ErrorBanner;
class AuditLog;
class CourierActions;
class KratosClient;
class ListNote;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

// One courier message: every field and its delivery attempts. The body stays hidden — it may hold
// live recovery codes and links — until the user confirms a reveal, every time; the reveal is
// audited (by the client), and the body is wiped when the user selects another message, leaves
// the page, switches profile, or after a timeout.
class MessageDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailPane)

public:
    MessageDetailPane(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    void showMessage(const CourierMessage &message);
    void clear();
    void reveal();
    // Forgets the revealed body (the widget text, the copy, the clipboard if it still holds it).
    void wipeBody();
    bool isBodyRevealed() const { return m_revealed; }
    void setProductionMode(bool production) { m_production = production; }
    void setWipeTimeout(int ms);
    int wipeTimeout() const;
    // How long a copied body may stay on the clipboard (30 s).
    void setClipboardClearDelay(int ms) { m_clipboardDelay = ms; }
    std::optional<CourierMessage> message() const { return m_message; }
    // Reads the message's fields and attempts again (a revealed body stays until wiped).
    void refresh();
    // Why the message is not in the list beside the pane (empty: it is); see ListNote.
    void setListNote(const QString &text, bool offerShowInList);

Q_SIGNALS:
    void openIdentityRequested(const QString &recipient);
    // "Show in list" in the note: clear the filters that keep the message out of the list.
    void showInListRequested();

private:
    void render();
    void loadMessage(const QString &id);
    // Fetches the body the user confirmed to reveal; Retry after a failure fetches it again.
    void fetchBody(const QString &id, const QString &recipient, const QString &templateType, const QString &reason);
    void fail(const ApiError &error, std::function<void()> retry);

    KratosClient *m_client;
    CourierActions *m_actions;
    std::optional<CourierMessage> m_message;
    bool m_production = false;
    bool m_revealed = false;
    int m_clipboardDelay = 30000;
    ListNote *m_note;
    QTreeWidget *m_fields;
    QTableWidget *m_dispatches;
    QLabel *m_notice;
    QPlainTextEdit *m_body;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_hide;
    QPushButton *m_openIdentity;
    ErrorBanner *m_error;
    std::function<void()> m_retry; // the failed call shown in m_error
    QTimer *m_wipeTimer;
};
