#include "displaydemo.h"

#include "displaymodel.h"
#include "displaywindow.h"

#include "protocol/codec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

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
    {"A042", "idCard", "c07", 4, 0},        {"B118", "passport", "c12", 40, 1},
    {"E017", "drivingLicence", "c03", 75, 0}, {"NA005", "notary", "c13", 130, 0},
    {"A041", "idCard", "c01", 160, 0},      {"C009", "residence", "c05", 200, 0},
    {"B117", "passport", "c02", 230, 2},    {"V031", "tax", "c18", 260, 0},
    {"A040", "idCard", "c04", 300, 0},      {"P012", "pension", "c20", 340, 0},
    {"D023", "criminalRecord", "c06", 380, 0}, {"G004", "residencePermit", "c09", 420, 0},
    {"A039", "idCard", "c03", 460, 0},
};

QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(11, 24), QTimeZone("Asia/Baku")).toUTC();
}

QJsonObject demoSnapshot(const DisplayCentre &centre, const QDateTime &now)
{
    QJsonArray recent;
    for (const DemoCall &c : DEMO_CALLS) {
        const QString counter = QString::fromLatin1(c.counter);
        const QJsonObject ticket{{u"id"_s, QString(u"t_"_s + QLatin1String(c.number))},
                                 {u"number"_s, QString::fromLatin1(c.number)},
                                 {u"service"_s, QString::fromLatin1(c.service)},
                                 {u"state"_s, u"called"_s}, {u"counter"_s, counter},
                                 {u"recalls"_s, c.recalls}};
        recent.append(QJsonObject{
            {u"ticket"_s, ticket},
            {u"counter"_s, QJsonObject{{u"id"_s, counter},
                                       {u"name"_s, localizedToJson(centre.counterNames.value(counter))}}},
            {u"at"_s, isoTime(now.addSecs(-c.secondsAgo))}});
    }
    return {{u"serviceDay"_s, u"2026-11-28"_s}, {u"seq"_s, 4711}, {u"counters"_s, QJsonArray()},
            {u"recentCalls"_s, recent}};
}

bool loadCentre(const QString &path, DisplayCentre *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path + u": "_s + file.errorString();
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        *error = path + u" is not a JSON object"_s;
        return false;
    }
    // A centre config has the same centre/services/counters keys as centre.get.
    *out = DisplayCentre::fromJson(doc.object());
    return true;
}

} // namespace

bool renderDemoScreenshot(const DisplaySettings &settings, QString *error)
{
    DisplayCentre centre;
    if (!loadCentre(settings.demoConfig, &centre, error))
        return false;
    ManualClock clock(demoNow());
    DisplayModel model(clock, settings.model);
    model.setCentre(centre);
    if (settings.demoState != u"empty")
        model.applySnapshot(demoSnapshot(centre, clock.now().addSecs(-1)));
    const bool flash = settings.demoState == u"flash";
    clock.advanceMs(flash ? 100 : 4000);   // inside the first flash, or after all three
    DisplayWindow window(model, clock);
    window.setAnimated(false);
    const QStringList langs = settings.labelLanguages.isEmpty() ? centre.languages
                                                                : settings.labelLanguages;
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
