// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationSummary.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ValidationSummary::ValidationSummary(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("validationSummary"));
    m_text->setObjectName(QStringLiteral("validationProblems"));
    m_text->setTextFormat(Qt::PlainText); // field titles and values come from the server
    m_text->setWordWrap(true);
    m_text->setProperty("tone", QStringLiteral("error"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setObjectName(QStringLiteral("validationDetailsButton"));
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setAccessibleDescription(tr("Shows the schema's rules that the traits break"));
    m_details->setObjectName(QStringLiteral("validationDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_text, 1);
    top->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    clear();
}

void ValidationSummary::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_details->clear();
    m_toggle->setChecked(false);
    m_toggle->hide();
    m_details->hide();
}

void ValidationSummary::setProblems(const QString &heading, const QList<ValidationProblem> &problems)
{
    QStringList lines{heading};
    QStringList details;
    for (const ValidationProblem &p : problems) {
        lines.append(QStringLiteral("• ") + p.text());
        details.append(p.detailLine());
    }
    setText(lines.join(QLatin1Char('\n')));
    m_details->setText(details.join(QLatin1Char('\n')));
    m_toggle->setVisible(!problems.isEmpty());
}

void ValidationSummary::clear()
{
    setText(QString());
}

QString ValidationSummary::text() const
{
    return m_text->text();
}

QString ValidationSummary::details() const
{
    return m_details->text();
}
