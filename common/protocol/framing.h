#pragma once

// NDJSON framing (protocol.md section 1): one JSON message per line. The
// decoder is pure: bytes in, complete lines out; no socket, no allocation
// beyond the current partial line.

#include <QByteArray>
#include <QJsonObject>

namespace novbe {

class LineDecoder
{
public:
    // Longest accepted line in bytes, without the "\n" (and a trailing "\r").
    static constexpr qsizetype MAX_LINE_BYTES = 65536;

    enum class Status {
        Line,     // `line` holds one complete line
        NeedMore, // no complete line buffered; feed() more bytes
        TooLong,  // a line exceeded the cap; reported once per such line
    };

    struct Item
    {
        Status status = Status::NeedMore;
        QByteArray line; // without "\n", a trailing "\r" stripped
    };

    explicit LineDecoder(qsizetype maxLineBytes = MAX_LINE_BYTES);

    // Appends received bytes.
    void feed(const QByteArray &bytes);
    // Next complete, non-empty line. Empty lines are skipped. After TooLong
    // the rest of the oversized line is discarded and decoding resumes at
    // the following line. Call until it returns NeedMore.
    Item next();
    // Bytes held for the current partial line.
    qsizetype bufferedBytes() const;
    // Forgets everything buffered (e.g. after a reconnect).
    void reset();

private:
    bool partialTooLong() const;
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;      // start of the current line in m_buffer
    qsizetype m_scanFrom = 0; // no "\n" before this offset
    qsizetype m_maxLine;
    bool m_discarding = false; // skipping the tail of an oversized line
};

// Compact JSON of `message` followed by "\n".
QByteArray encodeLine(const QJsonObject &message);

} // namespace novbe
