// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class IdentityFilterProxy;
class IdentityListModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The line under the identity list: how many identities are loaded and how old the list is, what
// the quick filter is doing while a long sort or filter computes, and Load all with its progress.
class IdentityListStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityListStatus)

public:
    // How long the quick filter may compute before the line says it is sorting or filtering.
    static constexpr int BusyHintMs = 300;

    IdentityListStatus(IdentityListModel *model, IdentityFilterProxy *proxy, QWidget *parent = nullptr);

    // Reads the model again: the count, its age and the Load all button.
    void refresh();
    // A message of its own until the next refresh (an action's outcome).
    void showMessage(const QString &text);
    // What the user asked for last: a sort (true) or a filter; the busy hint names it.
    void setSortAsked(bool sort) { m_sortAsked = sort; }

Q_SIGNALS:
    // Load all was started or stopped.
    void loadAllToggled();

private:
    void showBusyHint();

    IdentityListModel *m_model;
    IdentityFilterProxy *m_proxy;
    QLabel *m_status;
    QLabel *m_busy;
    QTimer *m_busyDelay; // a quick sort or filter never shows the hint
    QProgressBar *m_progress;
    QPushButton *m_loadAll;
    bool m_sortAsked = false;
};
