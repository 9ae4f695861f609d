#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace novbe::http {

// One parsed HTTP/1.1 request. Header names are lower-case.
struct Request
{
    QByteArray method;
    QByteArray target; // as sent: path plus optional "?query"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 default; false with "Connection: close" or HTTP/1.0

    // The first value of header `name` (lower-case), or an empty array.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString path() const;  // percent-decoded, without the query
    QString query() const; // raw, without '?'
};

// An error found while reading a request: the HTTP status, the protocol's
// reason (protocol.md section 2) and a human message without internals.
struct ParseFailure
{
    int status = 400;
    QString reason;
    QString message;
};

} // namespace novbe::http
