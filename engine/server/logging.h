#pragma once

#include <QLoggingCategory>

namespace novbe {

Q_DECLARE_LOGGING_CATEGORY(lcServer) // novbe.server: listen, sessions, requests
Q_DECLARE_LOGGING_CATEGORY(lcAuth)   // novbe.auth: hello, logins, lockouts
Q_DECLARE_LOGGING_CATEGORY(lcFanout) // novbe.fanout: subscriptions, replay
Q_DECLARE_LOGGING_CATEGORY(lcBatch)  // novbe.batch: group commit
Q_DECLARE_LOGGING_CATEGORY(lcStore)  // novbe.store: database open, restore, commit failures

// Sets the log threshold of every novbe.* category: "debug", "info" or "warning".
// Returns false for an unknown level.
bool applyLogLevel(const QString &level);

} // namespace novbe
