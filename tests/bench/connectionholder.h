#pragma once

// Phase 5's idle connections live in a child process (the bench binary with
// --hold-connections) so that the bench's own event loop, which times the
// load clients, does not poll thousands of idle sockets.

#include <QString>

namespace novbe::bench {

// Child side: opens `count` connections to 127.0.0.1:`port` as the bench
// centre's generated displays (session.hello only), writes `count` + "\n" to
// `readyFile`, then holds them until stdin closes. Exit code 0 when every
// connection was still open at that moment, 3 when some closed, 4 when the
// set-up failed.
int runConnectionHolder(int count, quint16 port, const QString &readyFile);

} // namespace novbe::bench
