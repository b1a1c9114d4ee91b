// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkOperation.h"

#include <QHash>

#include <QDialog>

class AuditLog;

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Runs a BulkOperation and shows it: progress, a result row per identity, Cancel, Retry failed.
class BulkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDialog)

public:
    // `labels` maps ids to the names the audit trail gives them.
    BulkDialog(KratosClient *client, AuditLog *audit, BulkOperation::Action action, const QStringList &ids,
               const QHash<QString, QString> &labels = {}, QWidget *parent = nullptr);

    BulkOperation *operation() const { return m_operation; }
    void start();

private:
    void updateRow(int index);
    void updateButtons();

    BulkOperation *m_operation;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_results;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
};
