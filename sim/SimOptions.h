// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// What the simulator serves and how. Everything is deterministic for a given seed.
struct SimOptions
{
    int identities = 200;
    int messages = 100;
    quint32 seed = 1;
    QString token;                    // when set, admin routes require "Authorization: Bearer <token>" (as Ory Network)
    bool devMode = false;             // Kratos `--dev`: courier bodies and subjects are not redacted
    bool fasterSessionExtend = false; // extend answers 204 instead of 200 + session
    QString schemasDir;               // a folder of *.schema.json files replacing the built-in schemas
    QHostAddress address = QHostAddress::LocalHost;
    quint16 adminPort = 0; // 0 = any free port
    quint16 publicPort = 0;
    QString version = QStringLiteral("v26.2.0");

    // Public self-service flows (PUBLIC-FLOWS.md). Kratos's defaults are "disabled"; the
    // simulator enables both with Kratos's default method, `code`.
    bool verificationEnabled = true;
    QString verificationMethod = QStringLiteral("code"); // selfservice.flows.verification.use
    bool recoveryEnabled = true;
    QString recoveryMethod = QStringLiteral("code"); // selfservice.flows.recovery.use
    bool notifyUnknownRecipients = false;
    qint64 flowLifespanSecs = 3600;
    QStringList loginMethods{QStringLiteral("password"), QStringLiteral("code"), QStringLiteral("oidc"),
                             QStringLiteral("passkey")};
    QStringList oidcProviders{QStringLiteral("google"), QStringLiteral("github")};
    // Ory Network: the admin listener serves the public routes too (one origin for both APIs).
    bool sharedOrigin = false;
    // The courier worker: every interval it delivers what the flows queued; mail to this domain
    // bounces, and a message is abandoned after `courierRetries` failed attempts. 0 = no worker.
    int courierIntervalMs = 0;
    QString bouncingDomain = QStringLiteral("mail.example.net");
    int courierRetries = 5;
    // A named scenario: the seeded queued messages have waited for hours or days, as when no
    // courier runs. Otherwise they were queued in the last minute and a running worker sends them.
    bool stuckCourier = false;
};
