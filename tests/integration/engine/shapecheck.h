#pragma once

// Checks (Catch CHECKs) that objects have the shape protocol.md section 4
// gives them: field names and JSON types. Extra fields are allowed (the
// project may add fields), except in the reduced tickets displays receive.

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace novbe::test {

// True for "YYYY-MM-DDTHH:MM:SS.mmmZ".
bool isIsoTime(const QJsonValue &value);
// True for an object of language → non-empty string with an "az" entry.
bool isLocalized(const QJsonValue &value);
// Full Ticket of section 4.
void checkTicket(const QJsonValue &value);
// A display's reduced ticket: id, number, service, state, counter, recalls — no citizen data.
void checkReducedTicket(const QJsonValue &value);
// Counter of section 4 (its ticket full, or reduced when `reduced`).
void checkCounter(const QJsonValue &value, bool reduced = false);
// Every ticket inside an event's params (ticket, counter.ticket) has the display shape.
void checkDisplayEvent(const QJsonObject &event);
// An error response of section 2: `code`, `data.reason`, a non-empty message.
void checkError(const QJsonObject &response, int code, const QString &reason);
// The ticket states of section 4.
const QStringList &ticketStates();

} // namespace novbe::test
