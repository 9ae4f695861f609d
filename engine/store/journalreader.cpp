// The journal codec's reader: journalcodec.h's compact form of records.
#include "journalcodec.h"

#include "core/ticket.h"
#include "journalfields.h"

namespace novbe {

using namespace journalfields;

// ---- JournalReader

quint64 JournalReader::varint()
{
    quint64 v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_bytes.size()) {
            m_failed = true;
            return 0;
        }
        const quint8 b = quint8(m_bytes[m_pos++]);
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    m_failed = true;
    return 0;
}

qint64 JournalReader::zigzag()
{
    const quint64 v = varint();
    return qint64(v >> 1) ^ -qint64(v & 1);
}

QString JournalReader::name()
{
    const std::optional<QString> t = m_names.text(qint64(varint()));
    if (!t)
        m_failed = true;
    return t.value_or(QString());
}

QString JournalReader::text()
{
    const quint64 n = varint();
    if (m_failed || n > quint64(m_bytes.size() - m_pos)) {
        m_failed = true;
        return {};
    }
    const QString s = QString::fromUtf8(m_bytes.constData() + m_pos, qsizetype(n));
    m_pos += qsizetype(n);
    return s;
}

QString JournalReader::uuid()
{
    if (m_bytes.size() - m_pos < 16) {
        m_failed = true;
        return {};
    }
    const QUuid id = QUuid::fromRfc4122(QByteArrayView(m_bytes.constData() + m_pos, 16));
    m_pos += 16;
    return id.toString(QUuid::WithoutBraces);
}

QDateTime JournalReader::time(qint64 baseMs)
{
    const quint64 v = varint();
    if (v == 0 || m_failed)
        return {};
    const quint64 z = v - 1;
    const qint64 delta = qint64(z >> 1) ^ -qint64(z & 1);
    return QDateTime::fromMSecsSinceEpoch(baseMs + delta, Qt::UTC);
}

std::optional<Ticket> JournalReader::ticket()
{
    Ticket t;
    t.id = text();
    t.number = text();
    t.numberValue = int(varint());
    t.service = name();
    t.originalService = name();
    t.category = name();
    const quint64 state = varint();
    t.lang = name();
    t.device = name();
    t.counter = name();
    t.recalls = int(varint());
    t.issueSeq = qint64(varint());
    t.orderKey = t.issueSeq + zigzag();
    t.serviceDay = name();
    t.issuedAt = time(m_lastAt);
    const quint32 mask = quint32(varint());
    const qint64 base = t.issuedAt.isValid() ? msOf(t.issuedAt) : 0;
    QDateTime *times[] = {&t.queuedAt,  &t.calledAt, &t.firstCalledAt,
                          &t.startedAt, &t.endedAt,  &t.slotStart};
    for (int i = 0; i < 6; ++i) {
        if (mask & (1u << i))
            *times[i] = time(base);
    }
    if (mask & T_APPOINTMENT)
        t.appointment = text();
    if (mask & T_REQUEST)
        t.requestId = text();
    if (mask & T_REQUEST_UUID)
        t.requestId = uuid();
    if (mask & T_OUTCOME)
        t.outcome = name();
    if (mask & T_NOTE)
        t.note = text();
    if (state >= quint64(ALL_TICKET_STATES.size()) || t.id.isEmpty())
        m_failed = true;
    else
        t.state = TicketState(state);
    return done(std::move(t));
}

std::optional<CounterStatus> JournalReader::counter(qint64 baseMs)
{
    CounterStatus c;
    c.id = name();
    const quint64 state = varint();
    c.operatorId = name();
    c.operatorName = name();
    c.ticket = text();
    c.pauseReason = text();
    c.changedAt = time(baseMs);
    if (state > quint64(CounterState::Paused) || c.id.isEmpty())
        m_failed = true;
    else
        c.state = CounterState(state);
    return done(std::move(c));
}

std::optional<Appointment> JournalReader::appointment()
{
    Appointment a;
    a.id = text();
    a.code = text();
    a.service = name();
    a.start = time(0);
    a.end = time(msOf(a.start));
    const quint64 state = varint();
    a.citizenName = text();
    a.citizenPhone = text();
    a.ticket = text();
    a.bookedAt = time(msOf(a.start));
    if (state > quint64(AppointmentState::Missed) || a.id.isEmpty())
        m_failed = true;
    else
        a.state = AppointmentState(state);
    return done(std::move(a));
}

std::optional<Feedback> JournalReader::feedback()
{
    Feedback f;
    f.ticket = text();
    f.rating = int(varint());
    f.comment = text();
    f.counter = name();
    f.operatorId = name();
    f.service = name();
    f.at = time(m_lastAt);
    return done(std::move(f));
}

std::optional<AlertRecord> JournalReader::alert()
{
    AlertRecord a;
    a.id = qint64(varint());
    a.code = name();
    a.severity = name();
    a.subject = name();
    a.value = zigzag();
    a.limit = zigzag();
    a.detail = text();
    a.message = text();
    a.raisedAt = time(m_lastAt);
    a.clearedAt = time(m_lastAt);
    a.ackedBy = name();
    a.ackedAt = time(m_lastAt);
    if (a.code.isEmpty())
        m_failed = true;
    return done(std::move(a));
}

std::optional<DomainEvent> JournalReader::event(qint64 seq)
{
    DomainEvent e;
    e.seq = seq;
    const quint64 type = varint();
    m_lastAt += zigzag();
    e.at = QDateTime::fromMSecsSinceEpoch(m_lastAt, Qt::UTC);
    const quint32 mask = quint32(varint());
    if (m_failed || type >= MAX_ENUM) {
        m_failed = true;
        return std::nullopt;
    }
    e.type = EventType(type);
    if (mask & F_TICKET) {
        e.ticket = ticket();
        m_lastTicket = e.ticket;
    } else if (mask & F_SAME_TICKET) {
        e.ticket = m_lastTicket;
        if (!m_lastTicket)
            m_failed = true;
    }
    if (mask & F_COUNTER)
        e.counter = counter(m_lastAt);
    if (mask & F_APPOINTMENT)
        e.appointment = appointment();
    if (mask & F_FEEDBACK)
        e.feedback = feedback();
    e.service = (mask & F_SERVICE) ? name() : QString();
    e.waitingCount = (mask & F_WAITING) ? int(varint()) : 0;
    e.etaSec = (mask & F_ETA) ? int(varint()) : 0;
    e.recall = mask & F_RECALL;
    e.serviceDay = (mask & F_DAY) ? name() : QString();
    e.device = (mask & F_DEVICE) ? name() : QString();
    e.online = mask & F_ONLINE;
    e.printerState = (mask & F_PRINTER_STATE) ? name() : QString();
    e.printerDetail = (mask & F_PRINTER_DETAIL) ? text() : QString();
    if (mask & F_ALERT)
        e.alert = alert();
    if (mask & F_APPOINTMENT_LANG) { // rows before schema 4 never set it: "az"
        const QString lang = name();
        if (e.appointment && !lang.isEmpty())
            e.appointment->lang = lang;
        else
            m_failed = true;
    }
    if (mask & F_CONTROL)
        e.control = control();
    if (mask & F_MESSAGE)
        e.message = message();
    return done(std::move(e));
}

} // namespace novbe
