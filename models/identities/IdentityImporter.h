// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "ApiError.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QStringList>

class AuditLog;
class KratosClient;

// Imports identities from a JSON file in Kratos's import format (an array of create bodies, or
// {"identities":[{"create":…}]}) through the batch endpoint, at most 1000 per request, and keeps
// one result per identity of the file. Audited fail-closed: each batch's intent (the entries it
// names) is on disk before the batch is sent; each entry gets an identity.create record with the
// fields set, and the run a summary with the counts.
class IdentityImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityImporter)

public:
    struct Result
    {
        int index = 0; // position in the file, 1-based
        QString label; // an identifier from the traits, for the result list
        bool created = false;
        QString identityId;
        QString message;
        bool retryable = false; // the request failed as a whole (network, server): sending again may work
    };

    // A file read into bodies, with a label for each; made on any thread.
    struct Parsed
    {
        QJsonArray bodies;
        QStringList labels;
        QString error; // why the file is not usable; empty when it is
    };

    IdentityImporter(KratosClient *client, AuditLog *audit, QObject *parent = nullptr);
    // What the confirmation says before `count` identities of `file` are created.
    static ActionText describe(int count, const QString &file);

    // Reads the file's bodies; false with a specific message when the file is not usable.
    bool load(const QByteArray &json, QString *error);
    static Parsed parse(const QByteArray &json);
    // Takes what parse() read (on a worker, for a large file); false with its error.
    bool use(const Parsed &parsed, QString *error);
    int count() const { return int(m_bodies.size()); }
    // Why: recorded with every batch's records, retries included (the confirmation asked once).
    void setReason(const QString &reason) { m_reason = reason; }
    void start();
    // Sends again the entries whose request failed as a whole; false when there are none.
    bool retryFailed();
    int retryableCount() const;
    const QList<Result> &results() const { return m_results; }
    bool isRunning() const { return m_running; }

    static constexpr int batchSize = 1000;

Q_SIGNALS:
    void progress(int done, int total);
    // The last request failed as a whole (the per-entry results say so too).
    void requestFailed(const ApiError &error);
    void finished();

private:
    void sendNext();
    void send(const QJsonArray &batch, const QList<int> &sent, int done);
    void recordEntries(const QString &actionId, const QList<int> &sent, const ApiError &error);
    void finish();

    KratosClient *m_client;
    AuditLog *m_audit;
    QString m_reason;
    QString m_runActionId; // of the run's first batch: the summary carries it
    int m_runCreated = 0;
    int m_runFailed = 0;
    QJsonArray m_bodies;
    QList<Result> m_results;
    QList<int> m_pending; // file positions still to send, in order
    int m_total = 0;      // entries in this run (all of the file, or the ones retried)
    bool m_running = false;
};
