// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Brings another operator's audit trail (a `<profile>.jsonl` file, with its `.head` when there is
// one) onto this machine, so that identities' histories show what was done from other desks. The
// chain is verified first: a trail that does not verify is not imported, and the result says at
// which line and why. A verified copy is kept under the audit folder's `imported/` (0600), named by
// the trail's first line, so that importing it again adds nothing and a longer copy of the same
// trail replaces the shorter one. Its records are read with their origin marked
// (AuditRecord::origin); nothing is sent anywhere.
class AuditTrailImport
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrailImport)

public:
    static constexpr qint64 MaxFileBytes = qint64(256) * 1024 * 1024;

    struct Result
    {
        QString file;          // as given
        bool imported = false; // a new or longer copy is kept now
        bool already = false;  // the same trail, as long or longer, was imported before
        qint64 records = 0;
        QString origin;  // "ann@desk-7 (Prod)": who wrote it, from its first record
        QString problem; // why it was not imported, in words; empty otherwise
        QString note;    // something the operator should know (no head file: its end is unchecked)
        QString storedAs;
    };

    static QString folder(const QString &auditDirectory);
    static Result importFile(const QString &path, const QString &auditDirectory);
};
