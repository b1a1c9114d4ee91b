// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QLabel>

// Above the identity list: the identities the server listed that could not be read, named (the
// first few, with why) and counted, so that none is dropped unseen. Hidden while there are none.
class UnreadableIdentitiesNote final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnreadableIdentitiesNote)

public:
    explicit UnreadableIdentitiesNote(QWidget *parent = nullptr);

    void setItems(const QList<UnreadableItem> &items);
};
