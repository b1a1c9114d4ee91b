#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "kratos.sim", QtInfoMsg)
