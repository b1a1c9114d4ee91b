// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kratos-desk.svg")).pixmap(96, 96));
    auto *title = new QLabel(tr("Welcome to Kratos Desk"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    auto *text = new QLabel(tr("Find identities, read their traits, addresses and sessions, act on them safely, and "
                               "see what Kratos's courier sent. Your admin tokens stay in the OS keychain, and every "
                               "change you make is recorded in a local audit log."),
                            this);
    text->setWordWrap(true);
    // At most a comfortable line length; narrower when the window is (scale 2, small screens).
    text->setMinimumWidth(240);
    text->setMaximumWidth(560);
    text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    text->setAlignment(Qt::AlignCenter);
    auto *demo = new QPushButton(tr("&Try the demo"), this);
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    demo->setToolTip(tr("Starts a built-in Kratos simulator with generated identities on this machine."));
    auto *connectButton = new QPushButton(tr("&Connect to Kratos…"), this);
    connectButton->setObjectName(QStringLiteral("connectKratosButton"));
    connectButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(connectButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    auto *textRow = new QHBoxLayout; // no alignment flag: the label keeps its height-for-width
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::tryDemo);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectToKratos);
}
