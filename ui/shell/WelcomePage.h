// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What a first start shows: try the built-in demo, or connect to a real Kratos.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void tryDemo();
    void connectToKratos();
};
