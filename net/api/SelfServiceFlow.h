// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A Kratos self-service flow (verification, recovery or login) as its public API returns it
// (PUBLIC-FLOWS.md §1): the method the server chose (`active`), the state, and the form's nodes
// and messages. Read tolerantly: what is not there is empty.
struct SelfServiceFlow
{
    struct Message
    {
        qint64 id = 0; // Kratos's text id, e.g. 1080003 "verification code sent"
        QString text;  // English, as the server words it
        QString type;  // info | error | success
        QJsonObject context;
    };
    struct Node
    {
        QString group;     // default | password | oidc | code | link | passkey | webauthn | totp | …
        QString nodeType;  // input | a | img | text | script
        QString name;      // attributes.name
        QString inputType; // attributes.type
        QJsonValue value;  // attributes.value
        QList<Message> messages;
    };

    QString id;
    QString type;   // api | browser
    QString active; // code | link (verification, recovery); the chosen method
    QString state;  // choose_method, sent_email, passed_challenge, recovery_awaiting_address, …
    QDateTime issuedAt;
    QDateTime expiresAt;
    QList<Message> messages;
    QList<Node> nodes;
    QDateTime answeredAt; // the server's Date header of the answer that carried this flow

    // Null when `o` has no id or no ui: such an object is not a flow.
    static std::optional<SelfServiceFlow> fromJson(const QJsonObject &o);

    // The node groups a login flow offers to sign in with ("default" and "profile" left out).
    QStringList methodGroups() const;
    // The values of the oidc group's `provider` submit nodes: the social sign-in providers offered.
    QStringList oidcProviders() const;
    // Every message of the flow and of its nodes, errors first, as one line each.
    QStringList messageTexts() const;
    bool hasErrors() const;
    bool hasNode(const QString &name) const;
};
