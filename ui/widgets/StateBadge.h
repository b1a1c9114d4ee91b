// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QLabel>

// The identity's state as a coloured pill beside its name: green for active, red for inactive,
// grey for a state Kratos added later. The colours are pairs for light and dark (StatusColors).
class StateBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadge)

public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(Identity::State state, const QString &serverText);
    void clear();
    // The tone shown now, for tests and accessibility.
    QString tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    Identity::State m_state = Identity::State::Unknown;
    QString m_tone;
};
