#pragma once

// EngineClient timings for tests (header only; the test links novbe_client):
// the app link's ping, silence, connect and backoff durations of seconds,
// injected as a fraction of a second so a test sees the same behaviour fast.

#include "client/engineclient.h"

namespace novbe::test {

inline ClientTimings quickClientTimings()
{
    ClientTimings t;
    t.pingIntervalMs = 200;
    t.deadAfterMs = 1000;
    t.connectTimeoutMs = 3000;
    t.backoffMinMs = 50;
    t.backoffMaxMs = 400;
    return t;
}

} // namespace novbe::test
