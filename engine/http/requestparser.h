#pragma once

#include "httprequest.h"

#include <QByteArray>

#include <optional>

namespace novbe::http {

// A strict, pure HTTP/1.1 request parser: bytes in, one request or one error
// out (no I/O, so it can be fuzzed). Accepts origin-form targets, Content-Length
// bodies only (no chunked bodies), and rejects anything ambiguous:
// bare CR, obs-fold, duplicate Content-Length, Transfer-Encoding, header lines
// without a colon, control bytes. Limits: request line plus headers
// ≤ MAX_HEAD bytes (431 beyond), body ≤ MAX_BODY bytes (413 beyond).
// Incremental: a head arriving in pieces is scanned once, not on every feed().
class RequestParser
{
public:
    static constexpr int MAX_HEAD = 8 * 1024;
    static constexpr int MAX_BODY = 64 * 1024;
    static constexpr int MAX_HEADERS = 100;

    enum class State { NeedMore, Done, Failed };

    // Appends bytes; returns the new state. After Done, take() the request and
    // the parser goes on with the bytes that followed it (pipelining).
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // Requires: state() == Done. Returns the request and resets for the next one.
    Request take();
    // Requires: state() == Failed.
    const ParseFailure &failure() const { return m_failure; }
    // True when a request has started (bytes buffered or a body awaited).
    bool hasPartial() const { return !m_buffer.isEmpty() || m_bodyLength >= 0; }

private:
    State parse();
    State parseHead(qsizetype headEnd);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool checkFraming();
    State fail(int status, const QString &reason, const QString &message);

    QByteArray m_buffer;
    Request m_request;
    qsizetype m_bodyLength = -1; // -1: head not complete yet
    qsizetype m_scanned = 0;     // bytes of m_buffer searched for the head's end
    State m_state = State::NeedMore;
    ParseFailure m_failure;
};

} // namespace novbe::http
