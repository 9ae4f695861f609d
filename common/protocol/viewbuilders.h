#pragma once

// Read-model values built from the core's domain objects and the centre
// config: what the engine encodes. Pure.

#include "readmodel.h"

#include "core/queueengine.h"

#include <optional>

namespace novbe {

// A full ticket; `estimate` fills ahead/etaSec for a waiting ticket (else 0).
TicketView ticketView(const Ticket &ticket, std::optional<WaitEstimate> estimate = {});
// A counter with its static part from `config`; `current` is shown only when
// it is the counter's current ticket, reduced for displays.
CounterView counterView(const CounterStatus &counter, const CentreConfig &config,
                        const std::optional<Ticket> &current, bool reduced = false);
// {id, name} of counter `id`.
CounterRef counterRef(const QString &id, const CentreConfig &config);
CentreInfoView centreInfoView(const CentreConfig &config);
CategoryView categoryView(const Category &category);
// `open` is the service's state now (the core decides); `control` the
// manager's control of the day.
ServiceView serviceView(const ServiceConfig &service, bool open,
                        const ServiceControl &control = {});
// centre.get as a fresh engine would answer it for `config`: every service
// open, every counter closed (offline previews and tests).
CentreView centreViewOf(const CentreConfig &config);
// An engine alert as sent (alerts.list, the `alert` notification, alert.* events).
AlertView alertView(const AlertRecord &alert);
// Back from the wire (journal v1 payloads).
AlertRecord alertRecord(const AlertView &alert);
// The event params of `event` for non-display subscribers (the journal's
// v1 payload had this shape too).
EventView eventView(const DomainEvent &event, const CentreConfig &config);

} // namespace novbe
