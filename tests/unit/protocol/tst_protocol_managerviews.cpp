// The manager's views (stats.operators, devices.list) round-trip and refuse
// wrong types and missing identities.
#include "protocol/readmodelcodec.h"

#include "protocoltestutil.h"

#include <QJsonArray>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

OperatorKpi leyla()
{
    OperatorKpi k;
    k.id = u"op01"_s;
    k.name = u"Leyla Əliyeva"_s;
    k.counter = u"c07"_s;
    k.served = 12;
    k.noShow = 2;
    k.avgServiceSec = 410;
    k.normServiceSec = 360;
    k.feedbackCount = 5;
    k.avgRating = 4.6;
    k.pauseSec = 900;
    k.pauses = {PauseTotal{u"lunch"_s, 600}, PauseTotal{u"break"_s, 300}};
    return k;
}

DeviceView kiosk()
{
    return DeviceView{u"kiosk-1"_s, u"kiosk"_s, true, 1, PrinterReport{u"paperLow"_s, u"roll"_s},
                      utc(9, 40)};
}

} // namespace

TEST_CASE("stats.operators round-trips", "[protocol][readmodel]")
{
    checkRoundTrip(PauseTotal{u"lunch"_s, 600});
    checkRoundTrip(leyla());
    OperatorKpi idle;
    idle.id = u"op02"_s;
    checkRoundTrip(idle); // no counter, no pauses
    CHECK(encode(idle).value(u"counter"_s).isNull());
    checkRoundTrip(OperatorStatsView{{leyla(), idle}, u"2026-11-28"_s, 57});
}

TEST_CASE("devices.list round-trips, with and without a printer", "[protocol][readmodel]")
{
    checkRoundTrip(PrinterReport{u"paperOut"_s, {}});
    checkRoundTrip(kiosk());
    const DeviceView desk{u"desk-01"_s, u"counter"_s, false, 0, std::nullopt, QDateTime()};
    checkRoundTrip(desk);
    const QJsonObject json = encode(desk);
    CHECK(json.value(u"printer"_s).isNull());
    CHECK(json.value(u"lastSeen"_s).isNull());
    checkRoundTrip(DevicesView{{kiosk(), desk}});
}

TEST_CASE("stats.range round-trips, cut at a time or whole days", "[protocol][readmodel]")
{
    RangeStatsView range{u"2026-11-01"_s, u"2026-11-30"_s, u"11:30"_s, 30, {}};
    range.kpis.services = {ServiceKpi{u"passport"_s, 10, 6, 2, 1, 1, 300, 900, 420, 75}};
    range.kpis.feedbackCount = 2;
    range.kpis.avgRating = 4.5;
    checkRoundTrip(range);
    range.untilTime.clear();
    checkRoundTrip(range);
    CHECK(encode(range).value(u"untilTime"_s).isNull());
    QJsonObject noFrom = encode(range);
    noFrom.remove(u"from"_s);
    CHECK_FALSE(decode<RangeStatsView>(noFrom).has_value());
}

TEST_CASE("reports.range round-trips; a wrong type is refused", "[protocol][readmodel]")
{
    Report r;
    r.from = u"2026-11-01"_s;
    r.to = u"2026-11-30"_s;
    r.days = 30;
    ReportRow row;
    row.key = u"passport"_s;
    row.issued = 10;
    row.noShowPct = 12.5;
    row.slaPct = 87.5;
    row.p90WaitSec = 1200;
    row.avgRating = 4.67;
    row.pauses = {PauseTotal{u"lunch"_s, 1800}};
    r.total = row;
    r.services = {row};
    r.operators = {row};
    r.operators[0].name = u"Leyla"_s;
    r.hours = {row};
    r.quarters = {QuarterRow{u"09:00"_s, 4, 1, 3}};
    r.waitDistribution = {WaitDistribution{u"passport"_s, 900, {1, 0, 0, 2, 0, 0, 0, 1}}};
    checkRoundTrip(r);
    QJsonObject bad = encode(r);
    bad.insert(u"quarters"_s, u"many"_s);
    CHECK_FALSE(decode<Report>(bad).has_value());
    QJsonObject noTotal = encode(r);
    noTotal.remove(u"total"_s);
    CHECK_FALSE(decode<Report>(noTotal).has_value());
}

TEST_CASE("manager views refuse wrong types and missing identities", "[protocol][readmodel]")
{
    QJsonObject op = encode(leyla());
    op.remove(u"id"_s);
    CHECK_FALSE(decode<OperatorKpi>(op).has_value());
    op = encode(leyla());
    op.insert(u"avgRating"_s, u"4.6"_s);
    CHECK_FALSE(decode<OperatorKpi>(op).has_value());
    op = encode(leyla());
    op.insert(u"pauses"_s, u"lunch"_s);
    CHECK_FALSE(decode<OperatorKpi>(op).has_value());
    QJsonObject device = encode(kiosk());
    device.remove(u"id"_s);
    CHECK_FALSE(decode<DeviceView>(device).has_value());
    device = encode(kiosk());
    device.insert(u"printer"_s, QJsonObject{{u"state"_s, 3}});
    CHECK_FALSE(decode<DeviceView>(device).has_value());
    CHECK_FALSE(decode<DevicesView>(QJsonObject{{u"devices"_s, 1}}).has_value());
    CHECK(decode<DevicesView>(QJsonObject{})->devices.empty());
}
