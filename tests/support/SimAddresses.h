// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimStore.h"

#include <QJsonObject>
#include <QString>

namespace TestSupport {

// An e-mail address that already belongs to an identity in `store`; empty when none has one.
inline QString addressInUse(const SimStore &store)
{
    for (const SimIdentity &i : store.identities()) {
        const QString email =
            i.json().value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")).toString();
        if (!email.isEmpty())
            return email;
    }
    return QString();
}

} // namespace TestSupport
