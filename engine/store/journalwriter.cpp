// The journal codec's writer: journalcodec.h's compact form of records.
#include "journalcodec.h"

#include "core/ticket.h"
#include "journalfields.h"

namespace novbe {

using namespace journalfields;

namespace {

quint32 ticketMask(const Ticket &t)
{
    quint32 m = 0;
    m |= t.queuedAt.isValid() ? quint32(T_QUEUED) : 0u;
    m |= t.calledAt.isValid() ? quint32(T_CALLED) : 0u;
    m |= t.firstCalledAt.isValid() ? quint32(T_FIRST_CALLED) : 0u;
    m |= t.startedAt.isValid() ? quint32(T_STARTED) : 0u;
    m |= t.endedAt.isValid() ? quint32(T_ENDED) : 0u;
    m |= t.slotStart.isValid() ? quint32(T_SLOT) : 0u;
    m |= t.appointment.isEmpty() ? 0u : quint32(T_APPOINTMENT);
    m |= t.requestId.isEmpty()
        ? 0u
        : (uuidBytes(t.requestId).isEmpty() ? quint32(T_REQUEST) : quint32(T_REQUEST_UUID));
    m |= t.outcome.isEmpty() ? 0u : quint32(T_OUTCOME);
    m |= t.note.isEmpty() ? 0u : quint32(T_NOTE);
    return m;
}

quint32 eventMask(const DomainEvent &e)
{
    quint32 m = 0;
    m |= e.ticket ? quint32(F_TICKET) : 0u;
    m |= e.counter ? quint32(F_COUNTER) : 0u;
    m |= e.appointment ? quint32(F_APPOINTMENT) : 0u;
    m |= e.feedback ? quint32(F_FEEDBACK) : 0u;
    m |= e.service.isEmpty() ? 0u : quint32(F_SERVICE);
    m |= e.waitingCount ? quint32(F_WAITING) : 0u;
    m |= e.etaSec ? quint32(F_ETA) : 0u;
    m |= e.recall ? quint32(F_RECALL) : 0u;
    m |= e.serviceDay.isEmpty() ? 0u : quint32(F_DAY);
    m |= e.device.isEmpty() ? 0u : quint32(F_DEVICE);
    m |= e.online ? quint32(F_ONLINE) : 0u;
    m |= e.printerState.isEmpty() ? 0u : quint32(F_PRINTER_STATE);
    m |= e.printerDetail.isEmpty() ? 0u : quint32(F_PRINTER_DETAIL);
    m |= e.alert ? quint32(F_ALERT) : 0u;
    m |= e.appointment && !e.appointment->lang.isEmpty() && e.appointment->lang != u"az"
        ? quint32(F_APPOINTMENT_LANG)
        : 0u;
    m |= e.control ? quint32(F_CONTROL) : 0u;
    m |= e.message ? quint32(F_MESSAGE) : 0u;
    return m;
}

} // namespace

// ---- JournalWriter

void JournalWriter::clear()
{
    m_out.clear();
    m_lastTicket.reset();
    m_lastAt = 0;
}

void JournalWriter::varint(quint64 v)
{
    char buf[10];
    int n = 0;
    while (v >= 0x80) {
        buf[n++] = char(v | 0x80);
        v >>= 7;
    }
    buf[n++] = char(v);
    m_out.append(buf, size_t(n));
}

void JournalWriter::zigzag(qint64 v)
{
    varint((quint64(v) << 1) ^ quint64(v >> 63));
}

void JournalWriter::name(const QString &text)
{
    varint(quint64(m_names.idOf(text)));
}

void JournalWriter::text(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    varint(quint64(utf8.size()));
    m_out.append(utf8.constData(), size_t(utf8.size()));
}

void JournalWriter::time(const QDateTime &t, qint64 baseMs)
{
    const qint64 delta = msOf(t) - baseMs;
    varint(((quint64(delta) << 1) ^ quint64(delta >> 63)) + 1);
}

void JournalWriter::ticket(const Ticket &t)
{
    const qint64 base = msOf(t.issuedAt);
    const quint32 mask = ticketMask(t);
    text(t.id);
    text(t.number);
    varint(quint64(t.numberValue));
    name(t.service);
    name(t.originalService);
    name(t.category);
    varint(quint64(t.state));
    name(t.lang);
    name(t.device);
    name(t.counter);
    varint(quint64(t.recalls));
    varint(quint64(t.issueSeq));
    zigzag(t.orderKey - t.issueSeq);
    name(t.serviceDay);
    if (t.issuedAt.isValid())
        time(t.issuedAt, m_lastAt);
    else
        varint(0);
    varint(mask);
    const QDateTime *times[] = {&t.queuedAt,  &t.calledAt, &t.firstCalledAt,
                                &t.startedAt, &t.endedAt,  &t.slotStart};
    for (int i = 0; i < 6; ++i) {
        if (mask & (1u << i))
            time(*times[i], base);
    }
    if (mask & T_APPOINTMENT)
        text(t.appointment);
    if (mask & T_REQUEST)
        text(t.requestId);
    if (mask & T_REQUEST_UUID) {
        const QByteArray uuid = uuidBytes(t.requestId);
        m_out.append(uuid.constData(), size_t(uuid.size()));
    }
    if (mask & T_OUTCOME)
        name(t.outcome);
    if (mask & T_NOTE)
        text(t.note);
}

void JournalWriter::counter(const CounterStatus &c, qint64 baseMs)
{
    name(c.id);
    varint(quint64(c.state));
    name(c.operatorId);
    name(c.operatorName);
    text(c.ticket);
    text(c.pauseReason);
    if (c.changedAt.isValid())
        time(c.changedAt, baseMs);
    else
        varint(0);
}

void JournalWriter::appointment(const Appointment &a)
{
    text(a.id);
    text(a.code);
    name(a.service);
    time(a.start, 0);
    time(a.end, msOf(a.start));
    varint(quint64(a.state));
    // The journal never holds a citizen's name or phone (docs/security.md,
    // Privacy): they live in the appointments table alone, until purged. The
    // fields stay in the format, empty.
    text(QString());
    text(QString());
    text(a.ticket);
    if (a.bookedAt.isValid())
        time(a.bookedAt, msOf(a.start));
    else
        varint(0);
}

void JournalWriter::feedback(const Feedback &f)
{
    text(f.ticket);
    varint(quint64(f.rating));
    text(f.comment);
    name(f.counter);
    name(f.operatorId);
    name(f.service);
    if (f.at.isValid())
        time(f.at, m_lastAt);
    else
        varint(0);
}

void JournalWriter::alert(const AlertRecord &a)
{
    varint(quint64(a.id));
    name(a.code);
    name(a.severity);
    name(a.subject);
    zigzag(a.value);
    zigzag(a.limit);
    text(a.detail);
    text(a.message);
    time(a.raisedAt, m_lastAt);
    if (a.clearedAt.isValid())
        time(a.clearedAt, m_lastAt);
    else
        varint(0);
    name(a.ackedBy);
    if (a.ackedAt.isValid())
        time(a.ackedAt, m_lastAt);
    else
        varint(0);
}

void JournalWriter::event(const DomainEvent &e)
{
    quint32 mask = eventMask(e);
    varint(quint64(e.type));
    const qint64 at = msOf(e.at);
    zigzag(at - m_lastAt);
    m_lastAt = at;
    if ((mask & F_TICKET) && m_lastTicket && *m_lastTicket == *e.ticket)
        mask = (mask & ~F_TICKET) | F_SAME_TICKET;
    varint(mask);
    if (mask & F_TICKET) {
        ticket(*e.ticket);
        m_lastTicket = e.ticket;
    }
    if (mask & F_COUNTER)
        counter(*e.counter, at);
    if (mask & F_APPOINTMENT)
        appointment(*e.appointment);
    if (mask & F_FEEDBACK)
        feedback(*e.feedback);
    if (mask & F_SERVICE)
        name(e.service);
    if (mask & F_WAITING)
        varint(quint64(e.waitingCount));
    if (mask & F_ETA)
        varint(quint64(e.etaSec));
    if (mask & F_DAY)
        name(e.serviceDay);
    if (mask & F_DEVICE)
        name(e.device);
    if (mask & F_PRINTER_STATE)
        name(e.printerState);
    if (mask & F_PRINTER_DETAIL)
        text(e.printerDetail);
    if (mask & F_ALERT)
        alert(*e.alert);
    if (mask & F_APPOINTMENT_LANG)
        name(e.appointment->lang);
    if (mask & F_CONTROL)
        control(*e.control);
    if (mask & F_MESSAGE)
        message(*e.message);
}

} // namespace novbe
