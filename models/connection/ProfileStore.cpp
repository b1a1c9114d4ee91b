// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kLast = QStringLiteral("session/lastProfile");
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    const QJsonObject o = QJsonDocument::fromJson(m_settings->value(QStringLiteral("json")).toByteArray()).object();
    m_settings->endGroup();
    if (o.isEmpty())
        return std::nullopt;
    QString error;
    auto p = ConnectionProfile::fromJson(o, &error);
    if (p)
        p->id = id;
    return p;
}

std::optional<ConnectionProfile> ProfileStore::profileByName(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    m_settings->setValue(kGroup + QLatin1Char('/') + profile.id + QStringLiteral("/json"),
                         QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    m_settings->sync();
    Q_EMIT profilesChanged();
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (lastProfileId() == id)
        m_settings->remove(kLast);
    m_settings->sync();
    Q_EMIT profilesChanged();
}

ConnectionProfile ProfileStore::duplicate(const QString &id)
{
    ConnectionProfile copy = profile(id).value_or(ConnectionProfile());
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = tr("%1 (copy)").arg(copy.name);
    save(copy);
    return copy;
}

QString ProfileStore::lastProfileId() const
{
    return m_settings->value(kLast).toString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    m_settings->setValue(kLast, id);
}

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    QJsonArray list;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            list.append(p->toJson());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("kratos_desk_profiles"), 1}, {QStringLiteral("profiles"), list}})
        .toJson(QJsonDocument::Indented);
}

int ProfileStore::importJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return -1;
    }
    const QJsonValue list = doc.object().value(QLatin1String("profiles"));
    if (!list.isArray()) {
        *error = tr("The file has no \"profiles\" list; it was not exported by Kratos Desk.");
        return -1;
    }
    QList<ConnectionProfile> parsed;
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("token"))) {
            *error = tr("Profile %1 contains a token. Tokens are never imported from files; remove it and enter "
                        "the token in the profile instead.")
                         .arg(index);
            return -1;
        }
        QString problem;
        auto p = ConnectionProfile::fromJson(o, &problem);
        if (!p) {
            *error = tr("Profile %1 (\"%2\"): %3").arg(index).arg(o.value(QLatin1String("name")).toString(), problem);
            return -1;
        }
        if (profile(p->id))
            p->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        parsed.append(*p);
    }
    for (const ConnectionProfile &p : parsed)
        save(p);
    return int(parsed.size());
}
