// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonPatch.h"

#include <QJsonObject>
#include <QStringList>

// The "change" of an audit record, built from what the action sends. Credential paths and
// anything named like a password are recorded as withheld, never with their value.
namespace AuditChange {

// {"patch":[{"op","path","value","old"}]}: each operation with its new value and the value it
// replaced in `before` (the identity as the server last sent it).
QJsonObject patch(const JsonPatch &patch, const QJsonObject &before);
// {"fields":{"/traits/email":"mary@example.com", "/credentials/password":"(withheld)", ...}}:
// every leaf the create body sets.
QJsonObject fields(const QJsonObject &body);
// True for a pointer whose value must never be written to the trail.
bool isWithheld(const QString &pointer);
QString withheldText();

} // namespace AuditChange
