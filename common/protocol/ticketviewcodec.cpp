// Encoders and decoders of tickets, counters, appointments and feedback.

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;
using detail::stringOrNull;

namespace detail {

QStringList readStrings(FieldReader &in, const QJsonObject &json, const QString &name)
{
    QStringList out;
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        in.markMalformed();
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            in.markMalformed();
        out.append(item.toString());
    }
    return out;
}

LocalizedText readLocalized(FieldReader &in, const QString &name)
{
    return localizedFromJson(in.object(name));
}

} // namespace detail

namespace {

int numberValueOf(const QString &number)
{
    qsizetype digits = number.size();
    while (digits > 0 && number.at(digits - 1).isDigit())
        --digits;
    return number.mid(digits).toInt();
}

QJsonObject reducedTicketJson(const Ticket &ticket)
{
    return QJsonObject{
        {u"id"_s, ticket.id},
        {u"number"_s, ticket.number},
        {u"service"_s, ticket.service},
        {u"state"_s, ticketStateName(ticket.state)},
        {u"counter"_s, stringOrNull(ticket.counter)},
        {u"recalls"_s, ticket.recalls},
    };
}

QJsonObject fullTicketJson(const Ticket &ticket, int ahead, int etaSec)
{
    return QJsonObject{
        {u"id"_s, ticket.id},
        {u"number"_s, ticket.number},
        {u"service"_s, ticket.service},
        {u"category"_s, ticket.category},
        {u"state"_s, ticketStateName(ticket.state)},
        {u"issuedAt"_s, isoTimeOrNull(ticket.issuedAt)},
        {u"calledAt"_s, isoTimeOrNull(ticket.calledAt)},
        {u"startedAt"_s, isoTimeOrNull(ticket.startedAt)},
        {u"endedAt"_s, isoTimeOrNull(ticket.endedAt)},
        {u"counter"_s, stringOrNull(ticket.counter)},
        {u"recalls"_s, ticket.recalls},
        {u"ahead"_s, ahead},
        {u"etaSec"_s, etaSec},
        {u"lang"_s, ticket.lang},
        {u"appointment"_s, stringOrNull(ticket.appointment)},
        // Additions (protocol-changelog): the journal must be complete.
        {u"queuedAt"_s, isoTimeOrNull(ticket.queuedAt)},
        {u"firstCalledAt"_s, isoTimeOrNull(ticket.firstCalledAt)},
        {u"slotStart"_s, isoTimeOrNull(ticket.slotStart)},
        {u"issueSeq"_s, ticket.issueSeq},
        {u"orderKey"_s, ticket.orderKey},
        {u"serviceDay"_s, ticket.serviceDay},
        {u"originalService"_s, stringOrNull(ticket.originalService)},
        {u"outcome"_s, stringOrNull(ticket.outcome)},
        {u"note"_s, stringOrNull(ticket.note)},
        {u"device"_s, stringOrNull(ticket.device)},
        {u"requestId"_s, stringOrNull(ticket.requestId)},
    };
}

void readFullTicket(FieldReader &in, TicketView &t)
{
    t.category = in.string(u"category"_s, true);
    t.issuedAt = in.time(u"issuedAt"_s, true);
    t.calledAt = in.time(u"calledAt"_s);
    t.startedAt = in.time(u"startedAt"_s);
    t.endedAt = in.time(u"endedAt"_s);
    t.ahead = int(in.integer(u"ahead"_s));
    t.etaSec = int(in.integer(u"etaSec"_s));
    if (const QString lang = in.string(u"lang"_s); !lang.isEmpty())
        t.lang = lang;
    t.appointment = in.string(u"appointment"_s);
    t.queuedAt = in.time(u"queuedAt"_s);
    t.firstCalledAt = in.time(u"firstCalledAt"_s);
    t.slotStart = in.time(u"slotStart"_s);
    t.issueSeq = in.integer(u"issueSeq"_s);
    t.orderKey = in.integer(u"orderKey"_s);
    t.serviceDay = in.string(u"serviceDay"_s);
    t.originalService = in.string(u"originalService"_s);
    t.outcome = in.string(u"outcome"_s);
    t.note = in.string(u"note"_s);
    t.device = in.string(u"device"_s);
    t.requestId = in.string(u"requestId"_s);
}

QJsonValue operatorOrNull(const std::optional<OperatorRef> &op)
{
    return op ? QJsonValue(encode(*op)) : QJsonValue(QJsonValue::Null);
}

std::optional<OperatorRef> readOperator(FieldReader &in, const QString &name)
{
    const QJsonObject json = in.object(name);
    if (json.isEmpty())
        return std::nullopt;
    std::optional<OperatorRef> op = decode<OperatorRef>(json);
    if (!op)
        in.markMalformed();
    return op;
}

} // namespace

QJsonObject encode(const TicketView &ticket)
{
    return ticket.reduced ? reducedTicketJson(ticket)
                          : fullTicketJson(ticket, ticket.ahead, ticket.etaSec);
}

template <> std::optional<TicketView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    TicketView t;
    t.reduced = !json.contains(u"category"_s) && !json.contains(u"issuedAt"_s);
    t.id = in.string(u"id"_s, true);
    t.number = in.string(u"number"_s, true);
    t.numberValue = numberValueOf(t.number);
    t.service = in.string(u"service"_s, true);
    const std::optional<TicketState> state = ticketStateFromName(in.string(u"state"_s, true));
    t.counter = in.string(u"counter"_s);
    t.recalls = int(in.integer(u"recalls"_s));
    if (!t.reduced)
        readFullTicket(in, t);
    if (in.malformed() || !state)
        return std::nullopt;
    t.state = *state;
    return t;
}

