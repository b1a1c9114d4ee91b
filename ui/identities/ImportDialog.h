// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ErrorBanner;
class IdentityImporter;
class AuditLog;
class KratosClient;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Imports the identities of a JSON file and lists the outcome of each one.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    // False (with the reason shown) when the file cannot be imported.
    bool load(const QByteArray &json);
    // Reads and parses the file on worker threads, then imports; problems show in the dialog.
    void loadFile(const QString &path);
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    void start();
    IdentityImporter *importer() const { return m_importer; }

Q_SIGNALS:
    void imported();

private:
    void showResults();
    void retry();

    IdentityImporter *m_importer;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_results;
    ErrorBanner *m_error;
    QPushButton *m_retry;
};
