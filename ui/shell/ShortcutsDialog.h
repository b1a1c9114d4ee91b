// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

// Help → Keyboard shortcuts: every shortcut the window has, read from its actions and shortcuts
// (so a page added later shows up without a list kept by hand), plus the keys every list and
// menu understands.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // `window`: the window whose shortcuts are listed.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The rows shown: key in the platform's words, and what it does.
    QList<QPair<QString, QString>> rows() const;

private:
    QTreeWidget *m_list;
};
