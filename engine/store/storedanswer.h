#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace novbe {

// The first answer to an HTTP request sent with an Idempotency-Key
// (engine/http/idempotency.h), stored in the same transaction as the change
// it answers (schema 4, table `idempotency`), so that a retry after a
// restart gets it again instead of making a second booking.
struct StoredAnswer
{
    QString client;         // the booking device, "" for the citizen page
    QString key;            // the Idempotency-Key
    QByteArray fingerprint; // of the request (SHA-256 of its body)
    QDateTime at;           // when it was answered
    int status = 0;         // HTTP status
    QByteArray body;        // JSON
};

} // namespace novbe
