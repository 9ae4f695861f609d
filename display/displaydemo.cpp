#include "displaydemo.h"

#include "deskwindow.h"
#include "displaymodel.h"
#include "displaywindow.h"

#include "core/configloader.h"
#include "protocol/viewbuilders.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

struct DemoCall
{
    const char *number;
    const char *service;
    const char *counter;
    int secondsAgo;
    int recalls;
};

// Newest first: what a busy Tuesday morning in the hall looks like.
constexpr DemoCall DEMO_CALLS[] = {
    {"A042", "idCard", "c07", 4, 0},           {"B118", "passport", "c12", 40, 1},
    {"E017", "drivingLicence", "c03", 75, 0},  {"NA005", "notary", "c13", 130, 0},
    {"A041", "idCard", "c01", 160, 0},         {"C009", "residence", "c05", 200, 0},
    {"B117", "passport", "c02", 230, 2},       {"V031", "tax", "c18", 260, 0},
    {"A040", "idCard", "c04", 300, 0},         {"P012", "pension", "c20", 340, 0},
    {"D023", "criminalRecord", "c06", 380, 0}, {"G004", "residencePermit", "c09", 420, 0},
    {"A039", "idCard", "c03", 460, 0},
};

QDateTime demoNow()
{
    // 11:24 in the sample centre's zone (UTC+4).
    return QDateTime(QDate(2026, 11, 28), QTime(7, 24), Qt::UTC);
}

// The counters as a busy hall has them: each serves the ticket last called
// there; `state` overrides the desk counter's state (paused, closed).
std::vector<CounterView> demoCounters(const CentreConfig &config, const QueueSnapshot &calls,
                                      const QString &desk, const QString &state)
{
    std::vector<CounterView> out;
    for (const CounterConfig &c : config.counters) {
        CounterView view;
        view.id = c.id;
        view.name = c.name;
        view.state = CounterState::Idle;
        for (const RecentCallView &call : calls.recentCalls) { // newest first
            if (call.counter.id == c.id && !view.ticket) {
                view.ticket = call.ticket;
                view.ticketId = call.ticket.id;
                view.state = CounterState::Serving;
            }
        }
        if (c.id == desk && state == u"paused")
            view.state = CounterState::Paused;
        if (c.id == desk && state == u"closed")
            view.state = CounterState::Closed;
        if (c.id == desk && state == u"empty") {
            view.state = CounterState::Idle;
            view.ticket.reset();
            view.ticketId.clear();
        }
        out.push_back(view);
    }
    return out;
}

QueueSnapshot demoSnapshot(const CentreConfig &config, const QDateTime &now)
{
    QueueSnapshot snapshot{u"2026-11-28"_s, 4711, {}, {}, {}, {}};
    for (const DemoCall &c : DEMO_CALLS) {
        TicketView ticket;
        ticket.reduced = true;
        ticket.id = u"t_"_s + QLatin1String(c.number);
        ticket.number = QString::fromLatin1(c.number);
        ticket.service = QString::fromLatin1(c.service);
        ticket.state = TicketState::Called;
        ticket.counter = QString::fromLatin1(c.counter);
        ticket.recalls = c.recalls;
        snapshot.recentCalls.push_back(
            RecentCallView{ticket, counterRef(ticket.counter, config), now.addSecs(-c.secondsAgo)});
    }
    return snapshot;
}

// A manager's ticker message (display.message) in `lang`, for an hour.
DisplayMessage demoMessage(const QString &lang, const QDateTime &now)
{
    const QString text = lang == u"ru"_s
        ? u"Внимание: нотариат сегодня принимает до 16:00. Справки — у стойки информации."_s
        : lang == u"en"_s
        ? u"Please note: the notary service takes visitors until 16:00 today. Ask at the reception desk."_s
        : u"Diqqət: notariat xidməti bu gün saat 16:00-a qədər işləyir. Məlumat masasına yaxınlaşın."_s;
    return DisplayMessage{text, now.addSecs(3600), u"dashboard-1"_s, now};
}

bool loadCentre(const QString &path, CentreConfig *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path + u": "_s + file.errorString();
        return false;
    }
    Result<CentreConfig> config = parseCentreConfig(file.readAll());
    if (!config) {
        *error = path + u": "_s + config.error().message;
        return false;
    }
    *out = std::move(config).value();
    return true;
}

bool saveGrab(QWidget &window, const DisplaySettings &settings, QString *error)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(settings.size);
    window.show();
    QCoreApplication::processEvents();
    if (!window.grab().save(settings.screenshot)) {
        *error = u"cannot write "_s + settings.screenshot;
        return false;
    }
    return true;
}

bool renderDesk(DisplayModel &model, const Clock &clock, const DisplaySettings &settings,
                const QString &lang, QString *error)
{
    DeskWindow desk(model, clock, settings.deskCounter);
    desk.setAnimated(false);
    desk.setLabelRotation({lang}, 0);
    desk.setOnline(settings.demoState != u"offline");
    if (!saveGrab(desk, settings, error))
        return false;
    const QStringList cut = desk.cutTexts();
    if (!cut.isEmpty())
        *error = cut.join(u'\n');
    return cut.isEmpty();
}

} // namespace

bool renderDemoScreenshot(const DisplaySettings &settings, QString *error)
{
    CentreConfig config;
    if (!loadCentre(settings.demoConfig, &config, error))
        return false;
    ManualClock clock(demoNow());
    DisplayModel model(clock, settings.model);
    CentreView centre = centreViewOf(config);
    QueueSnapshot snapshot = demoSnapshot(config, clock.now().addSecs(-1));
    if (settings.demoState == u"empty" && settings.deskCounter.isEmpty())
        snapshot.recentCalls.clear();
    if (settings.demoState == u"ticker") {
        const QStringList ls = settings.labelLanguages.isEmpty() ? centre.centre.languages
                                                                 : settings.labelLanguages;
        snapshot.message = demoMessage(ls.value(0, u"az"_s), clock.now());
    }
    centre.counters = demoCounters(config, snapshot, settings.deskCounter, settings.demoState);
    snapshot.counters = centre.counters;
    model.setCentre(centre);
    model.applySnapshot(snapshot);
    const bool flash = settings.demoState == u"flash";
    clock.advanceMs(flash ? 100 : 4000); // inside the first flash, or after all three
    const QStringList langs = settings.labelLanguages.isEmpty() ? centre.centre.languages
                                                                : settings.labelLanguages;
    const QString lang = langs.value(0, u"az"_s);
    if (!settings.deskCounter.isEmpty())
        return renderDesk(model, clock, settings, lang, error);
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.setLabelRotation({lang}, 0);
    window.setTickerLanguages({lang});
    window.setOnline(settings.demoState != u"offline");
    if (!saveGrab(window, settings, error))
        return false;
    const QStringList cut = window.cutTexts();
    if (!cut.isEmpty())
        *error = cut.join(u'\n');
    return cut.isEmpty();
}

} // namespace novbe
