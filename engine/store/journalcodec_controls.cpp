// The journal's compact form of the manager's controls (service.changed,
// display.message): journalcodec.h's JournalWriter/JournalReader, in a file
// of their own.
#include "journalcodec.h"

namespace novbe {

namespace {

constexpr quint64 C_CLOSED = 1u << 0;
constexpr quint64 C_CUTOFF = 1u << 1;

constexpr quint64 MINUTES_PER_DAY = 24 * 60;

} // namespace

void JournalWriter::control(const ServiceControl &c)
{
    name(c.service);
    varint((c.closed ? C_CLOSED : 0) | (c.cutoff ? C_CUTOFF : 0));
    if (c.cutoff)
        varint(quint64(c.cutoff->msecsSinceStartOfDay() / 60000));
    name(c.by);
}

void JournalWriter::message(const DisplayMessage &m)
{
    text(m.text);
    if (m.expiresAt.isValid())
        time(m.expiresAt, m_lastAt);
    else
        varint(0);
    name(m.by);
}

std::optional<ServiceControl> JournalReader::control()
{
    ServiceControl c;
    c.service = name();
    const quint64 bits = varint();
    c.closed = bits & C_CLOSED;
    if (bits & C_CUTOFF) {
        const quint64 minutes = varint();
        if (minutes >= MINUTES_PER_DAY)
            m_failed = true;
        else
            c.cutoff = QTime(0, 0).addSecs(int(minutes) * 60);
    }
    c.by = name();
    if (c.service.isEmpty() || bits > (C_CLOSED | C_CUTOFF))
        m_failed = true;
    return done(std::move(c));
}

std::optional<DisplayMessage> JournalReader::message()
{
    DisplayMessage m;
    m.text = text();
    m.expiresAt = time(m_lastAt);
    m.by = name();
    m.at = QDateTime::fromMSecsSinceEpoch(m_lastAt, Qt::UTC);
    if (m.text.isEmpty())
        m_failed = true;
    return done(std::move(m));
}

} // namespace novbe
