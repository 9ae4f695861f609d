#include "hqrow.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe::hq {

const char *const INSERT_EVENTS_SQL =
    "INSERT INTO hq.events (centre_id, seq, day, at, type, ticket_id, number, service, "
    "origin_service, category, state, counter, operator_id, issued_at, first_called_at, "
    "started_at, ended_at, target_wait_sec, rating, detail) "
    "SELECT $1, r.* FROM jsonb_to_recordset($2::jsonb) AS r(seq bigint, day date, "
    "at timestamptz, type text, ticket_id text, number text, service text, origin_service text, "
    "category text, state text, counter text, operator_id text, issued_at timestamptz, "
    "first_called_at timestamptz, started_at timestamptz, ended_at timestamptz, "
    "target_wait_sec integer, rating integer, detail jsonb) "
    "WHERE r.seq > (SELECT last_seq FROM hq.centres WHERE centre_id = $1) "
    "ORDER BY r.seq ON CONFLICT DO NOTHING";

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

void ticketColumns(const CentreConfig &config, const Ticket &t, QJsonObject &row)
{
    const QString origin = t.originalService.isEmpty() ? t.service : t.originalService;
    row[u"ticket_id"_s] = t.id;
    row[u"number"_s] = t.number;
    row[u"service"_s] = t.service;
    row[u"origin_service"_s] = origin;
    row[u"category"_s] = t.category;
    row[u"state"_s] = ticketStateName(t.state);
    row[u"counter"_s] = t.counter;
    row[u"issued_at"_s] = time(t.issuedAt);
    row[u"first_called_at"_s] = time(t.firstCalledAt);
    row[u"started_at"_s] = time(t.startedAt);
    row[u"ended_at"_s] = time(t.endedAt);
    if (const ServiceConfig *s = config.service(origin))
        row[u"target_wait_sec"_s] = s->targetWaitMin * 60;
}

QJsonObject alertDetail(const AlertRecord &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"code"_s, a.code},
                       {u"severity"_s, a.severity},
                       {u"subject"_s, a.subject},
                       {u"value"_s, a.value},
                       {u"limit"_s, a.limit},
                       {u"raisedAt"_s, time(a.raisedAt)},
                       {u"clearedAt"_s, time(a.clearedAt)},
                       {u"ackedAt"_s, time(a.ackedAt)}};
}

// Not the name, phone or code: the booking's figures only.
QJsonObject appointmentDetail(const Appointment &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"service"_s, a.service},
                       {u"start"_s, time(a.start)},
                       {u"end"_s, time(a.end)},
                       {u"state"_s, appointmentStateName(a.state)},
                       {u"ticket"_s, a.ticket},
                       {u"bookedAt"_s, time(a.bookedAt)}};
}

void otherColumns(const DomainEvent &e, QJsonObject &row, QJsonObject &detail)
{
    if (e.counter) {
        row[u"counter"_s] = e.counter->id;
        row[u"state"_s] = counterStateName(e.counter->state);
        row[u"operator_id"_s] = e.counter->operatorId;
        detail[u"operatorName"_s] = e.counter->operatorName;
        detail[u"pauseReason"_s] = e.counter->pauseReason;
        detail[u"ticket"_s] = e.counter->ticket;
    }
    if (e.feedback) { // not the comment
        row[u"ticket_id"_s] = e.feedback->ticket;
        row[u"service"_s] = e.feedback->service;
        row[u"counter"_s] = e.feedback->counter;
        row[u"operator_id"_s] = e.feedback->operatorId;
        row[u"rating"_s] = e.feedback->rating;
    }
    if (e.appointment)
        detail[u"appointment"_s] = appointmentDetail(*e.appointment);
    if (e.alert)
        detail = alertDetail(*e.alert);
    if (e.type == EventType::QueueChanged) {
        row[u"service"_s] = e.service;
        detail[u"waiting"_s] = e.waitingCount;
        detail[u"etaSec"_s] = e.etaSec;
    }
    if (e.type == EventType::DeviceChanged) {
        detail[u"device"_s] = e.device;
        detail[u"online"_s] = e.online;
        detail[u"printerState"_s] = e.printerState;
    }
    if (e.type == EventType::DayRollover)
        detail[u"serviceDay"_s] = e.serviceDay;
}

} // namespace

QJsonObject eventRow(const CentreConfig &config, const QString &day, const DomainEvent &e)
{
    QJsonObject row{{u"seq"_s, e.seq},
                    {u"day"_s, day},
                    {u"at"_s, time(e.at)},
                    {u"type"_s, eventTypeName(e.type)}};
    QJsonObject detail;
    if (e.ticket && e.type != EventType::CounterChanged && e.type != EventType::FeedbackSubmitted) {
        ticketColumns(config, *e.ticket, row);
        if (e.type == EventType::TicketTransferred)
            detail[u"from"_s] = e.service;
        if (e.type == EventType::TicketCalled)
            detail[u"recall"_s] = e.recall;
    } else {
        otherColumns(e, row, detail);
    }
    row[u"detail"_s] = detail;
    return row;
}

} // namespace novbe::hq
