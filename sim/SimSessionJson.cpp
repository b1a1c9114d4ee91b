// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSessionJson.h"

#include "SimHttp.h"
#include "SimSeeder.h"
#include "SimStore.h"

#include <QJsonObject>
#include <QStringList>

using SimHttp::s;

QJsonArray SimSessionJson::methods(const SimSession &session)
{
    QJsonObject first{{s("method"), session.codeLogin ? s("code") : s("password")},
                      {s("aal"), s("aal1")},
                      {s("completed_at"), SimStore::formatTime(session.authenticatedAt)}};
    if (session.organisation > 0 && session.organisation <= SimSeeder::organisationIds().size()) {
        first.insert(s("method"), s("oidc"));
        first.insert(s("provider"), s("acme-sso"));
        first.insert(s("organization"), SimSeeder::organisationIds().at(session.organisation - 1));
    }
    QJsonArray methods{first};
    if (session.secondFactor)
        methods.append(QJsonObject{{s("method"), s("totp")},
                                   {s("aal"), s("aal2")},
                                   {s("completed_at"), SimStore::formatTime(session.authenticatedAt.addSecs(20))}});
    return methods;
}

QJsonArray SimSessionJson::devices(const SimSession &session)
{
    static const QStringList userAgents{
        s("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
        s("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
          "Safari/605.1.15"),
        s("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"),
        s("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 "
          "Safari/537.36"),
        s("okhttp/4.12.0")};
    static const QStringList locations{s("Berlin, DE"),
                                       s("Munich, DE"),
                                       s("London, GB"),
                                       s("Paris, FR"),
                                       s("New York, US"),
                                       s("Tokyo, JP"),
                                       QStringLiteral("São Paulo, BR")};
    QJsonArray devices;
    const int count = 1 + int(session.seed % 2);
    for (int d = 0; d < count; ++d) {
        const quint32 bits = session.seed >> (d * 12);
        // A stable device id: the session's id with its last three digits replaced.
        const QString id =
            session.id.left(session.id.size() - 3) + QStringLiteral("%1").arg(d, 3, 10, QLatin1Char('0'));
        devices.append(QJsonObject{{s("id"), id},
                                   {s("ip_address"), QStringLiteral("203.0.113.%1").arg(1 + (bits >> 1) % 250)},
                                   {s("user_agent"), userAgents.at(int((bits >> 4) % userAgents.size()))},
                                   {s("location"), locations.at(int((bits >> 7) % locations.size()))}});
    }
    return devices;
}
