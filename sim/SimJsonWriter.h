// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Writes compact JSON text straight into one buffer: what the seeder makes a million
// identities with, and how SimIdentity keeps a JSON object. Keys are written in the order they
// are given, except that a whole QJsonObject comes out in its own (sorted) order.
class SimJsonWriter
{
public:
    explicit SimJsonWriter(qsizetype reserve = 1024);

    SimJsonWriter &beginObject(const char *key = nullptr);
    SimJsonWriter &endObject();
    SimJsonWriter &beginArray(const char *key = nullptr);
    SimJsonWriter &endArray();
    // `key` is null inside an array.
    SimJsonWriter &field(const char *key, const QString &text);
    SimJsonWriter &field(const char *key, const char *latin1);
    SimJsonWriter &field(const char *key, bool value);
    SimJsonWriter &field(const char *key, qint64 value);
    SimJsonWriter &field(const char *key, const QJsonValue &value);
    SimJsonWriter &null(const char *key);

    // The text so far, squeezed: call once, at the end.
    QByteArray take();

    static QByteArray compact(const QJsonValue &value);

private:
    void separate(const char *key);
    void string(QStringView text);
    void value(const QJsonValue &value);

    QByteArray m_out;
    bool m_first = true; // nothing written yet in the innermost object or array
};
