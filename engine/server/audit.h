#pragma once

// The audit trail's entries (docs/security.md, Audit): which requests are
// audited, and what an entry holds. Written with the batch (Batcher), read by
// audit.list.

#include "reply.h"

#include "protocol/readmodel.h"
#include "protocol/rpc.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace novbe {

class Session;

// The entry for `request` from `session` (taken before it runs) when it is
// audited: a manager device's requests, and a counter desk's exceptional
// actions (ticket.cancel, counter.callTicket, counter.transfer, counter.park,
// operator.login/logout, counter.open/close). The desk's routine calls
// (callNext, start, finish, ...) are journaled events already, with their
// counter and operator.
std::optional<AuditEntryView> auditOf(const Session &session, const Request &request,
                                      const QDateTime &now);
// Attaches `entry` to `reply` when the request succeeded and, for a manager,
// changed state (a manager's reads are not audited).
void attachAudit(Reply &reply, std::optional<AuditEntryView> entry, Role role);
// `params` as compact JSON without secrets and personal data (pin, token,
// citizen).
QString auditDetail(const QJsonObject &params);

} // namespace novbe
