#pragma once

#include "AuditLog.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The audit trail of one profile: filter by action, target and time; "Verify chain" names the
// first line that was changed or removed.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    AuditLogDialog(AuditLog *log, const QString &profileId, const QString &profileName, QWidget *parent = nullptr);

    void verifyChain();

private:
    void applyFilter();

    AuditLog *m_log;
    QString m_profileId;
    QList<AuditLog::Entry> m_entries;
    QComboBox *m_action;
    QLineEdit *m_target;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_verifyResult;
};
