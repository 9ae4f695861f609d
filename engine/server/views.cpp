#include "views.h"

#include "protocol/codec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int RECENT_CALLS = 10;

QJsonArray categoriesJson(const CentreConfig &config)
{
    QJsonArray out;
    for (const Category &c : config.categories)
        out.append(QJsonObject{{u"id"_s, c.id}, {u"name"_s, localizedToJson(c.name)},
                               {u"boostMin"_s, c.boostMin}, {u"needsProof"_s, c.needsProof}});
    return out;
}

QJsonArray servicesJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    QJsonArray out;
    for (const ServiceConfig &s : core.config().services) {
        if (!scope.showsService(s.id))
            continue;
        out.append(QJsonObject{
            {u"id"_s, s.id},
            {u"prefix"_s, s.prefix},
            {u"name"_s, localizedToJson(s.name)},
            {u"group"_s, s.group},
            {u"groupName"_s, localizedToJson(s.groupName)},
            {u"targetWaitMin"_s, s.targetWaitMin},
            {u"open"_s, core.serviceOpen(s.id, now)},
            {u"appointments"_s, s.appointments.enabled},
            {u"hours"_s, s.hours ? QJsonValue(QJsonArray{s.hours->open.toString(u"HH:mm"_s),
                                                         s.hours->close.toString(u"HH:mm"_s)})
                                 : QJsonValue(QJsonValue::Null)},
            {u"outcomes"_s, QJsonArray::fromStringList(s.outcomes)},
        });
    }
    return out;
}

QJsonObject serviceQueueJson(const QueueEngine &core, const QString &service, bool withList,
                             const QDateTime &now)
{
    const ServiceQueue queue = core.queue(service, now);
    QJsonObject out{{u"id"_s, service},
                    {u"waitingCount"_s, int(queue.waiting.size())},
                    {u"longestWaitSec"_s, queue.longestWaitSec},
                    {u"etaSec"_s, queue.etaSec}};
    if (withList) {
        QJsonArray waiting;
        for (const Ticket *t : queue.waiting)
            waiting.append(ticketJson(core, *t, now));
        out.insert(u"waiting"_s, waiting);
        QJsonArray parked;
        for (const Ticket *t : core.parked(service))
            parked.append(ticketToJson(*t));
        out.insert(u"parked"_s, parked);
    }
    return out;
}

QJsonArray recentCallsJson(const QueueEngine &core, const ViewScope &scope)
{
    std::vector<Ticket> called;
    for (const Ticket &t : core.tickets()) {
        if (t.calledAt.isValid() && !t.counter.isEmpty() && scope.showsService(t.service)
            && scope.showsCounter(t.counter))
            called.push_back(t);
    }
    std::sort(called.begin(), called.end(),
              [](const Ticket &a, const Ticket &b) { return a.calledAt > b.calledAt; });
    if (called.size() > size_t(RECENT_CALLS))
        called.resize(RECENT_CALLS);
    QJsonArray out;
    for (const Ticket &t : called) {
        const CounterConfig *counter = core.config().counter(t.counter);
        const QJsonObject counterRef{
            {u"id"_s, t.counter},
            {u"name"_s, counter ? localizedToJson(counter->name) : QJsonObject()}};
        out.append(QJsonObject{
            {u"ticket"_s, scope.display ? reducedTicketToJson(t) : ticketToJson(t)},
            {u"counter"_s, counterRef},
            {u"at"_s, isoTime(t.calledAt)}});
    }
    return out;
}

} // namespace

bool ViewScope::showsService(const QString &service) const
{
    return !display || !device || device->zoneServices.isEmpty()
        || device->zoneServices.contains(service);
}

bool ViewScope::showsCounter(const QString &counter) const
{
    return !display || !device || device->zoneCounters.isEmpty()
        || device->zoneCounters.contains(counter);
}

QJsonObject centreInfoJson(const CentreConfig &config)
{
    const CentreInfo &c = config.centre;
    return QJsonObject{{u"id"_s, c.id},
                       {u"name"_s, localizedToJson(c.name)},
                       {u"timezone"_s, c.timezone},
                       {u"languages"_s, QJsonArray::fromStringList(c.languages)},
                       {u"maxRecalls"_s, c.maxRecalls},
                       {u"ticker"_s, localizedToJson(c.ticker)},
                       {u"trackingBaseUrl"_s, c.trackingBaseUrl}};
}

QJsonObject ticketJson(const QueueEngine &core, const Ticket &ticket, const QDateTime &now)
{
    if (ticket.state == TicketState::Waiting && ticket.serviceDay == core.serviceDay())
        return ticketToJson(ticket, core.estimate(ticket.id, now));
    return ticketToJson(ticket);
}

QJsonObject counterJson(const QueueEngine &core, const CounterStatus &counter, bool reduced)
{
    std::optional<Ticket> current;
    if (const Ticket *t = counter.ticket.isEmpty() ? nullptr : core.ticket(counter.ticket))
        current = *t;
    return counterToJson(counter, core.config(), current, reduced);
}

QJsonArray countersJson(const QueueEngine &core, const ViewScope &scope)
{
    QJsonArray out;
    for (const CounterStatus &c : core.counters()) {
        if (scope.showsCounter(c.id))
            out.append(counterJson(core, c, scope.display));
    }
    return out;
}

QJsonObject centreGetJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    return QJsonObject{{u"centre"_s, centreInfoJson(core.config())},
                       {u"categories"_s, categoriesJson(core.config())},
                       {u"services"_s, servicesJson(core, scope, now)},
                       {u"counters"_s, countersJson(core, scope)}};
}

QJsonObject snapshotJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    QJsonArray services;
    for (const ServiceConfig &s : core.config().services) {
        if (scope.showsService(s.id))
            services.append(serviceQueueJson(core, s.id, !scope.display, now));
    }
    return QJsonObject{{u"serviceDay"_s, core.serviceDay()},
                       {u"seq"_s, core.lastSeq()},
                       {u"services"_s, services},
                       {u"counters"_s, countersJson(core, scope)},
                       {u"recentCalls"_s, recentCallsJson(core, scope)}};
}

} // namespace novbe
