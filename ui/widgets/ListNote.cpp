// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListNote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ListNote::ListNote(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_showInList(new QPushButton(tr("Show in list"), this))
{
    setObjectName(QStringLiteral("listNote")); // its colours come from Theme's style sheet
    m_text->setObjectName(QStringLiteral("listNoteText"));
    m_text->setTextFormat(Qt::PlainText); // it quotes filters and server text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showInList->setObjectName(QStringLiteral("showInListButton"));
    m_showInList->setToolTip(tr("Clear what keeps this item out of the list beside it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showInList);
    connect(m_showInList, &QPushButton::clicked, this, &ListNote::showInListRequested);
    hide();
}

void ListNote::setNote(const QString &text, bool offerShowInList)
{
    m_text->setText(text);
    m_showInList->setVisible(offerShowInList && !text.isEmpty());
    setVisible(!text.isEmpty());
}

QString ListNote::text() const
{
    return m_text->text();
}

bool ListNote::offersShowInList() const
{
    return !m_showInList->isHidden();
}
