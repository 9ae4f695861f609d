// The journal codec's field bits, shared by its writer (journalwriter.cpp)
// and reader (journalreader.cpp). Private to engine/store.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace novbe::journalfields {

// Which optional fields of a record follow (one bit each).
enum EventField : quint32 {
    F_TICKET = 1u << 0,
    F_COUNTER = 1u << 1,
    F_APPOINTMENT = 1u << 2,
    F_FEEDBACK = 1u << 3,
    F_SERVICE = 1u << 4,
    F_WAITING = 1u << 5,
    F_ETA = 1u << 6,
    F_RECALL = 1u << 7,
    F_DAY = 1u << 8,
    F_DEVICE = 1u << 9,
    F_ONLINE = 1u << 10,
    F_PRINTER_STATE = 1u << 11,
    F_PRINTER_DETAIL = 1u << 12,
    F_SAME_TICKET = 1u << 13, // the ticket is the one the record before wrote
    F_ALERT = 1u << 14,
    F_APPOINTMENT_LANG = 1u << 15, // schema 4: a booking language other than "az"
    F_CONTROL = 1u << 16,          // journalcodec_controls.cpp
    F_MESSAGE = 1u << 17,          // journalcodec_controls.cpp
};

enum TicketField : quint32 {
    T_QUEUED = 1u << 0,
    T_CALLED = 1u << 1,
    T_FIRST_CALLED = 1u << 2,
    T_STARTED = 1u << 3,
    T_ENDED = 1u << 4,
    T_SLOT = 1u << 5,
    T_APPOINTMENT = 1u << 6,
    T_REQUEST = 1u << 7,
    T_OUTCOME = 1u << 8,
    T_NOTE = 1u << 9,
    T_REQUEST_UUID = 1u << 10, // the request id is a UUID, stored as 16 bytes
};

constexpr quint64 MAX_ENUM = 64;

inline qint64 msOf(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

// A kiosk's request id (a lower-case UUID) as its 16 bytes; empty if it is not one.
inline QByteArray uuidBytes(const QString &text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text)
        return {};
    return uuid.toRfc4122();
}

} // namespace novbe::journalfields
