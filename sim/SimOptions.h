// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

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
};
