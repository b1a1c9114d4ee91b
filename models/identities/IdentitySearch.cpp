// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySearch.h"

#include <QRegularExpression>
#include <QUuid>

IdentityListQuery IdentitySearch::query(Mode mode, const QString &text)
{
    IdentityListQuery query;
    switch (mode) {
    case Mode::Identifier:
        query.credentialsIdentifier = text;
        break;
    case Mode::IdentifierPrefix:
        query.identifierPrefix = text;
        break;
    case Mode::Ids:
        query.ids = splitIds(text);
        break;
    case Mode::Organisation:
        query.organizationId = text;
        break;
    case Mode::ExternalId:
        break;
    }
    return query;
}

QStringList IdentitySearch::splitIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool IdentitySearch::isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString IdentitySearch::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Identifier:
        return QStringLiteral("identifier");
    case Mode::IdentifierPrefix:
        return QStringLiteral("prefix");
    case Mode::Ids:
        return QStringLiteral("id");
    case Mode::ExternalId:
        return QStringLiteral("external-id");
    case Mode::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

std::optional<IdentitySearch::Mode> IdentitySearch::modeFromName(const QString &name)
{
    for (const Mode mode :
         {Mode::Identifier, Mode::IdentifierPrefix, Mode::Ids, Mode::ExternalId, Mode::Organisation}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QStringList IdentitySearch::modeNames()
{
    return {modeName(Mode::Identifier), modeName(Mode::IdentifierPrefix), modeName(Mode::Ids),
            modeName(Mode::ExternalId), modeName(Mode::Organisation)};
}
