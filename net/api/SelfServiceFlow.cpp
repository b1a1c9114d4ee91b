// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfServiceFlow.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace {

QList<SelfServiceFlow::Message> messagesOf(const QJsonObject &o)
{
    QList<SelfServiceFlow::Message> out;
    for (const QJsonValue &v : o.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        out.append({JsonFields::integer(m, QLatin1String("id")), JsonFields::string(m, QLatin1String("text")),
                    JsonFields::string(m, QLatin1String("type")), m.value(QLatin1String("context")).toObject()});
    }
    return out;
}

} // namespace

std::optional<SelfServiceFlow> SelfServiceFlow::fromJson(const QJsonObject &o)
{
    SelfServiceFlow f;
    f.id = JsonFields::string(o, QLatin1String("id"));
    const QJsonObject ui = o.value(QLatin1String("ui")).toObject();
    if (f.id.isEmpty() || !o.value(QLatin1String("ui")).isObject())
        return std::nullopt;
    f.type = JsonFields::string(o, QLatin1String("type"));
    f.active = JsonFields::string(o, QLatin1String("active"));
    f.state = JsonFields::string(o, QLatin1String("state"));
    f.issuedAt = JsonFields::dateTime(o, QLatin1String("issued_at"));
    f.expiresAt = JsonFields::dateTime(o, QLatin1String("expires_at"));
    f.messages = messagesOf(ui);
    for (const QJsonValue &v : ui.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        const QJsonObject attributes = n.value(QLatin1String("attributes")).toObject();
        Node node;
        node.group = JsonFields::string(n, QLatin1String("group"));
        node.nodeType = JsonFields::string(n, QLatin1String("type"));
        node.name = JsonFields::string(attributes, QLatin1String("name"));
        node.inputType = JsonFields::string(attributes, QLatin1String("type"));
        node.value = attributes.value(QLatin1String("value"));
        node.messages = messagesOf(n);
        f.nodes.append(node);
    }
    return f;
}

QStringList SelfServiceFlow::methodGroups() const
{
    QStringList out;
    for (const Node &n : nodes) {
        if (n.group.isEmpty() || n.group == QLatin1String("default") || n.group == QLatin1String("profile") ||
            n.group == QLatin1String("captcha") || out.contains(n.group))
            continue;
        out.append(n.group);
    }
    return out;
}

QStringList SelfServiceFlow::oidcProviders() const
{
    QStringList out;
    for (const Node &n : nodes) {
        if ((n.group == QLatin1String("oidc") || n.group == QLatin1String("saml")) &&
            n.name == QLatin1String("provider") && n.value.isString() && !out.contains(n.value.toString()))
            out.append(n.value.toString());
    }
    return out;
}

QStringList SelfServiceFlow::messageTexts() const
{
    QStringList errors;
    QStringList others;
    auto add = [&](const Message &m, const QString &prefix) {
        if (m.text.isEmpty())
            return;
        (m.type == QLatin1String("error") ? errors : others).append(prefix + m.text);
    };
    for (const Message &m : messages)
        add(m, QString());
    for (const Node &n : nodes) {
        for (const Message &m : n.messages)
            add(m, n.name.isEmpty() ? QString() : n.name + QStringLiteral(": "));
    }
    return errors + others;
}

bool SelfServiceFlow::hasErrors() const
{
    auto isError = [](const Message &m) { return m.type == QLatin1String("error"); };
    if (std::any_of(messages.cbegin(), messages.cend(), isError))
        return true;
    return std::any_of(nodes.cbegin(), nodes.cend(),
                       [&](const Node &n) { return std::any_of(n.messages.cbegin(), n.messages.cend(), isError); });
}

bool SelfServiceFlow::hasNode(const QString &name) const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [&](const Node &n) { return n.name == name; });
}
