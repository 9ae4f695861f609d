// Citizens' personal data (issue 15, docs/security.md, Privacy): a booked
// citizen's name and phone never reach a display, a manager or the log;
// after centre.personalDataDays they are purged from the database file (and
// its WAL) while the statistics answer exactly as before.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

const QString NAME = u"Privasiya Testadı Ülviyyə"_s;
const QString PHONE = u"+994551112233"_s;

// The database file and its WAL, as bytes on disk.
QByteArray fileBytes(const QString &dbPath)
{
    QByteArray bytes;
    for (const QString &path : QStringList{dbPath, dbPath + u"-wal"_s}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

bool holdsPersonalData(const QByteArray &bytes)
{
    return bytes.contains(NAME.toUtf8()) || bytes.contains(PHONE.toUtf8());
}

QByteArray everythingReceived(const TestClient &client)
{
    QByteArray all;
    for (const QJsonObject &m : client.messages())
        all += QJsonDocument(m).toJson(QJsonDocument::Compact);
    return all;
}

QJsonObject privacyCentre()
{
    QJsonObject config = alwaysOpenCentre();
    QJsonObject centre = config.value(u"centre"_s).toObject();
    centre.insert(u"personalDataDays"_s, 2);
    config.insert(u"centre"_s, centre);
    return config;
}

} // namespace

TEST_CASE("a citizen's name and phone stay in the engine and are purged after the retention",
          "[engine][privacy]")
{
    EngineProcessOptions options = EngineProcessOptions::manual(); // 2026-03-10 10:00 Baku
    options.logLevel = u"debug"_s;
    EngineProcess engine(privacyCentre(), options);
    REQUIRE(engine.start());
    auto display = connectAs(engine.port(), u"display-hall"_s);
    okCall(*display, u"events.subscribe"_s);
    auto manager = connectAs(engine.port(), u"dashboard-1"_s);
    okCall(*manager, u"events.subscribe"_s);

    auto booking = connectAs(engine.port(), u"booking-web"_s);
    const QJsonObject ap = okCall(*booking, u"appointment.book"_s,
                                  {{u"service"_s, u"passport"_s},
                                   {u"start"_s, u"2026-03-10T06:15:00.000Z"_s},
                                   {u"citizen"_s,
                                    QJsonObject{{u"name"_s, NAME}, {u"phone"_s, PHONE}}}})
                               .value(u"appointment"_s)
                               .toObject();
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    okCall(*kiosk, u"appointment.checkin"_s, {{u"code"_s, ap.value(u"code"_s)}});
    auto desk = openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s);
    okCall(*desk, u"counter.callNext"_s);
    okCall(*desk, u"counter.start"_s);
    okCall(*desk, u"counter.finish"_s);
    // A manager's booking: audited, without the citizen.
    okCall(*manager, u"appointment.book"_s,
           {{u"service"_s, u"passport"_s},
            {u"start"_s, u"2026-03-10T07:00:00.000Z"_s},
            {u"citizen"_s, QJsonObject{{u"name"_s, NAME}, {u"phone"_s, PHONE}}}});
    okCall(*manager, u"audit.list"_s, {{u"since"_s, u"2026-03-10T00:00:00.000Z"_s}});
    REQUIRE(display->awaitEvent(u"ticket.called"_s).has_value());
    REQUIRE(manager->awaitEvent(u"ticket.finished"_s).has_value());

    // Never sent, never logged, but stored (the purge below has work to do).
    CHECK_FALSE(holdsPersonalData(everythingReceived(*display)));
    CHECK_FALSE(holdsPersonalData(everythingReceived(*manager)));
    CHECK_FALSE(holdsPersonalData(everythingReceived(*booking)));
    CHECK_FALSE(holdsPersonalData(engine.output()));
    REQUIRE(holdsPersonalData(fileBytes(engine.dbPath())));
    const QJsonObject day{{u"from"_s, u"2026-03-10"_s}, {u"to"_s, u"2026-03-10"_s}};
    const QJsonObject statsBefore = okCall(*manager, u"stats.range"_s, day);

    // One day on: not yet (the retention is 2 days after the appointment's end).
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 86400}});
    okCall(*manager, u"session.ping"_s);
    CHECK(holdsPersonalData(fileBytes(engine.dbPath())));

    const qsizetype offset = engine.output().size();
    okCall(*manager, u"debug.advanceClock"_s, {{u"sec"_s, 2 * 86400}});
    REQUIRE(engine.waitForOutput(offset, "purged the personal data of 2 appointments"));
    CHECK_FALSE(holdsPersonalData(fileBytes(engine.dbPath())));
    CHECK(okCall(*manager, u"stats.range"_s, day) == statsBefore);
    CHECK_FALSE(holdsPersonalData(everythingReceived(*manager)));
    CHECK_FALSE(holdsPersonalData(engine.output()));

    // Nothing brings it back when the engine stops (checkpoint at close).
    REQUIRE(engine.terminate() == 0);
    CHECK_FALSE(holdsPersonalData(fileBytes(engine.dbPath())));
}

TEST_CASE("centre.personalDataDays must be at least one day", "[engine][privacy]")
{
    QJsonObject config = privacyCentre();
    QJsonObject centre = config.value(u"centre"_s).toObject();
    centre.insert(u"personalDataDays"_s, 0);
    config.insert(u"centre"_s, centre);
    EngineProcess engine(config);
    CHECK_FALSE(engine.start());
    CHECK(engine.output().contains("personalDataDays"));
}
