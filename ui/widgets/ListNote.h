// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Above a detail pane: why the item it shows is not in the list beside it ("Not in the list:
// hidden by the state filter Inactive", "Deleted on the server at 14:02"), and, where it makes
// sense, "Show in list", which clears what hides it. Hidden while the item is in the list.
class ListNote final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListNote)

public:
    explicit ListNote(QWidget *parent = nullptr);

    // An empty text hides the note; `offerShowInList` shows the button.
    void setNote(const QString &text, bool offerShowInList);
    QString text() const;
    bool offersShowInList() const;

Q_SIGNALS:
    void showInListRequested();

private:
    QLabel *m_text;
    QPushButton *m_showInList;
};
