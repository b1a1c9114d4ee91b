// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLedger.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

constexpr qint64 kLedgerMax = 1 << 20; // a ledger is a few hundred bytes; a bigger file is not ours

QJsonObject read(const QString &ledgerPath)
{
    QFile f(ledgerPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(kLedgerMax)).object();
}

} // namespace

QString AuditLedger::pathFor(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("ledger.json"));
}

bool AuditLedger::has(const QString &ledgerPath, const QString &trailFileName)
{
    return read(ledgerPath).contains(trailFileName);
}

QString AuditLedger::add(const QString &ledgerPath, const QString &trailFileName)
{
    QJsonObject ledger = read(ledgerPath);
    if (ledger.contains(trailFileName))
        return {};
    ledger.insert(trailFileName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile f(ledgerPath);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(ledger).toJson(QJsonDocument::Indented));
    return f.commit() ? QString() : f.errorString();
}
