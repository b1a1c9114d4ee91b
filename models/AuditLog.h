#pragma once

#include "AuditSink.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The operator audit trail: one append-only JSON Lines file per profile. Each line holds time,
// OS user, profile, action, target ids and outcome, plus the SHA-256 of the previous line, so
// that an edited or removed line breaks the chain; a small head file with the line count and the
// last hash catches a cut-off end. Never a token, a body, a link or a code: AuditEvent has no
// field for them.
class AuditLog final : public AuditSink
{
public:
    struct Entry
    {
        int line = 0;
        QDateTime time;
        QString user;
        QString profileId;
        QString profileName;
        QString action;
        QStringList targets;
        QString outcome; // "succeeded", "failed", "refused"
        int httpStatus = 0;
        QString errorId;
    };
    struct Verification
    {
        bool ok = true;
        int lines = 0;
        int firstBrokenLine = 0; // 1-based; 0 when the chain is whole
        QString reason;
    };

    explicit AuditLog(const QString &directory);

    void setProfile(const QString &profileId, const QString &profileName);
    QString profileId() const { return m_profileId; }
    void record(const AuditEvent &event) override;
    // False when the last write failed (the disk is full, the folder is read-only, ...).
    bool lastWriteOk() const { return m_lastWriteOk; }

    QString filePath(const QString &profileId) const;
    QList<Entry> entries(const QString &profileId, QString *error = nullptr) const;
    Verification verify(const QString &profileId) const;

    static QString osUser();

private:
    QString headPath(const QString &profileId) const;

    QString m_directory;
    // The chain's end for the file last written to, so a write does not re-read the log.
    QString m_cachedProfile;
    QByteArray m_lastHash;
    int m_lineCount = 0;
    QString m_profileId;
    QString m_profileName;
    bool m_lastWriteOk = true;
};
