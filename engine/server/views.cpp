#include "views.h"

#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int RECENT_CALLS = 10;

ServiceQueueView serviceQueue(const QueueEngine &core, const QString &service, bool withLists,
                              const QDateTime &now)
{
    const ServiceQueue queue = core.query().queue(service, now);
    ServiceQueueView out{
        service,     int(queue.waiting.size()), queue.longestWaitSec, queue.etaSec, std::nullopt,
        std::nullopt};
    if (withLists) {
        out.waiting.emplace();
        for (const Ticket *t : queue.waiting)
            out.waiting->push_back(liveTicketView(core, *t, now));
        out.parked.emplace();
        for (const Ticket *t : core.query().parked(service))
            out.parked->push_back(ticketView(*t));
    }
    return out;
}

std::vector<RecentCallView> recentCalls(const QueueEngine &core, const ViewScope &scope)
{
    std::vector<const Ticket *> called;
    for (const Ticket &t : core.query().tickets()) {
        if (t.calledAt.isValid() && !t.counter.isEmpty() && scope.showsService(t.service)
            && scope.showsCounter(t.counter))
            called.push_back(&t);
    }
    std::sort(called.begin(), called.end(),
              [](const Ticket *a, const Ticket *b) { return a->calledAt > b->calledAt; });
    if (called.size() > size_t(RECENT_CALLS))
        called.resize(RECENT_CALLS);
    std::vector<RecentCallView> out;
    for (const Ticket *p : called) {
        const Ticket &t = *p;
        const TicketView ticket(t);
        out.push_back(RecentCallView{scope.display ? ticket.toReduced() : ticket,
                                     counterRef(t.counter, core.query().config()), t.calledAt});
    }
    return out;
}

CounterView liveCounterView(const QueueEngine &core, const CounterStatus &counter, bool reduced)
{
    std::optional<Ticket> current;
    if (const Ticket *t = counter.ticket.isEmpty() ? nullptr : core.query().ticket(counter.ticket))
        current = *t;
    return counterView(counter, core.query().config(), current, reduced);
}

std::vector<CounterView> counterViews(const QueueEngine &core, const ViewScope &scope)
{
    std::vector<CounterView> out;
    for (const CounterStatus &c : core.query().counters()) {
        if (scope.showsCounter(c.id))
            out.push_back(liveCounterView(core, c, scope.display));
    }
    return out;
}

} // namespace

Zone ViewScope::zone() const
{
    if (!display || !device)
        return {};
    return Zone{device->zoneServices, device->zoneCounters};
}

bool ViewScope::showsService(const QString &service) const
{
    return zone().showsService(service);
}

bool ViewScope::showsCounter(const QString &counter) const
{
    return zone().showsCounter(counter);
}

TicketView liveTicketView(const QueueEngine &core, const Ticket &ticket, const QDateTime &now)
{
    if (ticket.state == TicketState::Waiting && ticket.serviceDay == core.query().serviceDay())
        return ticketView(ticket, core.query().estimate(ticket.id, now));
    return ticketView(ticket);
}

CentreView centreView(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    CentreView view;
    view.centre = centreInfoView(core.query().config());
    for (const Category &c : core.query().config().categories)
        view.categories.push_back(categoryView(c));
    for (const ServiceConfig &s : core.query().config().services) {
        if (scope.showsService(s.id))
            view.services.push_back(
                serviceView(s, core.query().serviceOpen(s.id, now), core.query().control(s.id)));
    }
    view.counters = counterViews(core, scope);
    if (scope.manager)
        view.targets = core.query().config().dashboard;
    return view;
}

QueueSnapshot queueSnapshot(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    QueueSnapshot snapshot{
        core.query().serviceDay(), core.query().lastSeq(),   {},
        counterViews(core, scope), recentCalls(core, scope), core.query().message(now)};
    for (const ServiceConfig &s : core.query().config().services) {
        if (scope.showsService(s.id))
            snapshot.services.push_back(serviceQueue(core, s.id, !scope.display, now));
    }
    return snapshot;
}

HelloView helloView(const QueueEngine &core, Role role, const QString &device)
{
    return HelloView{PROTOCOL_VERSION,
                     u"novbe-engine/"_s + QCoreApplication::applicationVersion(),
                     roleName(role),
                     device,
                     centreInfoView(core.query().config()),
                     core.query().serviceDay(),
                     core.query().lastSeq()};
}

StatsView statsView(const QueueEngine &core, const std::vector<Feedback> &dayFeedback)
{
    return StatsView{kpisFromTickets(core.query().config(), core.query().tickets(), dayFeedback),
                     core.query().serviceDay(), core.query().lastSeq()};
}

QJsonObject centreInfoJson(const CentreConfig &config)
{
    return encode(centreInfoView(config));
}

QJsonObject ticketJson(const QueueEngine &core, const Ticket &ticket, const QDateTime &now)
{
    return encode(liveTicketView(core, ticket, now));
}

QJsonObject counterJson(const QueueEngine &core, const CounterStatus &counter, bool reduced)
{
    return encode(liveCounterView(core, counter, reduced));
}

QJsonObject centreGetJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    return encode(centreView(core, scope, now));
}

QJsonObject snapshotJson(const QueueEngine &core, const ViewScope &scope, const QDateTime &now)
{
    return encode(queueSnapshot(core, scope, now));
}

QJsonObject helloResultJson(const QueueEngine &core, Role role, const QString &device)
{
    return encode(helloView(core, role, device));
}

QJsonObject statsTodayJson(const QueueEngine &core, const std::vector<Feedback> &dayFeedback)
{
    return encode(statsView(core, dayFeedback));
}

} // namespace novbe
