// SPDX-License-Identifier: GPL-3.0-or-later
// ApiRequest's handling of whatever a server answers: status, headers (Location, Retry-After,
// Link, X-Total-Count, Content-Length), the body and its size against the cap, transport errors,
// and chains of redirects. The network is a fake: each reply the request asks for is the next
// part of the input (parts separated by "\n--\n"), written as
//   <status or "E<error code>"> "\n" <header lines "Name: value"> "\n\n" <body>
// and the typed result parsers then read what came through, as KratosClient would.
#include "ApiRequest.h"
#include "FuzzInput.h"
#include "IdentityBatchResult.h"
#include "LinkHeader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, const QByteArray &part,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        const qsizetype lineEnd = part.indexOf('\n');
        const QByteArray first = part.left(lineEnd < 0 ? part.size() : lineEnd).trimmed();
        const qsizetype headersEnd = part.indexOf("\n\n");
        const QByteArray headers =
            lineEnd < 0 ? QByteArray() : part.mid(lineEnd + 1, headersEnd < 0 ? -1 : headersEnd - lineEnd - 1);
        m_body = headersEnd < 0 ? QByteArray() : part.mid(headersEnd + 2);
        if (first.startsWith('E')) {
            const int code = first.mid(1).toInt();
            setError(NetworkError(code), QStringLiteral("fuzzed transport error %1").arg(code));
        } else {
            bool ok = false;
            const int status = first.toInt(&ok);
            if (ok)
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        }
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        QTimer::singleShot(0, this, [this]() {
            Q_EMIT downloadProgress(m_body.size(), m_body.size());
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override
    {
        setError(OperationCanceledError, QStringLiteral("aborted"));
        m_body.clear();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_read + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        if (n <= 0)
            return m_body.isEmpty() || m_read >= m_body.size() ? -1 : 0;
        memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};

class FakeNetwork final : public QNetworkAccessManager
{
public:
    QList<QByteArray> parts;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new FakeReply(operation, request, parts.isEmpty() ? QByteArray("E1\n") : parts.takeFirst(), this);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_api_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    struct
    {
        QList<QByteArray> parts;
    } network;
    QByteArray rest = FuzzInput::bytes(data, size);
    while (!rest.isEmpty() && network.parts.size() < 8) {
        const auto [part, next] = FuzzInput::split(rest);
        network.parts.append(part);
        rest = next;
    }
    ConnectionSettings settings;
    settings.adminUrl = QUrl(QStringLiteral("http://kratos.test:4434"));
    settings.token = QStringLiteral("ory_pat_fuzz");
    settings.maxResponseBytes = 4096;
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PATCH")}) {
        ApiRequest::Spec spec;
        spec.method = method;
        spec.url = QUrl(QStringLiteral("http://kratos.test:4434/admin/identities?page_size=2"));
        spec.operation = QStringLiteral("fuzz");
        spec.hasBody = method != "GET";
        spec.body = "[]";
        FakeNetwork perMethod; // the same answers for both methods
        perMethod.parts = network.parts;
        ApiRequest request(&perMethod, settings, spec);
        QEventLoop loop;
        bool done = false;
        ApiResponse response;
        QObject::connect(&request, &ApiRequest::finished, &loop, [&](const ApiResponse &r) {
            response = r;
            done = true;
            loop.quit();
        });
        request.start();
        if (!done)
            loop.exec();
        // What KratosClient does next with a successful answer or an error.
        (void)response.error.userMessage();
        (void)response.error.technicalDetails();
        (void)LinkHeader::targetParameter(response.link, QStringLiteral("next"), QStringLiteral("page_token"));
        const QJsonValue answer = FuzzInput::json(response.body);
        (void)IdentityBatchResult::matchAnswer({QStringLiteral("a"), QStringLiteral("b")},
                                               answer.toObject().value(QLatin1String("identities")).toArray());
    }
    return 0;
}
