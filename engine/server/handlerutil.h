#pragma once

#include "enginecontext.h"
#include "reply.h"
#include "views.h"

#include <QJsonObject>

#include <optional>
#include <variant>

namespace novbe {

class Session;

// Helpers shared by the handlers_*.cpp files.
ViewScope scopeOf(const EngineContext &context, const Session &session);
// appointment.book's params (and POST /api/v1/appointments' body): service,
// start, citizen {name, phone}. The request, or INVALID_PARAMS.
std::variant<BookRequest, WireError> readBookRequest(const QJsonObject &params);
// Appends `from`'s changes and events to `into` (events stay in seq order).
void appendOutcome(Outcome &into, Outcome from);
// Releases the counter bound to `session` (core.releaseCounter) and unbinds it.
// Returns the change (empty when the session held no counter).
Outcome releaseSessionCounter(EngineContext &context, Session &session);
// {"ticket": Ticket} with ahead/etaSec for a waiting ticket; {"ticket": null} without
// one; encoded (the hot path writes it straight from the core's objects).
// `withTracking` (the issuing kiosk's answer): also "tracking", the token of
// the ticket's /t/ page for its QR (server/trackingtokens.h).
QByteArray ticketResult(const EngineContext &context, const std::optional<Ticket> &ticket,
                        bool withTracking = false);
// {"counter": Counter} for the counter's current state, encoded.
QByteArray counterResult(const EngineContext &context, const std::optional<CounterStatus> &counter);

} // namespace novbe
