#include "codec.h"

#include <cstdio>

#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;
using detail::stringOrNull;

QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Formatted by hand: QDateTime::toString was a fifth of the engine's CPU
    // per request in the benchmark profile.
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 DAY_MS = 86400000;
    const qint64 days = ms >= 0 ? ms / DAY_MS : -((-ms + DAY_MS - 1) / DAY_MS);
    const qint64 msOfDay = ms - days * DAY_MS;
    int year = 0, month = 0, day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month,
                                day, int(msOfDay / 3600000), int(msOfDay / 60000 % 60),
                                int(msOfDay / 1000 % 60), int(msOfDay % 1000));
    return QString::fromLatin1(buf, n);
}

QJsonValue isoTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseIsoTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    // The result must print back in the same four-digit-year form.
    const bool printable = parsed.isValid() && parsed.date().year() >= 1
        && parsed.date().year() <= 9999;
    return printable ? parsed : QDateTime();
}

QJsonObject localizedToJson(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

LocalizedText localizedFromJson(const QJsonObject &json)
{
    LocalizedText text;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isString())
            text.insert(it.key(), it.value().toString());
    }
    return text;
}

QJsonObject ticketToJson(const Ticket &ticket, std::optional<WaitEstimate> estimate)
{
    const bool waiting = ticket.state == TicketState::Waiting && estimate.has_value();
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
        {u"ahead"_s, waiting ? estimate->ahead : 0},
        {u"etaSec"_s, waiting ? estimate->etaSec : 0},
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

QJsonObject reducedTicketToJson(const Ticket &ticket)
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

QJsonObject reduceTicketJson(const QJsonObject &ticket)
{
    QJsonObject reduced;
    for (const QString &key : {u"id"_s, u"number"_s, u"service"_s, u"state"_s, u"counter"_s,
                               u"recalls"_s})
        reduced.insert(key, ticket.value(key));
    return reduced;
}

static int numberValueOf(const QString &number)
{
    qsizetype digits = number.size();
    while (digits > 0 && number.at(digits - 1).isDigit())
        --digits;
    return number.mid(digits).toInt();
}

std::optional<Ticket> ticketFromJson(const QJsonObject &json)
{
    FieldReader in(json);
    Ticket t;
    t.id = in.string(u"id"_s, true);
    t.number = in.string(u"number"_s, true);
    t.numberValue = numberValueOf(t.number);
    t.service = in.string(u"service"_s, true);
    t.category = in.string(u"category"_s, true);
    const std::optional<TicketState> state = ticketStateFromName(in.string(u"state"_s, true));
    t.issuedAt = in.time(u"issuedAt"_s, true);
    t.calledAt = in.time(u"calledAt"_s);
    t.startedAt = in.time(u"startedAt"_s);
    t.endedAt = in.time(u"endedAt"_s);
    t.counter = in.string(u"counter"_s);
    t.recalls = int(in.integer(u"recalls"_s));
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
    if (in.malformed() || !state)
        return std::nullopt;
    t.state = *state;
    return t;
}

static QJsonArray counterServices(const CounterConfig *config)
{
    QJsonArray services;
    if (config) {
        for (const CounterService &entry : config->services)
            services.append(entry.service);
    }
    return services;
}

QJsonObject counterToJson(const CounterStatus &counter, const CentreConfig &config,
                          const std::optional<Ticket> &current, bool reduced)
{
    const CounterConfig *staticConfig = config.counter(counter.id);
    QJsonValue ticket = QJsonValue::Null;
    if (current && !counter.ticket.isEmpty() && current->id == counter.ticket)
        ticket = reduced ? reducedTicketToJson(*current) : ticketToJson(*current);
    QJsonValue op = QJsonValue::Null;
    if (!counter.operatorId.isEmpty())
        op = QJsonObject{{u"id"_s, counter.operatorId}, {u"name"_s, counter.operatorName}};
    return QJsonObject{
        {u"id"_s, counter.id},
        {u"name"_s, staticConfig ? localizedToJson(staticConfig->name) : QJsonObject()},
        {u"services"_s, counterServices(staticConfig)},
        {u"state"_s, counterStateName(counter.state)},
        {u"operator"_s, op},
        {u"ticket"_s, ticket},
        {u"pauseReason"_s, stringOrNull(counter.pauseReason)},
        // Additions: the current ticket id even when `ticket` is not sent.
        {u"ticketId"_s, stringOrNull(counter.ticket)},
        {u"changedAt"_s, isoTimeOrNull(counter.changedAt)},
    };
}

std::optional<CounterStatus> counterFromJson(const QJsonObject &json)
{
    FieldReader in(json);
    CounterStatus c;
    c.id = in.string(u"id"_s, true);
    const std::optional<CounterState> state = counterStateFromName(in.string(u"state"_s, true));
    FieldReader op(in.object(u"operator"_s));
    c.operatorId = op.string(u"id"_s);
    c.operatorName = op.string(u"name"_s);
    c.ticket = in.string(u"ticketId"_s);
    if (c.ticket.isEmpty())
        c.ticket = FieldReader(in.object(u"ticket"_s)).string(u"id"_s);
    c.pauseReason = in.string(u"pauseReason"_s);
    c.changedAt = in.time(u"changedAt"_s);
    if (in.malformed() || op.malformed() || !state)
        return std::nullopt;
    c.state = *state;
    return c;
}

QJsonObject appointmentToJson(const Appointment &appointment)
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
    };
}

std::optional<Appointment> appointmentFromJson(const QJsonObject &json)
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
    if (in.malformed() || !state)
        return std::nullopt;
    a.state = *state;
    return a;
}

QJsonObject feedbackToJson(const Feedback &feedback)
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

std::optional<Feedback> feedbackFromJson(const QJsonObject &json)
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
