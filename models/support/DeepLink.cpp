// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeepLink.h"

#include "IdentitySearch.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

bool hasHiddenCharacters(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

} // namespace

std::optional<DeepLink> DeepLink::parse(const QString &text, QString *error)
{
    if (text.size() > kMaxLength) {
        *error = tr("The text is too long for a link (%1 characters; at most %2).").arg(text.size()).arg(kMaxLength);
        return std::nullopt;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("There is nothing to open: the text is empty.");
        return std::nullopt;
    }
    if (hasHiddenCharacters(trimmed)) {
        *error = tr("The text holds control or invisible characters; it is not opened.");
        return std::nullopt;
    }
    if (trimmed.contains(QLatin1String("://")))
        return parseUrl(trimmed, error);
    return parsePlain(trimmed, error);
}

std::optional<DeepLink> DeepLink::parsePlain(const QString &text, QString *error)
{
    DeepLink link;
    link.value = text;
    link.byId = IdentitySearch::isUuid(text);
    if (link.byId)
        return link;
    if (text.size() > kMaxIdentifier || text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('\t'))) {
        *error = tr("The text is neither a kratos-desk:// link, an identity's ID nor a login identifier.");
        return std::nullopt;
    }
    return link;
}

std::optional<DeepLink> DeepLink::parseUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("kratos-desk")) {
        *error = tr("Only kratos-desk:// links are opened, not “%1”.").arg(url.scheme().left(40));
        return std::nullopt;
    }
    if (url.host() != QLatin1String("open") || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        *error = tr("A kratos-desk link starts with kratos-desk://open?");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    QStringList seen;
    for (const auto &[key, value] : items) {
        static const QStringList known{QStringLiteral("profile"), QStringLiteral("identity"), QStringLiteral("page"),
                                       QStringLiteral("message"), QStringLiteral("session")};
        if (!known.contains(key)) {
            *error = tr("The link has a part this version does not know: “%1”.").arg(key.left(40));
            return std::nullopt;
        }
        if (seen.contains(key)) {
            *error = tr("The link names “%1” more than once.").arg(key);
            return std::nullopt;
        }
        if (value.isEmpty() || hasHiddenCharacters(value)) {
            *error = tr("The link's “%1” is empty or holds invisible characters.").arg(key);
            return std::nullopt;
        }
        seen.append(key);
    }
    DeepLink link;
    link.profile = query.queryItemValue(QStringLiteral("profile"), QUrl::FullyDecoded);
    const QString page = query.queryItemValue(QStringLiteral("page"), QUrl::FullyDecoded);
    const QString identity = query.queryItemValue(QStringLiteral("identity"), QUrl::FullyDecoded);
    const QString message = query.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
    const QString session = query.queryItemValue(QStringLiteral("session"), QUrl::FullyDecoded);
    if ((!identity.isEmpty() &&
         (!message.isEmpty() || !session.isEmpty() || (!page.isEmpty() && page != QLatin1String("identities")))) ||
        (!session.isEmpty() && (!message.isEmpty() || (!page.isEmpty() && page != QLatin1String("sessions"))))) {
        *error = tr("The link names an identity and something else; it can open one thing.");
        return std::nullopt;
    }
    if (!identity.isEmpty()) {
        std::optional<DeepLink> plain = parsePlain(identity, error);
        if (plain)
            plain->profile = link.profile;
        return plain;
    }
    if (!session.isEmpty()) {
        if (!IdentitySearch::isUuid(session)) {
            *error = tr("A session is named by its ID, a UUID; “%1” is not one.").arg(session.left(40));
            return std::nullopt;
        }
        link.target = Target::Session;
        link.value = session;
        link.byId = true;
        return link;
    }
    if (page != QLatin1String("courier") || message.isEmpty()) {
        *error = tr("The link names nothing to open: it needs identity=…, session=… or page=courier&message=….");
        return std::nullopt;
    }
    if (!IdentitySearch::isUuid(message)) {
        *error = tr("A courier message is named by its ID, a UUID; “%1” is not one.").arg(message.left(40));
        return std::nullopt;
    }
    link.target = Target::CourierMessage;
    link.value = message;
    link.byId = true;
    return link;
}
