#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setFixedWidth(520);
    m_text->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    auto *textRow = new QHBoxLayout; // no alignment flag: the label keeps its height-for-width
    textRow->addStretch(1);
    textRow->addWidget(m_text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addStretch(2);
}
