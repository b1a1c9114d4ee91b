// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

// A failed call, said in words a support person understands, with the raw details one click
// away and a Retry button. Hidden while there is nothing to report. When Kratos limits the rate
// (429 with Retry-After) it counts down and retries by itself, at most three times in a row.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    void clear();
    QString text() const;
    QString details() const { return m_details; }
    // Seconds until the automatic retry after a 429, or -1 when none is pending.
    int retryCountdown() const { return m_countdown; }

    static constexpr int MaxAutomaticRetries = 3;
    static constexpr int MaxRetryAfterSeconds = 120; // a longer wait is left to the user

Q_SIGNALS:
    void retryRequested();

private:
    void tick();
    void showText();

    QLabel *m_text;
    QPushButton *m_detailsButton;
    QPushButton *m_retry;
    QString m_details;
    QString m_message;
    QTimer *m_timer;
    int m_countdown = -1;
    int m_automaticRetries = 0;
};
