// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invitee.h"
#include "SchemaCatalog.h"

#include <QDialog>
#include <QList>

class AuditLog;
class InvitationJob;
class KratosClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;
class SchemaListModel;

// Invites one person or a list: addresses typed one a line and/or a CSV file (InviteeList), the
// schema (the address goes to its recovery e-mail trait), and how the invitation is handed over.
// Confirmed with a reason, run by InvitationJob; each person's result is listed, with the link
// or code to hand over when that was the choice. Those are shown only here, copied on request
// (cleared from the clipboard after 30 s) and wiped when the dialog closes. A failed run keeps
// everything typed.
class InviteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InviteDialog)

public:
    InviteDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent = nullptr);
    ~InviteDialog() override;

    void setProductionMode(bool production) { m_production = production; }
    // Reads a CSV file into the list (what "From CSV file…" does after asking for the file).
    void loadCsv(const QString &path);
    void invite();

Q_SIGNALS:
    void invited();

protected:
    void done(int result) override;

private:
    // Places the controls; the Close button box.
    QDialogButtonBox *layOut();
    void schemasLoaded();
    void updateTrait();
    void showResults();
    void copySelected();
    QString emailTrait() const;

    InvitationJob *m_job;
    SchemaListModel *m_schemas;
    SchemaCatalog m_catalog; // of m_schemas, made again when they load
    bool m_production = false;
    QList<Invitee> m_fromFile;
    QPlainTextEdit *m_addresses;
    QPushButton *m_csv;
    QLabel *m_file;
    QComboBox *m_schema;
    QLabel *m_trait;
    QComboBox *m_delivery; // in InvitationJob::Delivery's order
    QLineEdit *m_expires;
    QLabel *m_problems;
    QPushButton *m_invite;
    QTableWidget *m_results;
    QPushButton *m_copy;
    QLabel *m_status;
    QVBoxLayout *m_layout = nullptr;
    int m_stretch = 0; // the layout's stretch under the results
};
