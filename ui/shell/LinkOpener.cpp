// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkOpener.h"

#include "ConnectionController.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "KratosClient.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "Prompt.h"
#include "SessionsPage.h"

LinkOpener::LinkOpener(MainWindow *window, const AppContext &context)
    : QObject(window)
    , m_window(window)
    , m_context(context)
{
    connect(m_context.connection, &ConnectionController::opened, this, [this](const ConnectionProfile &profile) {
        if (!m_waiting)
            return;
        const DeepLink link = *std::exchange(m_waiting, std::nullopt);
        if (m_waitingProfileId.isEmpty() || profile.id == m_waitingProfileId)
            openTarget(link);
    });
}

QString LinkOpener::what(const DeepLink &link) const
{
    if (link.target == DeepLink::Target::Session)
        return tr("the session %1").arg(link.value);
    return link.target == DeepLink::Target::CourierMessage ? tr("the courier message %1").arg(link.value)
                                                           : tr("the identity %1").arg(link.value);
}

bool LinkOpener::openText(const QString &text)
{
    QString error;
    const std::optional<DeepLink> link = DeepLink::parse(text, &error);
    if (!link) {
        Prompt::warning(m_window, tr("Cannot open this"), error);
        return false;
    }
    open(*link);
    return true;
}

void LinkOpener::open(const DeepLink &link, bool atStart)
{
    m_waiting.reset();
    const std::optional<ConnectionProfile> current = m_context.connection->current();
    if (!link.profile.isEmpty()) {
        const std::optional<ConnectionProfile> named = m_context.profiles->profileByName(link.profile);
        if (!named) {
            Prompt::warning(m_window, tr("Cannot open the link"),
                            tr("The link names the profile “%1”, which is not set up on this computer. Add it in "
                               "File → Profiles, or ask who sent the link which server it means.")
                                .arg(link.profile));
            return;
        }
        if (!current || current->id != named->id) {
            if (named->isProduction() &&
                Prompt::question(
                    m_window, tr("Open a production profile?"),
                    tr("The link opens %1 in the production profile “%2”. Connect to it?").arg(what(link), named->name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
                return;
            m_waiting = link;
            m_waitingProfileId = named->id;
            m_window->openProfile(named->id);
            return;
        }
    } else if (!current && atStart) {
        m_waiting = link;
        m_waitingProfileId.clear(); // whichever profile opens first
        return;
    } else if (!current) {
        Prompt::warning(m_window, tr("Cannot open the link"),
                        tr("No profile is open, and the link does not name one. Open a profile, then the link again."));
        return;
    }
    openTarget(link);
}

void LinkOpener::openTarget(const DeepLink &link)
{
    if (link.target == DeepLink::Target::Identity) {
        m_window->showPage(MainWindow::IdentitiesArea);
        if (link.byId)
            m_window->identitiesPage()->showIdentityById(link.value);
        else
            m_window->identitiesPage()->findByIdentifier(link.value);
        return;
    }
    if (link.target == DeepLink::Target::Session) {
        m_window->showPage(MainWindow::SessionsArea);
        m_window->sessionsPage()->showSessionById(link.value);
        return;
    }
    // A message is shown among the messages to its recipient: read who that is first.
    const QString id = link.value;
    m_context.client->getCourierMessage(id, false, this, [this, id](const ApiResult<CourierMessage> &result) {
        if (!result.ok()) {
            Prompt::warning(m_window, tr("Cannot open the courier message"), result.error().userMessage());
            return;
        }
        m_window->showPage(MainWindow::CourierArea);
        m_window->courierPage()->showMessagesTo(result.value().recipient, id);
    });
}
