// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// /health/alive or /health/ready. A not-ready server answers 503, which the client reports as
// ready == false with Kratos's reasons rather than as a failed call.
struct HealthStatus
{
    bool ok = false;
    int httpStatus = 0;
    QString detail;
};
