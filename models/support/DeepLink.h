// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a helpdesk link or a pasted text asks to open: an identity (by id or login identifier), a
// courier message or a session, optionally in a named connection profile.
//
//   kratos-desk://open?profile=NAME&identity=ID-or-identifier
//   kratos-desk://open?profile=NAME&page=courier&message=ID
//   kratos-desk://open?profile=NAME&session=ID (page=sessions may be said)
//   an identity's id, or a login identifier (an e-mail address, a user name, a phone number)
//
// The text is hostile until shown otherwise: it is read only up to kMaxLength characters, every
// parameter at most once, ids must be UUIDs, and control or format characters anywhere refuse it,
// each with a specific reason.
struct DeepLink
{
    Q_DECLARE_TR_FUNCTIONS(DeepLink)

public:
    static constexpr int kMaxLength = 2048;
    static constexpr int kMaxIdentifier = 320;

    enum class Target
    {
        Identity,
        CourierMessage,
        Session
    };

    QString profile; // empty: the profile open now
    Target target = Target::Identity;
    QString value;     // the identity's id or identifier, the message's or the session's id
    bool byId = false; // `value` is an id (a UUID)

    // Null with `error` saying why when `text` is not a link or an identity this can open.
    static std::optional<DeepLink> parse(const QString &text, QString *error);

private:
    static std::optional<DeepLink> parseUrl(const QString &text, QString *error);
    static std::optional<DeepLink> parsePlain(const QString &text, QString *error);
};
