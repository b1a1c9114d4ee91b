// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CourierMessage.h"
#include "Identity.h"
#include "SchemaValidator.h"
#include "SelfServiceFlow.h"
#include "Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the sign-in check looks at, all of it data the identity page loads anyway. A part that
// could not be read is empty, with the reason, and the check says so instead of guessing.
struct SignInEvidence
{
    Identity identity; // with its credentials' types and identifiers (never their secrets)
    QDateTime now;

    std::optional<QList<Session>> sessions;
    QString sessionsProblem;

    // Courier messages to the identity's addresses, newest first; failing ones with dispatches.
    std::optional<QList<CourierMessage>> messages;
    QString messagesProblem;

    // A public login flow: the methods the server offers. Unset when unknown (no public URL, …).
    std::optional<SelfServiceFlow> login;
    QString loginProblem;

    // The identity's schema: which traits are login identifiers, and what no longer validates.
    bool schemaKnown = false;
    QString schemaProblem;
    QStringList identifierPaths;
    QList<SchemaValidator::Problem> traitProblems;
};
