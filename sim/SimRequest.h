// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One request as SimApi sees it: the query is decoded as Go decodes it ("+" is a space).
struct SimRequest
{
    QString method;
    QString path;
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool publicListener = false;

    QString param(const QString &key) const;
    QStringList params(const QString &key) const;
    bool has(const QString &key) const;
    QByteArray header(const QByteArray &name) const;
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &encoded);
};
