// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimIdentity.h"

#include "SimJsonWriter.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return SimJsonWriter::compact(object);
}

QJsonObject parse(const QByteArray &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

} // namespace

SimIdentity::SimIdentity(const QJsonObject &json, const QJsonObject &credentials)
    : m_json(compact(json))
    , m_credentials(compact(credentials))
{}

SimIdentity SimIdentity::fromText(QByteArray json, QByteArray credentials)
{
    SimIdentity identity;
    identity.m_json = std::move(json);
    identity.m_credentials = std::move(credentials);
    return identity;
}

QJsonObject SimIdentity::json() const
{
    return parse(m_json);
}

QJsonObject SimIdentity::credentials() const
{
    return parse(m_credentials);
}

void SimIdentity::setJson(const QJsonObject &json)
{
    m_json = compact(json);
}

void SimIdentity::setCredentials(const QJsonObject &credentials)
{
    m_credentials = compact(credentials);
}

bool SimIdentity::mayContain(const QString &text) const
{
    // Characters JSON text escapes would not be found as they are written.
    const bool escaped = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() == 0x7f;
    });
    return escaped || m_json.contains(text.toUtf8());
}
