// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QByteArray sdEscape(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || c == ']')
            out += '\\';
        out += c;
    }
    return out;
}

// PRINTUSASCII without spaces, at most `max` characters; "-" when empty.
QByteArray header(const QString &value, int max)
{
    QByteArray out;
    for (const QChar c : value) {
        if (out.size() >= max)
            break;
        const ushort u = c.unicode();
        out += (u >= 33 && u <= 126) ? char(u) : '_';
    }
    return out.isEmpty() ? QByteArray("-") : out;
}

} // namespace

namespace SyslogFormat {

QMap<QString, QString> fields(const AuditRecord &record)
{
    const QJsonObject o = record.toJson();
    QMap<QString, QString> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            out.insert(it.key(), v.toString());
        else if (v.isDouble())
            out.insert(it.key(), QString::number(v.toInteger()));
        else if (v.isArray())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        else if (v.isObject())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else if (v.isBool())
            out.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return out;
}

namespace {

QByteArray compose(const AuditRecord &record, qint64 processId, const QMap<QString, QString> &params)
{
    const bool bad = record.outcome == AuditRecord::Outcome::Failed || record.outcome == AuditRecord::Outcome::Refused;
    const int priority = 10 * 8 + (bad ? 4 : 5); // authpriv.warning / authpriv.notice
    QByteArray sd = "[audit@32473";
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        sd += ' ' + it.key().toLatin1() + "=\"" + sdEscape(it.value()) + '"';
    sd += ']';
    QByteArray out = '<' + QByteArray::number(priority) + ">1 ";
    out += record.time.toUTC().toString(Qt::ISODateWithMs).toLatin1() + ' ';
    out += header(record.host, 255) + ' ';
    out += "kratos-desk " + QByteArray::number(processId) + ' ';
    out += header(record.action, 32) + ' ';
    out += sd;
    if (!record.summary.isEmpty())
        out += " \xEF\xBB\xBF" + record.summary.toUtf8();
    return out;
}

} // namespace

QByteArray message(const AuditRecord &record, qint64 processId)
{
    return compose(record, processId, fields(record));
}

QList<QByteArray> messages(const AuditRecord &record, qint64 processId)
{
    const QMap<QString, QString> all = fields(record);
    const QByteArray whole = compose(record, processId, all);
    if (whole.size() <= MaxMessageBytes)
        return {whole};
    // Every small field in each part; the large ones sliced so that each part fits.
    QMap<QString, QString> base = all;
    QList<QPair<QString, QString>> slices;
    AuditRecord bare = record;
    bare.summary.clear(); // the words go with the first part only
    for (const QString &key :
         {QStringLiteral("targets"), QStringLiteral("change"), QStringLiteral("summary"), QStringLiteral("reason")})
        base.remove(key);
    base.insert(QStringLiteral("part"), QStringLiteral("000/000"));
    const int budget = MaxMessageBytes - int(compose(bare, processId, base).size()) - 64;
    for (const QString &key :
         {QStringLiteral("summary"), QStringLiteral("reason"), QStringLiteral("targets"), QStringLiteral("change")}) {
        const QString value = all.value(key);
        qsizetype start = 0;
        while (start < value.size()) {
            // Escaping at most doubles a byte; UTF-8 takes at most 4 bytes per UTF-16 unit.
            qsizetype length = std::min<qsizetype>(value.size() - start, std::max(1, budget / 8));
            if (length < value.size() - start && value.at(start + length - 1).isHighSurrogate())
                --length;
            slices.append({key, value.mid(start, length)});
            start += length;
        }
    }
    QList<QByteArray> out;
    for (int i = 0; i < slices.size(); ++i) {
        QMap<QString, QString> params = base;
        params.insert(QStringLiteral("part"), QStringLiteral("%1/%2").arg(i + 1).arg(slices.size()));
        params.insert(slices.at(i).first, slices.at(i).second);
        out.append(compose(i == 0 ? record : bare, processId, params));
    }
    return out;
}

QMap<QString, QString> reassemble(const QList<QMap<QString, QString>> &parts)
{
    QMap<QString, QString> out;
    for (const QMap<QString, QString> &part : parts) {
        for (auto it = part.cbegin(); it != part.cend(); ++it) {
            if (it.key() == QLatin1String("part"))
                continue;
            if (parts.size() > 1 && (it.key() == QLatin1String("targets") || it.key() == QLatin1String("change") ||
                                     it.key() == QLatin1String("summary") || it.key() == QLatin1String("reason")))
                out[it.key()] += it.value();
            else
                out.insert(it.key(), it.value());
        }
    }
    return out;
}

QByteArray frame(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ' ' + message;
}

QMap<QString, QString> parameters(const QByteArray &structuredData)
{
    static const QRegularExpression param(QStringLiteral(R"re(([A-Za-z0-9_.]+)="((?:[^"\\]|\\.)*)")re"));
    QMap<QString, QString> out;
    const QString text = QString::fromUtf8(structuredData);
    for (auto it = param.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString raw = m.captured(2);
        QString value;
        value.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size())
                ++i; // \", \\ and \] stand for the character after the backslash
            value += raw.at(i);
        }
        out.insert(m.captured(1), value);
    }
    return out;
}

} // namespace SyslogFormat
