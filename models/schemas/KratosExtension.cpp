// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosExtension.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

const QStringList &identifierCredentials()
{
    static const QStringList types{QStringLiteral("password"), QStringLiteral("webauthn"), QStringLiteral("code")};
    return types;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("KratosExtension", text);
}

void collectUnknown(const QJsonObject &object, const QStringList &allowed, const QString &prefix, QStringList *out)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            out->append(prefix + it.key());
}

} // namespace

KratosExtension KratosExtension::fromJson(const QJsonValue &value)
{
    KratosExtension e;
    if (value.isUndefined())
        return e;
    e.present = true;
    if (!value.isObject()) {
        e.unknown.append(tr("(not an object)"));
        return e;
    }
    const QJsonObject ext = value.toObject();
    collectUnknown(ext,
                   {QStringLiteral("credentials"), QStringLiteral("verification"), QStringLiteral("recovery"),
                    QStringLiteral("organizations")},
                   QString(), &e.unknown);

    const QJsonObject credentials = ext.value(QLatin1String("credentials")).toObject();
    collectUnknown(credentials,
                   {QStringLiteral("password"), QStringLiteral("webauthn"), QStringLiteral("passkey"),
                    QStringLiteral("totp"), QStringLiteral("code")},
                   QStringLiteral("credentials/"), &e.unknown);
    for (const QString &type : identifierCredentials()) {
        const QJsonObject c = credentials.value(type).toObject();
        if (c.value(QLatin1String("identifier")).toBool())
            e.identifierFor.append(type);
    }
    const QJsonObject code = credentials.value(QLatin1String("code")).toObject();
    e.codeVia = code.value(QLatin1String("via")).toString();
    e.passkeyDisplayName =
        credentials.value(QLatin1String("passkey")).toObject().value(QLatin1String("display_name")).toBool();
    e.totpAccountName =
        credentials.value(QLatin1String("totp")).toObject().value(QLatin1String("account_name")).toBool();
    e.verificationVia = ext.value(QLatin1String("verification")).toObject().value(QLatin1String("via")).toString();
    e.recoveryVia = ext.value(QLatin1String("recovery")).toObject().value(QLatin1String("via")).toString();
    e.organizationsMatcher =
        ext.value(QLatin1String("organizations")).toObject().value(QLatin1String("matcher")).toString();
    return e;
}

QString KratosExtension::credentialName(const QString &type)
{
    if (type == QLatin1String("password"))
        return tr("password");
    if (type == QLatin1String("webauthn"))
        return tr("WebAuthn");
    if (type == QLatin1String("passkey"))
        return tr("passkey");
    if (type == QLatin1String("totp"))
        return tr("TOTP");
    if (type == QLatin1String("code"))
        return tr("one-time code");
    return type;
}

QString KratosExtension::channelName(const QString &via)
{
    if (via == QLatin1String("email"))
        return tr("e-mail");
    if (via == QLatin1String("sms"))
        return tr("SMS");
    return via;
}

namespace {

QString identifierList(const KratosExtension &e)
{
    QStringList names;
    for (const QString &type : e.identifierFor) {
        QString name = KratosExtension::credentialName(type);
        if (type == QLatin1String("code") && !e.codeVia.isEmpty())
            name += QStringLiteral(" (%1)").arg(KratosExtension::channelName(e.codeVia));
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList KratosExtension::badges() const
{
    QStringList out;
    if (isLoginIdentifier())
        out.append(tr("Login: %1").arg(identifierList(*this)));
    if (passkeyDisplayName)
        out.append(tr("Passkey name"));
    if (totpAccountName)
        out.append(tr("TOTP account"));
    if (!verificationVia.isEmpty())
        out.append(tr("Verify: %1").arg(channelName(verificationVia)));
    if (!recoveryVia.isEmpty())
        out.append(tr("Recovery: %1").arg(channelName(recoveryVia)));
    if (!organizationsMatcher.isEmpty())
        out.append(organizationsMatcher == QLatin1String("email_domain")
                       ? tr("Organisation: by e-mail domain")
                       : tr("Organisation: %1").arg(organizationsMatcher));
    if (!unknown.isEmpty())
        out.append(tr("Unknown: %1").arg(unknown.join(QStringLiteral(", "))));
    return out;
}

QString KratosExtension::inWords() const
{
    QStringList parts;
    if (isLoginIdentifier())
        parts.append(tr("login identifier for %1").arg(identifierList(*this)));
    if (passkeyDisplayName)
        parts.append(tr("shown as the passkey's display name"));
    if (totpAccountName)
        parts.append(tr("shown as the TOTP account name"));
    if (!verificationVia.isEmpty())
        parts.append(tr("verified by %1").arg(channelName(verificationVia)));
    if (!recoveryVia.isEmpty())
        parts.append(tr("used for account recovery by %1").arg(channelName(recoveryVia)));
    if (!organizationsMatcher.isEmpty())
        parts.append(organizationsMatcher == QLatin1String("email_domain")
                         ? tr("assigns the organisation by the e-mail domain")
                         : tr("assigns the organisation by %1").arg(organizationsMatcher));
    if (!unknown.isEmpty())
        parts.append(tr("keys not in Kratos's meta-schema: %1").arg(unknown.join(QStringLiteral(", "))));
    if (parts.isEmpty())
        return QString();
    QString sentence = parts.join(QStringLiteral("; "));
    sentence[0] = sentence.at(0).toUpper();
    return sentence + QLatin1Char('.');
}
