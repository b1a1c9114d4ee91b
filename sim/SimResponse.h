// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

// One HTTP reply of the simulator, built by the API handlers and written by KratosSimulator.
struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hang = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonValue &value);
    static SimResponse rawJson(int status, const QByteArray &body);
    static SimResponse empty(int status = 204);
    static SimResponse text(int status, const QByteArray &body);
    // Kratos's genericError body: {"error":{code,status,message,reason?,id?,details?}}.
    static SimResponse error(int status, const QString &message, const QString &reason = {}, const QString &id = {},
                             const QJsonObject &details = {});
    static QByteArray statusText(int status);
};
