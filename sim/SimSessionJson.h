// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>

struct SimSession;

// A session's parts as Kratos writes them: its authentication methods, and its devices (stable
// for a session, made from its seed).
namespace SimSessionJson {

QJsonArray methods(const SimSession &session);
QJsonArray devices(const SimSession &session);

} // namespace SimSessionJson
