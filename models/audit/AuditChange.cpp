// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChange.h"

#include "JsonPointer.h"

#include <QJsonArray>

namespace {

void leaves(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (AuditChange::isWithheld(path)) {
        out->insert(path, AuditChange::withheldText());
        return;
    }
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), path + QLatin1Char('/') + JsonPointer::escape(it.key()), out);
        return;
    }
    out->insert(path.isEmpty() ? QStringLiteral("/") : path, value);
}

} // namespace

namespace AuditChange {

QString withheldText()
{
    return QStringLiteral("(withheld)");
}

bool isWithheld(const QString &pointer)
{
    const QString p = pointer.toLower();
    return p.startsWith(QLatin1String("/credentials")) || p.contains(QLatin1String("password")) ||
           p.contains(QLatin1String("secret")) || p.contains(QLatin1String("token"));
}

QJsonObject patch(const JsonPatch &patch, const QJsonObject &before)
{
    QJsonArray ops;
    for (const JsonPatch::Operation &op : patch.operations()) {
        QJsonObject o{{QStringLiteral("op"), JsonPatch::opName(op.op)}, {QStringLiteral("path"), op.path}};
        const bool withheld = isWithheld(op.path);
        if (op.op != JsonPatch::Op::Remove)
            o.insert(QStringLiteral("value"), withheld ? QJsonValue(withheldText()) : op.value);
        bool found = false;
        const QJsonValue old = JsonPointer::resolve(before, op.path, &found);
        if (found)
            o.insert(QStringLiteral("old"), withheld ? QJsonValue(withheldText()) : old);
        ops.append(o);
    }
    return {{QStringLiteral("patch"), ops}};
}

QJsonObject fields(const QJsonObject &body)
{
    QJsonObject out;
    leaves(body, QString(), &out);
    return {{QStringLiteral("fields"), out}};
}

} // namespace AuditChange
