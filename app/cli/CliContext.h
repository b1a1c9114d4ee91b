// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "ApiError.h"
#include "ApiResult.h"
#include "ConnectionProfile.h"
#include "SchemaCatalog.h"

#include <QEventLoop>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class ConnectionController;
class KratosClient;
class ProfileStore;
class QCommandLineParser;
class QFile;
class QNetworkAccessManager;
class QSettings;
class TokenStore;

// What every `kratos-desk` subcommand shares: the same settings, profiles, keychain, client and
// audit trail as the window; the connection options; the output format; the terminal (messages
// and progress on stderr only when it is a terminal, questions asked on the terminal); and the
// exit codes. Data goes to stdout and nothing else does.
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    enum Exit
    {
        Done = 0,
        PartlyFailed = 1,
        Usage = 2,
        ConnectionFailed = 3, // cannot connect, or Kratos refused the token
        Refused = 4,          // read-only profile, not confirmed, or no audit trail
        NotFound = 5,
        DryRun = 100 // --dry-run stopped before anything was sent; the process exits 0
    };
    enum class Format
    {
        Table,
        Json,
        Jsonl,
        Csv,
        KratosImport
    };

    // `environmentToken` is KRATOS_ADMIN_TOKEN, already taken out of the environment; it is
    // wiped once the connection has it.
    explicit CliContext(QString environmentToken, QObject *parent = nullptr);
    ~CliContext() override;

    // --profile, --admin-url, --public-url, --read-only
    static void addConnectionOptions(QCommandLineParser *parser);
    // --output; `importFormat` adds kratos-import
    static void addOutputOption(QCommandLineParser *parser, bool importFormat = false);
    // Lets --output take kratos-import (identities export only); call before parse().
    void allowImportFormat() { m_importFormat = true; }
    // --yes, --dry-run, --confirm and --reason
    static void addConfirmOptions(QCommandLineParser *parser);
    // --reason TEXT alone (part of the confirm options): for commands that change nothing but are audited
    // as sensitive reads, such as an export.
    static void addReasonOption(QCommandLineParser *parser);

    // Parses `args` (what follows the command's words) with the options `parser` has, then the
    // options above: prints the help for --help. -1 to go on, else the exit code (0 after help,
    // 2 for a usage error, said on stderr). `usage` is "identities find TEXT"; `arguments` is how
    // many positional arguments the command takes (-1: any number).
    int parse(QCommandLineParser *parser, const QStringList &args, const QString &usage, const QString &summary,
              bool list, int arguments = -1);
    // Reads the options added above. `list` picks the default for a pipe (jsonl, else json).
    // False with `error` when a value is not one of the choices.
    bool readOptions(const QCommandLineParser &parser, bool list, QString *error);
    Format format() const { return m_format; }
    static QString formatName(Format format);

    // Opens the connection the options name (the profile, else --admin-url with the token from
    // KRATOS_ADMIN_TOKEN). Done, Usage or ConnectionFailed; says why on stderr.
    int connect();
    // Points the audit trail at what the options name without connecting (audit commands).
    // Done or Usage.
    int selectTrail();
    // The profile's name, or "command-line" for --admin-url.
    QString trailName() const { return m_trailName; }
    bool isProduction() const { return m_profile && m_profile->isProduction(); }
    bool isReadOnly() const;

    KratosClient *client() const { return m_client.get(); }
    AuditLog *audit() const { return m_audit.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    TokenStore *tokens() const { return m_tokens.get(); }

    // The connection's identity schemas, read once (empty when they cannot be read: identifiers
    // then come from the usual email/username/phone traits, as in the window).
    const SchemaCatalog &schemas();

    // Asks before a change: the title and description on stderr and a [y/N] question on the
    // terminal, unless --yes. A production profile also needs `--confirm TYPED` (what the window
    // has the user type). A read-only profile refuses. A profile that requires a reason refuses
    // without --reason (on a terminal without --yes it asks for one). Done or Refused, having
    // said why.
    int confirm(const ActionText &text, const QString &typed);
    // With --dry-run both say what would happen on stdout and return DryRun: nothing is sent,
    // nothing recorded.
    bool isDryRun() const { return m_dryRun; }
    // Why, from --reason (or asked on the terminal): what the command gives its action classes.
    QString reason() const { return m_reason; }
    int dryRun(const QString &title, const QString &description) const;
    // The same for a sensitive read (a courier body): a read-only profile may do it.
    int confirmRead(const ActionText &text, const QString &typed);
    // A yes/no question on the terminal (false without one).
    bool ask(const QString &question);
    // A line typed on the terminal with echo off (for a token); empty without a terminal.
    static QString askHidden(const QString &prompt);

    // Opens `path` for reading, standard input for "-"; false after saying why (a usage error).
    bool openInput(QFile *file, const QString &path) const;

    // Words for a person: on stderr when it is a terminal, else nowhere.
    void say(const QString &text) const;
    // A one-line progress bar on stderr when it is a terminal; `total` 0 when unknown.
    void progress(const QString &what, qint64 done, qint64 total) const;
    void endProgress() const;
    // What went wrong: always on stderr.
    void fail(const QString &text) const;
    void fail(const ApiError &error) const;
    // The exit code for a failed call: 3 for connection, TLS, timeout and 401/403, 4 for a
    // refusal, 5 for 404, else 1.
    static int exitFor(const ApiError &error);

    // Runs the event loop until `call` hands its callback a result.
    template<typename T>
    ApiResult<T> wait(const std::function<void(std::function<void(const ApiResult<T> &)>)> &call)
    {
        std::optional<ApiResult<T>> result;
        QEventLoop loop;
        call([&result, &loop](const ApiResult<T> &r) {
            result.emplace(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
    // Until every audit record is on disk (before the process exits).
    void flushAudit();

private:
    int openProfile(const ConnectionProfile &profile);

    QString m_environmentToken;
    bool m_adHocToken = false; // --admin-url with KRATOS_ADMIN_TOKEN set
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<ConnectionController> m_connection;
    std::optional<ConnectionProfile> m_profile;
    std::optional<SchemaCatalog> m_catalog;
    QString m_trailName;
    QString m_profileName;
    QString m_adminUrl;
    QString m_publicUrl;
    bool m_adHocReadOnly = false;
    Format m_format = Format::Json;
    bool m_importFormat = false;
    bool m_yes = false;
    bool m_dryRun = false;
    QString m_confirmed;
    QString m_reason;
    bool m_stdoutTerminal = false;
    bool m_stderrTerminal = false;
};
