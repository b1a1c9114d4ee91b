// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "DeepLink.h"

#include <QObject>

#include <optional>

class MainWindow;

// Opens what a helpdesk link or a pasted text names (DeepLink) in the window: switches to the
// profile it names (asking first when that profile is a production one, saying so when this
// computer has no such profile), then shows the identity or the courier message. A link that
// needs a profile to be opened waits for it, and only for it.
class LinkOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkOpener)

public:
    LinkOpener(MainWindow *window, const AppContext &context);

    // Parses `text` and opens it; false when it is not a link, with the reason shown to the user.
    bool openText(const QString &text);
    // `atStart`: the window is still opening its first profile; a link that names none waits for
    // it instead of saying that no profile is open.
    void open(const DeepLink &link, bool atStart = false);

private:
    void openTarget(const DeepLink &link);
    QString what(const DeepLink &link) const;

    MainWindow *m_window;
    AppContext m_context;
    std::optional<DeepLink> m_waiting; // until its profile is open
    QString m_waitingProfileId;
};
