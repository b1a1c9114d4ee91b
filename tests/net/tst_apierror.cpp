// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QtTest>

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genericError()
    {
        const QByteArray body = R"({"error":{"id":"identity_disabled","code":400,"status":"Bad Request","request":"r-1",
            "reason":"The identity is disabled.","message":"The request was malformed or contained invalid parameters",
            "details":{"identity_id":"abc"}}})";
        ApiError e = ApiError::fromHttp(400, body);
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QCOMPARE(e.httpStatus(), 400);
        QCOMPARE(e.errorId(), QStringLiteral("identity_disabled"));
        QCOMPARE(e.reason(), QStringLiteral("The identity is disabled."));
        QCOMPARE(e.requestId(), QStringLiteral("r-1"));
        QCOMPARE(e.details().value(QStringLiteral("identity_id")).toString(), QStringLiteral("abc"));
        QVERIFY(e.userMessage().contains(QStringLiteral("The identity is disabled.")));
        e.setContext(QStringLiteral("Patch identity"), "PATCH", QStringLiteral("/admin/identities/x"),
                     QStringLiteral("h:4434"));
        QVERIFY(e.technicalDetails().contains(QStringLiteral("Kratos error id: identity_disabled")));
        QVERIFY(e.technicalDetails().contains(QStringLiteral("PATCH /admin/identities/x")));
    }

    void statusBeatsBodyCode()
    {
        // Kratos may say code 500 in a 400 or 503 reply; the HTTP status wins.
        const ApiError e =
            ApiError::fromHttp(503, R"({"error":{"code":500,"status":"Internal Server Error","message":"db down"}})");
        QCOMPARE(e.httpStatus(), 503);
        QCOMPARE(e.title(), QStringLiteral("Server error"));
        QVERIFY(e.userMessage().contains(QStringLiteral("503")));
        QVERIFY(e.userMessage().contains(QStringLiteral("db down")));
    }

    void plainTextNotFound()
    {
        const ApiError e = ApiError::fromHttp(404, "404 page not found\n");
        QCOMPARE(e.message(), QStringLiteral("404 page not found"));
        QVERIFY(e.userMessage().contains(QStringLiteral("does not know this endpoint")));
        QVERIFY(!e.isKratosError()); // a wrong base URL, not Kratos saying "not there"
    }

    void notFoundResource()
    {
        const ApiError e = ApiError::fromHttp(
            404, R"({"error":{"code":404,"status":"Not Found","message":"Unable to locate the resource"}})");
        QCOMPARE(e.title(), QStringLiteral("Not found"));
        QVERIFY(e.userMessage().contains(QStringLiteral("Unable to locate the resource")));
        QVERIFY(e.isKratosError());
        QVERIFY(!ApiError::fromHttp(404, "<html><body>Not Found</body></html>").isKratosError());
    }

    void bareErrorAndHealthBodies()
    {
        QCOMPARE(ApiError::fromHttp(409, R"({"code":409,"message":"exists"})").message(), QStringLiteral("exists"));
        const ApiError ready = ApiError::fromHttp(503, R"({"errors":{"database":"down","migrations":"pending"}})");
        QVERIFY(ready.message().contains(QStringLiteral("database: down")));
        QVERIFY(ready.message().contains(QStringLiteral("migrations: pending")));
    }

    void rateLimit()
    {
        const ApiError e = ApiError::fromHttp(429, R"({"error":{"code":429,"message":"Too Many Requests"}})", "7");
        QCOMPARE(e.retryAfterSeconds(), 7);
        QVERIFY(e.userMessage().contains(QStringLiteral("7 s")));
        QCOMPARE(ApiError::fromHttp(429, {}, "soon").retryAfterSeconds(), -1);
    }

    void unauthorizedMentionsToken()
    {
        QVERIFY(ApiError::fromHttp(401, {}).userMessage().contains(QStringLiteral("token")));
    }

    void eachKindHasWords()
    {
        using K = ApiError::Kind;
        for (K kind : {K::Connection, K::Tls, K::Timeout, K::Cancelled, K::Malformed, K::TooLarge, K::Redirect,
                       K::ReadOnly, K::Configuration}) {
            const ApiError e(kind, QStringLiteral("detail text"));
            QVERIFY(!e.isNull());
            QVERIFY2(!e.title().isEmpty(), qPrintable(QString::number(int(kind))));
            QVERIFY2(!e.userMessage().isEmpty(), qPrintable(QString::number(int(kind))));
        }
        QVERIFY(ApiError().isNull());
    }

    void htmlBodyIsShortened()
    {
        const QByteArray html = "<html><body>" + QByteArray(10000, 'x') + "</body></html>";
        const ApiError e = ApiError::fromHttp(502, html);
        QVERIFY(e.message().size() <= 200);
        QVERIFY(e.detail().size() <= 2048);
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
