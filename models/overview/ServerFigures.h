// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QString>

// The overview's "Server" part: what answered, how fast, and whether Kratos says it is ready.
struct ServerFigures
{
    QString version; // empty when unknown
    ApiError versionError;
    bool aliveKnown = false;
    bool alive = false;
    qint64 roundTripMs = -1; // of /health/alive
    ApiError aliveError;
    bool readyKnown = false;
    bool ready = false;
    QString notReadyReason; // Kratos's reasons when not ready
    ApiError readyError;
};
