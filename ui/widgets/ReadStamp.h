// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// When a view's data was read from the server, in words for a summary line: "read at 14:02"
// today, "read 2026-12-05 14:02" on another day (never an ambiguous short date). Empty when
// nothing was read.
class ReadStamp final
{
    Q_DECLARE_TR_FUNCTIONS(ReadStamp)

public:
    ReadStamp() = delete;

    static QString text(const QDateTime &readAt, const QDateTime &now = QDateTime::currentDateTime());
};
