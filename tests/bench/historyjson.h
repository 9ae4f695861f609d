#pragma once

// Journal payloads for historygen, in the engine's shape (compact JSON, keys
// sorted like QJsonDocument writes them), built with plain string appends.

#include <QtGlobal>

#include <string>

namespace novbe::bench {

struct PastTicket
{
    std::string id, number, service, counter, device, serviceDay;
    std::string issuedAt, calledAt, startedAt, endedAt;
    std::string counterServices;   // JSON array of the counter's services
    qint64 issueSeq = 0;
};

// "2026-11-28T09:15:02.123Z" for milliseconds since the epoch.
std::string isoUtc(qint64 msSinceEpoch);

// The ticket as the protocol shows it in `state`; later timestamps are null.
void appendTicket(std::string &out, const PastTicket &t, const char *state);

// A counter object; `ticketState` null: no current ticket.
void appendCounter(std::string &out, const PastTicket &t, const std::string &at,
                   const char *counterState, const char *ticketState);

} // namespace novbe::bench
