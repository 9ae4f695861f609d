#include "displaydemo.h"

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

} // namespace

bool renderDemoScreenshot(const DisplaySettings &settings, QString *error)
{
    CentreConfig config;
    if (!loadCentre(settings.demoConfig, &config, error))
        return false;
    ManualClock clock(demoNow());
    DisplayModel model(clock, settings.model);
    const CentreView centre = centreViewOf(config);
    model.setCentre(centre);
    const QStringList langs = settings.labelLanguages.isEmpty() ? centre.centre.languages
                                                                : settings.labelLanguages;
    if (settings.demoState != u"empty") {
        QueueSnapshot snapshot = demoSnapshot(config, clock.now().addSecs(-1));
        if (settings.demoState == u"ticker")
            snapshot.message = demoMessage(langs.value(0, u"az"_s), clock.now());
        model.applySnapshot(snapshot);
    }
    const bool flash = settings.demoState == u"flash";
    clock.advanceMs(flash ? 100 : 4000); // inside the first flash, or after all three
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    window.setLabelRotation({langs.value(0, u"az"_s)}, 0);
    window.setTickerLanguages({langs.value(0, u"az"_s)});
    window.setOnline(settings.demoState != u"offline");
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

} // namespace novbe
