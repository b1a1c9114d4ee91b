#pragma once

#include "ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A failed call, said in words a support person understands, with the raw details one click
// away and a Retry button. Hidden while there is nothing to report.
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

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_detailsButton;
    QPushButton *m_retry;
    QString m_details;
};
