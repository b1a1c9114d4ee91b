// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>

class QSettings;

// Connection profiles in QSettings (group "profiles"), plus which one was used last. Import and
// export use JSON and never carry a token: a "token" field in an imported file is refused.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    std::optional<ConnectionProfile> profileByName(const QString &name) const;

    void save(const ConnectionProfile &profile); // adds or replaces by id
    void remove(const QString &id);
    ConnectionProfile duplicate(const QString &id);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    QByteArray exportJson(const QStringList &ids) const;
    // Adds the file's profiles (new ids when they clash); returns how many, or -1 with `error`.
    int importJson(const QByteArray &json, QString *error);

Q_SIGNALS:
    void profilesChanged();

private:
    QSettings *m_settings;
};
