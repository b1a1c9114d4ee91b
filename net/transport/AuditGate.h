// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The last line of defence for the audit trail: KratosClient asks it before every mutating call
// and every sensitive read (a courier body, a recovery link or code). While the trail cannot be
// written the gate is closed and the client refuses the call without sending anything. The
// records themselves are written by the layer that decides the action (models' action classes),
// which knows the target's label and the change; the client knows neither.
class AuditGate
{
public:
    virtual ~AuditGate() = default;
    // False with `why` (in words) when changes must be refused.
    virtual bool admitsChanges(QString *why) const = 0;
};
