#include "dashboardharness.h"

#include "peopletables.h"
#include "samplecentre.h"
#include "servicestable.h"
#include "testcentre.h"
#include "waiting.h"

#include <QApplication>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

constexpr int WEEK_SEC = 7 * 24 * 3600;
constexpr int LAST_WEEK_START_SEC = 3600; // last week's day starts at 09:00, an hour earlier
constexpr int ROUND_SEC = 15 * 60;
constexpr int ARRIVAL_ROUNDS = 14;   // citizens come every 15 minutes until 12:30
constexpr int LAST_WEEK_ROUNDS = 16; // and are all served by 13:00

EngineProcessOptions manualClock(History history)
{
    QDateTime start = defaultClockStart();
    if (history == History::LastWeek)
        start = start.addSecs(-WEEK_SEC - LAST_WEEK_START_SEC);
    return EngineProcessOptions::manual(start);
}

const std::vector<std::pair<QString, QString>> COUNTERS{
    {u"op01"_s, u"c01"_s}, {u"op02"_s, u"c02"_s}, {u"op03"_s, u"c03"_s}};

} // namespace

DashboardHall::DashboardHall(History history)
    : m_history(history), m_engine(sampleConfigPath(), manualClock(history))
{
}

DashboardHall::~DashboardHall()
{
    m_window.reset();
    m_link.reset();
}

bool DashboardHall::start()
{
    if (!m_engine.start())
        return false;
    m_kiosk = connectAs(m_engine.port(), u"kiosk-1"_s);
    m_manager = connectAs(m_engine.port(), u"dashboard-1"_s);
    if (m_history == History::LastWeek)
        playLastWeek();
    playMorning();
    return true;
}

bool DashboardHall::advanceClock(int sec)
{
    return !novbe::test::advanceClock(*m_manager, sec).isEmpty();
}

// Last week's day: arrivals rising to a late-morning peak of 8 a quarter
// (passports and ID cards) against three counters serving one ticket each
// every 7.5 minutes, so a short queue builds and clears; all served by
// 13:00, the counters closed.
void DashboardHall::playLastWeek()
{
    for (size_t i = 0; i < COUNTERS.size(); ++i) {
        const QString desk = u"desk-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        m_desks.push_back(
            openCounter(m_engine.port(), desk, COUNTERS[i].first, COUNTERS[i].second));
    }
    const QStringList services{u"passport"_s, u"idCard"_s, u"passport"_s};
    for (int round = 0; round < LAST_WEEK_ROUNDS; ++round) {
        const int arrivals = round < ARRIVAL_ROUNDS
            ? 2 + std::min(round, ARRIVAL_ROUNDS - 1 - round)
            : 0; // the last rounds clear the queue
        for (int i = 0; i < arrivals; ++i)
            okCall(*m_kiosk, u"ticket.issue"_s,
                   {{u"service"_s, services.at((round + i) % services.size())}});
        for (int half = 0; half < 2; ++half) {
            for (const auto &desk : m_desks) {
                desk->call(u"counter.finish"_s); // nothing in hand the first time
                desk->call(u"counter.callNext"_s);
                desk->call(u"counter.start"_s);
            }
            advanceClock(ROUND_SEC / 2);
        }
    }
    for (const auto &desk : m_desks) {
        desk->call(u"counter.finish"_s);
        okCall(*desk, u"counter.close"_s);
    }
    // On to this morning, 10:00: the day rolls over on the way.
    advanceClock(WEEK_SEC + LAST_WEEK_START_SEC - LAST_WEEK_ROUNDS * ROUND_SEC);
}

void DashboardHall::playMorning()
{
    auto issue = [this](const QString &service, int n) {
        for (int i = 0; i < n; ++i)
            okCall(*m_kiosk, u"ticket.issue"_s, {{u"service"_s, service}});
    };
    issue(u"passport"_s, 6);
    issue(u"taxpayerRegistration"_s, 3);
    issue(u"residencePermit"_s, 2);
    issue(u"socialBenefit"_s, 2);
    for (size_t i = 0; i < COUNTERS.size(); ++i) {
        if (i < m_desks.size()) { // still logged in since last week
            okCall(*m_desks[i], u"counter.open"_s, {{u"counter"_s, COUNTERS[i].second}});
            continue;
        }
        const QString desk = u"desk-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        m_desks.push_back(
            openCounter(m_engine.port(), desk, COUNTERS[i].first, COUNTERS[i].second));
    }
    advanceClock(4 * 60);
    okCall(*m_desks[0], u"counter.callNext"_s);
    okCall(*m_desks[0], u"counter.start"_s);
    advanceClock(6 * 60);
    const QString served =
        okCall(*m_desks[0], u"counter.finish"_s).value(u"ticket"_s)[u"id"_s].toString();
    okCall(*m_desks[0], u"feedback.submit"_s, {{u"ticket"_s, served}, {u"rating"_s, 5}});
    okCall(*m_desks[0], u"counter.callNext"_s);
    okCall(*m_desks[0], u"counter.start"_s);
    okCall(*m_desks[1], u"counter.pause"_s, {{u"reason"_s, u"lunch"_s}});
    okCall(*m_kiosk, u"device.report"_s,
           {{u"printer"_s, QJsonObject{{u"state"_s, u"paperLow"_s}}}});
    advanceClock(12 * 60); // passport waits pass half their target; c03 idles with a queue
}

DashboardWindow &DashboardHall::openDashboard(const QString &lang)
{
    ConnectionOptions options;
    options.port = m_engine.port();
    options.device = u"dashboard-1"_s;
    options.token = demoToken(options.device);
    m_link = std::make_unique<AppLink>(options, u"novbe-dashboard-test"_s);
    m_window = std::make_unique<DashboardWindow>(m_link.get(), lang);
    m_window->resize(1920, 1080);
    m_window->show();
    m_window->start();
    DashboardWindow &w = *m_window;
    REQUIRE(waitUntil([&w] {
        return w.servicesTable()->rowCount() > 0 && w.operatorsTable()->rowCount() > 0
            && w.devicesTable()->rowCount() > 0 && !w.model().services().empty()
            && w.model().cards().issuedToday > 0;
    }));
    return w;
}

bool DashboardHall::refreshed()
{
    bool done = false;
    QObject context;
    QObject::connect(&m_window->feed(), &DashboardFeed::polled, &context, [&done] { done = true; });
    m_window->feed().refresh();
    return waitUntil([&done] { return done; });
}

} // namespace novbe::test
