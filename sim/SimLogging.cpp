// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "kratos.sim", QtInfoMsg)
