// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

// The banner's own behaviour: words, and the countdown after a 429 with its cap.
class tst_ErrorBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimitCountsDownAndRetries_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("countdown"); // -1: no automatic retry
        QTest::newRow("Retry-After 1") << QByteArray("1") << 1;
        QTest::newRow("Retry-After 0") << QByteArray("0") << 0;
        QTest::newRow("no Retry-After") << QByteArray() << -1;
        QTest::newRow("longer than the cap") << QByteArray("3600") << -1;
    }

    void rateLimitCountsDownAndRetries()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, countdown);
        ErrorBanner banner;
        QSignalSpy retries(&banner, &ErrorBanner::retryRequested);
        banner.showError(ApiError::fromHttp(429, QByteArray(), retryAfter));
        QCOMPARE(banner.retryCountdown(), countdown);
        QVERIFY(banner.text().contains(QStringLiteral("429")));
        if (countdown < 0) {
            QTest::qWait(1200);
            QCOMPARE(retries.size(), 0);
            return;
        }
        QVERIFY(banner.text().contains(QStringLiteral("Retrying in")));
        QTRY_COMPARE_WITH_TIMEOUT(retries.size(), 1, 3000);
        QCOMPARE(banner.retryCountdown(), -1);
    }

    void automaticRetriesStopAfterThree()
    {
        ErrorBanner banner;
        QSignalSpy retries(&banner, &ErrorBanner::retryRequested);
        for (int i = 0; i < ErrorBanner::MaxAutomaticRetries; ++i) {
            banner.showError(ApiError::fromHttp(429, QByteArray(), "0"));
            QTRY_COMPARE(retries.size(), i + 1);
            banner.clear(); // the retry went out; the page clears the banner while it loads
        }
        banner.showError(ApiError::fromHttp(429, QByteArray(), "0"));
        QCOMPARE(banner.retryCountdown(), -1); // now the user decides
        QVERIFY2(banner.text().contains(QStringLiteral("retry yourself")), qPrintable(banner.text()));
        QTest::qWait(300);
        QCOMPARE(retries.size(), ErrorBanner::MaxAutomaticRetries);
        // The user's own Retry starts the count again.
        QTest::mouseClick(banner.findChild<QPushButton *>(QStringLiteral("errorRetry")), Qt::LeftButton);
        QCOMPARE(retries.size(), ErrorBanner::MaxAutomaticRetries + 1);
        banner.showError(ApiError::fromHttp(429, QByteArray(), "0"));
        QCOMPARE(banner.retryCountdown(), 0);
    }

    void otherErrorsNeverRetryByThemselves()
    {
        ErrorBanner banner;
        QSignalSpy retries(&banner, &ErrorBanner::retryRequested);
        banner.showError(ApiError::fromHttp(503, QByteArray(), "1"));
        QCOMPARE(banner.retryCountdown(), -1);
        QTest::qWait(1300);
        QCOMPARE(retries.size(), 0);
    }
};

QTEST_MAIN(tst_ErrorBanner)
#include "tst_errorbanner.moc"
