// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditGate.h"
#include "AuditRecord.h"
#include "SyslogTarget.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>

class AuditWriter;
class QTimer;
class SyslogForwarder;

// The operator audit trail: one append-only JSON Lines file per profile, written in order on its
// own thread (AuditWriter). Each line holds when, who (OS account and host), where (profile,
// admin URL authority, environment), what (a stable action name and words), whom (ids with
// labels), the change and the outcome, plus its sequence number and the SHA-256 of the line
// before, so that an edited or removed line breaks the chain; a head file with the line count and
// the last hash catches a cut-off end.
//
// Fail closed: an action writes its intent and sends nothing until write() reports it on disk.
// While the trail cannot be written the log is not writable(), the gate it gives KratosClient is
// closed, and every later write tries again; reads stay possible.
//
// When the profile names a syslog collector, a SyslogForwarder on a third thread copies each
// record there (the local file stays authoritative and is the forwarder's queue).
class AuditLog final : public QObject, public AuditGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    struct Scope
    {
        QString profileId;
        QString profileName;
        QString authority;          // of the admin URL: host and port
        QString environment;        // "production", "staging", ...
        SyslogTarget syslog;        // central collection; off when empty
        bool requireReason = false; // intents of changes without a reason are refused
        QString ticketUrl = {};     // "https://helpdesk.example.com/browse/{ticket}" or empty
    };
    struct Verification
    {
        bool ok = true;
        int lines = 0;
        int firstBrokenLine = 0; // 1-based; 0 when whole or when no one line is to blame (a cut end)
        QString reason;
        QString restartReason; // the trail was started again after damage: why (its first record)
        QDateTime restartedAt;
    };
    // How often a checkpoint goes to the syslog collector while records are being written.
    static constexpr int DefaultCheckpointMinutes = 15;
    // `problem` is empty when the record is on disk.
    using Written = std::function<void(const QString &problem)>;

    explicit AuditLog(const QString &directory, QObject *parent = nullptr);
    ~AuditLog() override; // writes whatever is still queued

    // Where records go from now on. A profile's chain is read again from disk when it is opened.
    void setProfile(const Scope &scope);
    const Scope &scope() const { return m_scope; }

    // Stamps `record` with time, operator, host and the scope, and queues it. `written` runs on
    // `context`'s thread once the record is on disk or could not be written, not after `context`
    // is destroyed. The reason is cleaned (ChangeReason::clean); an intent the profile asks a
    // reason for and that has none is not written: `written` hears ChangeReason::missingProblem().
    void write(AuditRecord record, QObject *context = nullptr, Written written = {});
    // True when `record` is an intent that this profile refuses for want of a reason.
    bool lacksReason(const AuditRecord &record) const;
    bool writable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    bool admitsChanges(QString *why) const override;
    int queued() const { return int(m_waiting.size()); }
    // Records the syslog collector has not taken yet, and the forwarding state in words.
    int forwardingPending() const { return m_forwardPending; }
    QString forwardingState() const { return m_forwardState; }
    // Processes events until every queued record is written (tests; a command line before exit).
    bool waitForWritten(int timeoutMs = 30000);

    // Checkpoints: when the profile names a syslog collector, every `minutes` (and when the log is
    // destroyed) an audit.checkpoint record naming the last record's number and hash is written,
    // and so forwarded, if records were written since the last one. 0 turns the timer off.
    void setCheckpointMinutes(int minutes);
    // Writes a checkpoint now if records were written since the last one (and a collector is set).
    void checkpoint();
    QString directory() const { return m_directory; }
    // Who and where records are stamped with (the OS account and host name).
    QString host() const { return m_host; }
    QString operatorName() const { return m_operator; }
    QString filePath(const QString &profileId) const;
    QList<AuditRecord> records(const QString &profileId, QString *error = nullptr) const;
    Verification verify(const QString &profileId) const;

Q_SIGNALS:
    void writableChanged(bool writable, const QString &problem);
    // The outcome of a change was recorded (succeeded, failed or partial): one notice for every
    // view of the app, whichever page made the change. Views showing its targets read them again
    // or say that they changed since they were read.
    void actionRecorded(const AuditRecord &record);
    void forwardingChanged(int pending, const QString &state);
    // The profile's trail was found damaged (cut, edited, renumbered, deleted or replaced): it was
    // sealed as `sealedPath` and a new one started with an audit.trail.broken record.
    void trailRestarted(const QString &reason, const QString &sealedPath);

private:
    struct Waiting
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Written written;
    };
    QString headPath(const QString &profileId) const;
    void queue(AuditRecord record, QObject *context, Written written, bool isCheckpoint);
    QString profileFileId() const;
    void onWritten(const QList<quint64> &tickets, const QString &problem);

    QString m_directory;
    Scope m_scope;
    QString m_host;
    QString m_operator;
    QString m_problem;
    QThread m_thread;
    AuditWriter *m_writer;
    QThread m_forwarderThread;
    SyslogForwarder *m_forwarder;
    int m_forwardPending = 0;
    QString m_forwardState;
    quint64 m_nextTicket = 1;
    QString m_ledgerPath;
    QTimer *m_checkpointTimer;
    int m_sinceCheckpoint = 0; // records queued since the last checkpoint
    QHash<quint64, Waiting> m_waiting;
};
