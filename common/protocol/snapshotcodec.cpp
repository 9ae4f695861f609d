// Encoders and decoders of queue.snapshot.

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

QJsonObject encode(const ServiceQueueView &q)
{
    QJsonObject json{{u"id"_s, q.id},
                     {u"waitingCount"_s, q.waitingCount},
                     {u"longestWaitSec"_s, q.longestWaitSec},
                     {u"etaSec"_s, q.etaSec}};
    if (q.waiting)
        json.insert(u"waiting"_s, detail::encodeList(*q.waiting));
    if (q.parked)
        json.insert(u"parked"_s, detail::encodeList(*q.parked));
    return json;
}

namespace {

std::optional<std::vector<TicketView>> readTickets(FieldReader &in, const QJsonObject &json,
                                                   const QString &name)
{
    if (!json.contains(name))
        return std::nullopt;
    std::vector<TicketView> list;
    detail::readList(in, json, name, list);
    return list;
}

} // namespace

template <> std::optional<ServiceQueueView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    ServiceQueueView q;
    q.id = in.string(u"id"_s, true);
    q.waitingCount = int(in.integer(u"waitingCount"_s));
    q.longestWaitSec = in.integer(u"longestWaitSec"_s);
    q.etaSec = int(in.integer(u"etaSec"_s));
    q.waiting = readTickets(in, json, u"waiting"_s);
    q.parked = readTickets(in, json, u"parked"_s);
    return in.malformed() ? std::nullopt : std::optional(q);
}

QJsonObject encode(const RecentCallView &call)
{
    return QJsonObject{{u"ticket"_s, encode(call.ticket)},
                       {u"counter"_s, encode(call.counter)},
                       {u"at"_s, isoTime(call.at)}};
}

template <> std::optional<RecentCallView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    const std::optional<TicketView> ticket = decode<TicketView>(in.object(u"ticket"_s, true));
    const std::optional<CounterRef> counter = decode<CounterRef>(in.object(u"counter"_s, true));
    const QDateTime at = in.time(u"at"_s, true);
    if (in.malformed() || !ticket || !counter)
        return std::nullopt;
    return RecentCallView{*ticket, *counter, at};
}

QJsonObject encode(const QueueSnapshot &s)
{
    QJsonObject json{{u"serviceDay"_s, s.serviceDay},
                     {u"seq"_s, s.seq},
                     {u"services"_s, detail::encodeList(s.services)},
                     {u"counters"_s, detail::encodeList(s.counters)},
                     {u"recentCalls"_s, detail::encodeList(s.recentCalls)}};
    if (s.message)
        json.insert(u"message"_s, encode(*s.message));
    return json;
}

template <> std::optional<QueueSnapshot> decode(const QJsonObject &json)
{
    FieldReader in(json);
    QueueSnapshot s;
    s.serviceDay = in.string(u"serviceDay"_s);
    s.seq = in.integer(u"seq"_s);
    detail::readList(in, json, u"services"_s, s.services);
    detail::readList(in, json, u"counters"_s, s.counters);
    detail::readList(in, json, u"recentCalls"_s, s.recentCalls);
    if (json.value(u"message"_s).isObject()) {
        s.message = decode<DisplayMessage>(json.value(u"message"_s).toObject());
        if (!s.message)
            in.markMalformed();
    }
    return in.malformed() ? std::nullopt : std::optional(s);
}

} // namespace novbe
