// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

// A cookie jar that keeps nothing and gives nothing: Kratos's API flows answer 400 to a request
// that carries a Cookie header (PUBLIC-FLOWS.md §1), and no cookie of one server may reach another.
class NoCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoCookieJar)

public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url) override;
    bool insertCookie(const QNetworkCookie &cookie) override;
};
