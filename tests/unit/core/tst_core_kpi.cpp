// KPIs from the live tickets and from the journal agree.
#include "testcentre.h"

#include "core/kpi.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

TEST_CASE("KPIs from tickets and from the journal", "[core][kpi]")
{
    QueueEngine e(centre(), 9);
    startDay(e);
    std::vector<DomainEvent> journal;
    std::vector<Feedback> feedback;
    auto keep = [&](Result<Outcome> r) {
        REQUIRE(r.ok());
        journal.insert(journal.end(), r->events.begin(), r->events.end());
        for (const DomainEvent &ev : r->events) {
            if (ev.feedback)
                feedback.push_back(*ev.feedback);
        }
        e.commit();
        return r;
    };
    const QString c3 = QStringLiteral("c3");
    keep(e.desks().openCounter(c3, QStringLiteral("op3"), {}, baku(9, 0)));
    const QString a = keep(e.flow().issue(walkIn(QStringLiteral("bank")), baku(9, 0)))->ticket->id;
    keep(e.flow().issue(walkIn(QStringLiteral("bank")), baku(9, 1)));
    keep(e.flow().issue(walkIn(QStringLiteral("notary")), baku(9, 2)));
    keep(e.desks().callNext(c3, baku(9, 10))); // D001 after 10 min
    keep(e.desks().start(c3, baku(9, 11)));
    keep(e.desks().finish(c3, {}, baku(9, 15))); // 240 s
    keep(e.reports().submitFeedback(a, 4, {}, baku(9, 16)));
    keep(e.desks().callNext(c3, baku(9, 30))); // D002 waited longest
    keep(e.desks().noShow(c3, baku(9, 31)));

    const Kpis live = kpisFromTickets(e.query().config(), e.query().tickets(), feedback);
    const Kpis replayed = kpisFromEvents(e.query().config(), journal);
    CHECK(live == replayed);
    const ServiceKpi bank = live.services[3];
    REQUIRE(bank.id == QStringLiteral("bank"));
    CHECK(bank.issued == 2);
    CHECK(bank.served == 1);
    CHECK(bank.avgServiceSec == 240);
    CHECK(live.counters[2].served == 1);
    CHECK(live.feedbackCount == 1);
    CHECK(live.avgRating == Approx(4.0));
    int noShows = 0;
    for (const ServiceKpi &s : live.services)
        noShows += s.noShow;
    CHECK(noShows == 1);
}
