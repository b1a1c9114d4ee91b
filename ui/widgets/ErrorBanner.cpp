// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include "Prompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_timer(new QTimer(this))
{
    m_text->setTextFormat(Qt::PlainText); // server and file text is never markup
    setObjectName(QStringLiteral("errorBanner"));
    // Its colours come from Theme's style sheet, a pair for light and dark.
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("errorDetails"));
    m_retry->setObjectName(QStringLiteral("errorRetry"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_retry);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ErrorBanner::tick);
    connect(m_retry, &QPushButton::clicked, this, [this]() {
        m_timer->stop();
        m_countdown = -1;
        m_automaticRetries = 0; // the user is in charge again
        Q_EMIT retryRequested();
    });
    connect(m_detailsButton, &QPushButton::clicked, this,
            [this]() { Prompt::warning(this, tr("Error details"), m_text->text(), m_details); });
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    m_message = QStringLiteral("%1 — %2").arg(error.title(), error.userMessage());
    m_details = error.technicalDetails();
    m_detailsButton->setVisible(!m_details.isEmpty());
    m_timer->stop();
    m_countdown = -1;
    const int wait = error.retryAfterSeconds();
    if (error.httpStatus() == 429 && wait >= 0 && wait <= MaxRetryAfterSeconds &&
        m_automaticRetries < MaxAutomaticRetries) {
        m_countdown = wait;
        m_timer->start();
    } else if (error.httpStatus() != 429) {
        m_automaticRetries = 0;
    } else if (m_automaticRetries >= MaxAutomaticRetries) {
        m_message += QLatin1Char(' ') +
                     tr("Retried %Ln time(s) automatically; retry yourself when ready.", nullptr, m_automaticRetries);
    }
    showText();
    show();
}

void ErrorBanner::tick()
{
    if (--m_countdown > 0) {
        showText();
        return;
    }
    m_timer->stop();
    m_countdown = -1;
    ++m_automaticRetries;
    showText();
    Q_EMIT retryRequested();
}

void ErrorBanner::showText()
{
    m_text->setText(m_countdown >= 0 ? tr("%1 Retrying in %Ln s.", nullptr, m_countdown).arg(m_message) : m_message);
}

void ErrorBanner::clear()
{
    // A retry that succeeds clears the banner; the count of automatic retries stays until an
    // answer that is not a 429, or the user's own Retry.
    m_timer->stop();
    m_countdown = -1;
    m_message.clear();
    m_text->clear();
    m_details.clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}
