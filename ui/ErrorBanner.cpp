#include "ErrorBanner.h"

#include "Prompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    m_text->setTextFormat(Qt::PlainText); // server and file text is never markup
    setObjectName(QStringLiteral("errorBanner"));
    setStyleSheet(
        QStringLiteral("ErrorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"));
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
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_detailsButton, &QPushButton::clicked, this,
            [this]() { Prompt::warning(this, tr("Error details"), m_text->text(), m_details); });
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    m_text->setText(QStringLiteral("%1 — %2").arg(error.title(), error.userMessage()));
    m_details = error.technicalDetails();
    m_detailsButton->setVisible(!m_details.isEmpty());
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    m_details.clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}
