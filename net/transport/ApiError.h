// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Everything that can go wrong on a Kratos call, in one type: transport, TLS, timeout, cancel,
// an HTTP error status (with Kratos's genericError fields when the body has them), a body that is
// not what the endpoint promises, a response over the size cap, or a call the client refused.
// userMessage() is what a support person reads; technicalDetails() is the "details" pane.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Connection,    // refused, unreachable, DNS, closed early
        Tls,           // handshake or certificate problem
        Timeout,       // no data within the transfer timeout
        Cancelled,     // the user or the app cancelled the call
        Http,          // an error status from the server
        Malformed,     // the body is not the JSON the endpoint promises
        TooLarge,      // the response exceeded the size cap
        Redirect,      // a redirect the client will not follow
        ReadOnly,      // refused by the client: the profile is read-only
        Configuration, // refused by the client: no usable admin URL
        AuditTrail,    // refused: the audit trail cannot be written, so no change may be sent
        ReasonRequired // refused: the profile asks for a reason with every change and none was given
    };

    ApiError() = default;
    ApiError(Kind kind, const QString &detail);

    // An HTTP error status: reads Kratos's {"error":{...}} body, a bare error object, or plain text.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString errorId() const { return m_errorId; }
    QString reason() const { return m_reason; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    QJsonObject details() const { return m_details; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // The body was a JSON error object as Kratos writes it (not a proxy's page or Go's plain "404 page not found").
    bool isKratosError() const { return m_kratosBody; }
    QString detail() const { return m_detail; }

    // Context added by the client: which operation on which host.
    void setContext(const QString &operation, const QByteArray &method, const QString &path, const QString &host);
    QString operation() const { return m_operation; }
    void setDetail(const QString &detail) { m_detail = detail; }
    // The call went to the public URL (self-service flows): messages name that URL, not the admin one.
    void setPublicApi(bool publicApi) { m_publicApi = publicApi; }
    bool isPublicApi() const { return m_publicApi; }
    // What the client found out about an HTTP error that Kratos does not say ("another identity
    // already uses mary@example.com" for a 409): said instead of Kratos's words, which stay in the
    // technical details.
    void setExplanation(const QString &explanation) { m_explanation = explanation; }
    QString explanation() const { return m_explanation; }

    // A short title ("Not found"), one or two sentences for a support person, and the raw facts.
    QString title() const;
    QString userMessage() const;
    QString technicalDetails() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errorId;
    QString m_statusText;
    QString m_reason;
    QString m_message;
    QString m_requestId;
    QJsonObject m_details;
    int m_retryAfterSeconds = -1;
    bool m_kratosBody = false;
    bool m_publicApi = false;
    QString m_detail; // transport text, TLS certificate facts, parse error, or the raw body excerpt
    QString m_operation;
    QString m_explanation;
    QByteArray m_method;
    QString m_path;
    QString m_host;
};
