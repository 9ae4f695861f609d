#include "journalcodec.h"

#include "core/ticket.h"

#include <QUuid>

namespace novbe {

namespace {

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

// A kiosk's request id (a lower-case UUID) as its 16 bytes; empty if it is not one.
QByteArray uuidBytes(const QString &text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != text)
        return {};
    return uuid.toRfc4122();
}

constexpr quint64 MAX_ENUM = 64;

qint64 msOf(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

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
    return m;
}

} // namespace

// ---- NameTable

NameTable::NameTable() : m_texts{QString()}
{
    m_ids.insert(QString(), 0);
}

void NameTable::load(qint64 id, const QString &text)
{
    if (id <= 0 || id > (1 << 24))
        return;
    if (size_t(id) >= m_texts.size())
        m_texts.resize(size_t(id) + 1);
    m_texts[size_t(id)] = text;
    m_ids.insert(text, id);
    m_committed = m_texts.size();
}

qint64 NameTable::idOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return *it;
    const qint64 id = qint64(m_texts.size());
    m_texts.push_back(text);
    m_ids.insert(text, id);
    return id;
}

std::optional<QString> NameTable::text(qint64 id) const
{
    if (id < 0 || size_t(id) >= m_texts.size())
        return std::nullopt;
    return m_texts[size_t(id)];
}

std::vector<std::pair<qint64, QString>> NameTable::pending() const
{
    std::vector<std::pair<qint64, QString>> out;
    for (size_t i = m_committed; i < m_texts.size(); ++i)
        out.emplace_back(qint64(i), m_texts[i]);
    return out;
}

void NameTable::commitPending()
{
    m_committed = m_texts.size();
}

void NameTable::dropPending()
{
    for (size_t i = m_committed; i < m_texts.size(); ++i)
        m_ids.remove(m_texts[i]);
    m_texts.resize(m_committed);
}

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
}

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
    return done(std::move(e));
}

// ---- whole rows

QByteArray encodeTicket(NameTable &names, const Ticket &t)
{
    JournalWriter w(names);
    w.ticket(t);
    return w.bytes().toByteArray();
}

std::optional<Ticket> decodeTicket(const NameTable &names, const QByteArray &bytes)
{
    JournalReader r(names, bytes);
    std::optional<Ticket> t = r.ticket();
    return r.atEnd() ? t : std::nullopt;
}

QByteArray encodeCounter(NameTable &names, const CounterStatus &c)
{
    JournalWriter w(names);
    w.counter(c, 0);
    return w.bytes().toByteArray();
}

std::optional<CounterStatus> decodeCounter(const NameTable &names, const QByteArray &bytes)
{
    JournalReader r(names, bytes);
    std::optional<CounterStatus> c = r.counter(0);
    return r.atEnd() ? c : std::nullopt;
}

std::optional<std::vector<DomainEvent>> decodeEvents(const NameTable &names,
                                                     const QByteArray &bytes, qint64 firstSeq)
{
    JournalReader r(names, bytes);
    std::vector<DomainEvent> events;
    while (!r.atEnd()) {
        std::optional<DomainEvent> e = r.event(firstSeq + qint64(events.size()));
        if (!e)
            return std::nullopt;
        events.push_back(std::move(*e));
    }
    return events;
}

} // namespace novbe