QJsonObject encode(const OperatorRef &op)
{
    return QJsonObject{{u"id"_s, op.id}, {u"name"_s, op.name}};
}

template <> std::optional<OperatorRef> decode(const QJsonObject &json)
{
    FieldReader in(json);
    OperatorRef op{in.string(u"id"_s, true), in.string(u"name"_s)};
    return in.malformed() ? std::nullopt : std::optional(op);
}

QJsonObject encode(const CounterRef &counter)
{
    QJsonObject json{{u"id"_s, counter.id}, {u"name"_s, localizedToJson(counter.name)}};
    if (counter.op)
        json.insert(u"operator"_s, encode(*counter.op));
    return json;
}

template <> std::optional<CounterRef> decode(const QJsonObject &json)
{
    FieldReader in(json);
    CounterRef c;
    c.id = in.string(u"id"_s, true);
    c.name = detail::readLocalized(in, u"name"_s);
    c.op = readOperator(in, u"operator"_s);
    return in.malformed() ? std::nullopt : std::optional(c);
}

QJsonObject encode(const CounterView &counter)
{
    return QJsonObject{
        {u"id"_s, counter.id},
        {u"name"_s, localizedToJson(counter.name)},
        {u"services"_s, QJsonArray::fromStringList(counter.services)},
        {u"state"_s, counterStateName(counter.state)},
        {u"operator"_s, operatorOrNull(counter.op)},
        {u"ticket"_s,
         counter.ticket ? QJsonValue(encode(*counter.ticket)) : QJsonValue(QJsonValue::Null)},
        {u"pauseReason"_s, stringOrNull(counter.pauseReason)},
        // Additions: the current ticket id even when `ticket` is not sent.
        {u"ticketId"_s, stringOrNull(counter.ticketId)},
        {u"changedAt"_s, isoTimeOrNull(counter.changedAt)},
    };
}

template <> std::optional<CounterView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    CounterView c;
    c.id = in.string(u"id"_s, true);
    c.name = detail::readLocalized(in, u"name"_s);
    c.services = detail::readStrings(in, json, u"services"_s);
    const QString stateName = in.string(u"state"_s);
    const std::optional<CounterState> state = stateName.isEmpty() ? CounterState::Closed
                                                                  : counterStateFromName(stateName);
    c.op = readOperator(in, u"operator"_s);
    if (const QJsonObject ticket = in.object(u"ticket"_s); !ticket.isEmpty()) {
        c.ticket = decode<TicketView>(ticket);
        if (!c.ticket)
            in.markMalformed();
    }
    c.pauseReason = in.string(u"pauseReason"_s);
    c.ticketId = in.string(u"ticketId"_s);
    c.changedAt = in.time(u"changedAt"_s);
    if (in.malformed() || !state)
        return std::nullopt;
    c.state = *state;
    return c;
}

QJsonObject encode(const Appointment &appointment)
{
    return QJsonObject{
        {u"id"_s, appointment.id},
        {u"code"_s, appointment.code},
        {u"service"_s, appointment.service},
        {u"start"_s, isoTimeOrNull(appointment.start)},
        {u"end"_s, isoTimeOrNull(appointment.end)},
        {u"state"_s, appointmentStateName(appointment.state)},
        // Additions. Citizen name and phone are never sent.
        {u"ticket"_s, stringOrNull(appointment.ticket)},
        {u"bookedAt"_s, isoTimeOrNull(appointment.bookedAt)},
        {u"lang"_s, appointment.lang},
    };
}

template <> std::optional<Appointment> decode(const QJsonObject &json)
{
    FieldReader in(json);
    Appointment a;
    a.id = in.string(u"id"_s, true);
    a.code = in.string(u"code"_s);
    a.service = in.string(u"service"_s, true);
    a.start = in.time(u"start"_s, true);
    a.end = in.time(u"end"_s);
    const auto state = appointmentStateFromName(in.string(u"state"_s, true));
    a.ticket = in.string(u"ticket"_s);
    a.bookedAt = in.time(u"bookedAt"_s);
    if (const QString lang = in.string(u"lang"_s); !lang.isEmpty())
        a.lang = lang; // absent before protocol addition 2026-12-04: "az"
    if (in.malformed() || !state)
        return std::nullopt;
    a.state = *state;
    return a;
}

QJsonObject encode(const Feedback &feedback)
{
    return QJsonObject{
        {u"ticket"_s, feedback.ticket},
        {u"rating"_s, feedback.rating},
        {u"comment"_s, feedback.comment},
        {u"counter"_s, stringOrNull(feedback.counter)},
        {u"operator"_s, stringOrNull(feedback.operatorId)},
        {u"service"_s, feedback.service},
        {u"at"_s, isoTimeOrNull(feedback.at)},
    };
}

template <> std::optional<Feedback> decode(const QJsonObject &json)
{
    FieldReader in(json);
    Feedback f;
    f.ticket = in.string(u"ticket"_s, true);
    f.rating = int(in.integer(u"rating"_s, 0, true));
    f.comment = in.string(u"comment"_s);
    f.counter = in.string(u"counter"_s);
    f.operatorId = in.string(u"operator"_s);
    f.service = in.string(u"service"_s);
    f.at = in.time(u"at"_s);
    if (in.malformed())
        return std::nullopt;
    return f;
}

} // namespace novbe
