// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

// Help → About: the app's version and licence, the Qt it runs on, and the server it is connected
// to with that server's Kratos version as the status bar shows it, ready to paste into a ticket
// (Copy details).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // `server`: the connected server and its state in words, or empty when no profile is open.
    explicit AboutDialog(const QString &server, QWidget *parent = nullptr);

    // What Copy details puts on the clipboard: the version, Qt, system and server lines.
    QString details() const;

private:
    QString m_details;
};
