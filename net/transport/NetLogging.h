// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Requests are logged as method, path, status, size and time; never headers, queries or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
