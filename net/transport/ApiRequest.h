// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResponse.h"
#include "ConnectionSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One HTTP exchange with Kratos: builds the request (User-Agent, timeout, CA certificates, the
// bearer token only for the admin origin), follows redirects itself so the token never travels to
// another origin, caps the response size, and turns every failure into an ApiError.
class ApiRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    struct Spec
    {
        QByteArray method = "GET";
        QUrl url;
        QByteArray body;
        bool hasBody = false;
        QString operation;
        // Public self-service flows answer a browser's redirects; such a client must see them.
        bool followRedirects = true;
    };

    ApiRequest(QNetworkAccessManager *nam, const ConnectionSettings &settings, Spec spec, QObject *parent = nullptr);
    ~ApiRequest() override;

    void start();
    // Ends the call; finished() reports Kind::Cancelled.
    void cancel();
    // Ends the call without a report (the profile it belonged to is gone).
    void abandon();

    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Abandons and deletes every request of a client's in-flight table, then empties it.
    static void abandonAll(QHash<quint64, QPointer<ApiRequest>> *requests);
    static QByteArray userAgent();

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    void send(const QUrl &url);
    void onFinished();
    // Why a redirect to `target` is not followed; empty when it is.
    QString redirectRefusal(const QUrl &target) const;
    // A final answer's body and headers, or why they are not the answer (cut short, too large, an HTTP error).
    void readAnswer(QNetworkReply *reply, ApiResponse *response);
    void onReadyRead();
    void onDeadline();
    void finish(ApiResponse response);
    ApiError transportError(int code, const QString &qtText) const;

    QNetworkAccessManager *m_nam;
    ConnectionSettings m_settings;
    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_timer;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_abandoned = false;
    bool m_tooLarge = false;
    bool m_pastDeadline = false;
    // The whole answer must arrive within the profile's timeout, not only each byte of it: a
    // server dripping a byte every few seconds would otherwise hold a request forever.
    QTimer *m_deadline;
    // The body as it arrives, read out of Qt's small buffer so that the cap holds whatever the
    // transfer encoding (chunked answers carry no length to check in advance).
    QByteArray m_body;
    bool m_done = false;
};
