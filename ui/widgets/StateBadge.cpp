// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateBadge.h"

#include "StatusColors.h"

#include <QEvent>

StateBadge::StateBadge(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // the state word can come from the server
    setAlignment(Qt::AlignCenter);
    hide();
}

void StateBadge::setState(Identity::State state, const QString &serverText)
{
    m_state = state;
    switch (state) {
    case Identity::State::Active:
        setText(tr("Active"));
        m_tone = QStringLiteral("success");
        break;
    case Identity::State::Inactive:
        setText(tr("Inactive"));
        m_tone = QStringLiteral("error");
        break;
    case Identity::State::Unknown:
        setText(serverText.isEmpty() ? tr("Unknown state") : serverText);
        m_tone = QStringLiteral("neutral");
        break;
    }
    setAccessibleName(tr("State: %1").arg(text()));
    restyle();
    show();
}

void StateBadge::clear()
{
    QLabel::clear();
    m_tone.clear();
    hide();
}

void StateBadge::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_tone.isEmpty())
        restyle();
}

void StateBadge::restyle()
{
    const StatusColors::Tone tone = m_state == Identity::State::Active     ? StatusColors::Tone::Success
                                    : m_state == Identity::State::Inactive ? StatusColors::Tone::Error
                                                                           : StatusColors::Tone::Neutral;
    const QString sheet = QStringLiteral("QLabel { background: %1; color: white; padding: 2px 8px; "
                                         "border-radius: 8px; font-weight: bold; }")
                              .arg(StatusColors::fill(tone).name());
    // Setting a style sheet changes the palette, which brings us back here: set it only when it changes.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}
