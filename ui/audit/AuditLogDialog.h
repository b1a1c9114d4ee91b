// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "AuditTrailFilter.h"
#include "AuditTrailImport.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// The audit trail of one profile with the records of the same server imported from other desks or
// the syslog collector (marked in the Trail column), one row per action: filter by trail, operator, action, text
// (target id or label, words, reason) and time; the selected record's reason, with ticket references as links when the
// profile names a ticket URL, and its change in full; export what is shown as CSV or JSON Lines; "Verify chain" names
// the first line that was changed or removed. Times are local and say their zone; the records themselves are UTC.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    AuditLogDialog(AuditLog *log, const QString &profileId, const QString &profileName, QWidget *parent = nullptr,
                   const QString &ticketUrl = {});

    void verifyChain();
    // Verifies another operator's trail, or the trails in a syslog collector's file, and keeps them
    // here (AuditTrailImport, AuditSyslogImport); the list then shows them and the line under the
    // table says how it went.
    void importTrail(const QString &path);
    AuditTrailFilter filter() const;
    const QList<AuditRecord> &shown() const { return m_shown; }
    // Writes the rows shown; the format follows the file name (.jsonl for JSON Lines, else CSV).
    void exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path, const QString &error);

private:
    // The constructor's parts, in order; the records are read once, for the filters' choices.
    void nameWidgets();
    void loadRecords();
    void setUpTable();
    void buildLayout();
    static QString importWords(const AuditTrailImport::Result &result);
    // The local time zone's abbreviation, as the times are shown.
    static QString zoneName();
    void applyFilter();
    void showRecord();
    void chooseExport();

    AuditLog *m_log;
    QString m_profileId;
    QList<AuditRecord> m_rows;
    QList<AuditRecord> m_shown;
    QComboBox *m_source;
    QComboBox *m_operator;
    QComboBox *m_action;
    QLineEdit *m_target;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_reason;
    QPlainTextEdit *m_record;
    QString m_ticketUrl;
    QLabel *m_status;
    bool m_rangeSet = false; // the time range was set once, from the first records read
};
