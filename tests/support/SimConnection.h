// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KratosClient.h"
#include "KratosSimulator.h"

namespace TestSupport {

// Points `client` at the simulator's admin API with nothing else set: no token, default timeout.
inline void connectTo(KratosClient &client, const KratosSimulator &sim)
{
    ConnectionSettings settings;
    settings.adminUrl = sim.adminUrl();
    client.setConnection(settings);
}

} // namespace TestSupport
