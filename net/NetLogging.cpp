#include "NetLogging.h"

Q_LOGGING_CATEGORY(lcNet, "kratos.net", QtInfoMsg)
