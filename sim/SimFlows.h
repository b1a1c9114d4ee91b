// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimOptions.h"
#include "SimResponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QUrl>

class SimStore;
struct SimRequest;

// Kratos's public self-service API flows as PUBLIC-FLOWS.md describes them: verification and
// recovery (init, submit an address, read a flow) and the login flow's offered methods. A submit
// queues the courier message Kratos would (template, channel, recipient) and marks the address
// `sent`; unknown addresses get the same answer, and a message only with notify_unknown_recipients.
class SimFlows
{
public:
    SimFlows(SimStore &store, const SimOptions &options);

    void setPublicBaseUrl(const QUrl &url) { m_publicBase = url; }
    // `parts` follow "self-service": {"verification", "api"}, {"recovery"}, {"login", "api"}, …
    SimResponse handle(const SimRequest &r, const QStringList &parts);
    int flowCount() const { return int(m_flows.size()); }

private:
    struct Flow
    {
        QString id;
        QString kind; // verification | recovery | login
        QString type; // api | browser
        QString active;
        QString state;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QJsonArray messages;
        QString sentTo; // the address of the last submit
    };

    SimResponse init(const SimRequest &r, const QString &kind);
    SimResponse submit(const SimRequest &r, const QString &kind);
    SimResponse get(const SimRequest &r, const QString &kind);
    Flow &create(const QString &kind, const QString &type);
    QJsonObject render(const Flow &flow) const;
    QJsonArray nodes(const Flow &flow) const;
    // 303 See Other to a path on the public base URL.
    SimResponse seeOther(const QString &path, const QString &query) const;
    SimResponse flowAnswer(int status, const Flow &flow, const QJsonArray &nodeErrors = {}) const;
    bool enabled(const QString &kind) const;
    QString method(const QString &kind) const;
    // Queues what Kratos's sender would for `address`; false when nothing is sent.
    bool send(const QString &kind, const QString &method, const QString &address);

    SimStore &m_store;
    const SimOptions &m_options;
    QUrl m_publicBase;
    QHash<QString, Flow> m_flows;
};
