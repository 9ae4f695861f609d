// protocol.md section 5, "who": every role is refused (FORBIDDEN) every method
// it may not call, and is not refused the methods it may call.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

struct MethodRule
{
    QString method;
    QStringList who;    // roles allowed, from section 5
    QJsonObject params; // plausible params, so only the role decides
};

const QStringList ALL{u"kiosk"_s, u"display"_s, u"counter"_s, u"manager"_s, u"booking"_s};

const QList<MethodRule> &methodTable()
{
    const QJsonObject id{{u"id"_s, u"t_unknown"_s}};
    static const QList<MethodRule> table{
        {u"session.ping"_s, ALL, {}},
        {u"centre.get"_s, ALL, {}},
        {u"ticket.issue"_s, {u"kiosk"_s, u"manager"_s}, {{u"service"_s, u"passport"_s}}},
        {u"ticket.get"_s, {u"kiosk"_s, u"counter"_s, u"manager"_s, u"booking"_s}, id},
        {u"ticket.cancel"_s, {u"manager"_s, u"counter"_s}, id},
        {u"operator.login"_s, {u"counter"_s}, {{u"operator"_s, u"op05"_s}, {u"pin"_s, u"1005"_s}}},
        {u"operator.logout"_s, {u"counter"_s}, {}},
        {u"counter.open"_s, {u"counter"_s}, {{u"counter"_s, u"c05"_s}}},
        {u"counter.close"_s, {u"counter"_s}, {}},
        {u"counter.callNext"_s, {u"counter"_s}, {}},
        {u"counter.callTicket"_s, {u"counter"_s}, id},
        {u"counter.recall"_s, {u"counter"_s}, {}},
        {u"counter.start"_s, {u"counter"_s}, {}},
        {u"counter.finish"_s, {u"counter"_s}, {}},
        {u"counter.noShow"_s, {u"counter"_s}, {}},
        {u"counter.transfer"_s,
         {u"counter"_s},
         {{u"service"_s, u"idCard"_s}, {u"placement"_s, u"last"_s}}},
        {u"counter.park"_s, {u"counter"_s}, {}},
        {u"counter.pause"_s, {u"counter"_s}, {{u"reason"_s, u"break"_s}}},
        {u"counter.resume"_s, {u"counter"_s}, {}},
        {u"queue.snapshot"_s, ALL, {}},
        {u"events.subscribe"_s, ALL, {}},
        {u"appointment.book"_s,
         {u"booking"_s, u"manager"_s},
         {{u"service"_s, u"passport"_s}, {u"start"_s, u"2026-03-10T07:00:00.000Z"_s}}},
        {u"appointment.checkin"_s, {u"kiosk"_s}, {{u"code"_s, u"NOSUCHCODE"_s}}},
        {u"appointment.cancel"_s, {u"booking"_s, u"manager"_s}, {{u"id"_s, u"ap_unknown"_s}}},
        {u"feedback.submit"_s,
         {u"counter"_s, u"kiosk"_s},
         {{u"ticket"_s, u"t_unknown"_s}, {u"rating"_s, 5}}},
        {u"device.report"_s,
         {u"kiosk"_s, u"display"_s},
         {{u"printer"_s, QJsonObject{{u"state"_s, u"ok"_s}}}}},
        {u"stats.today"_s, {u"manager"_s}, {}},
        {u"alerts.subscribe"_s, {u"manager"_s}, {}},
        {u"stats.operators"_s, {u"manager"_s}, {}},
        {u"devices.list"_s, {u"manager"_s}, {}},
        {u"stats.range"_s,
         {u"manager"_s},
         {{u"from"_s, u"2026-03-10"_s}, {u"to"_s, u"2026-03-10"_s}}},
        {u"reports.range"_s,
         {u"manager"_s},
         {{u"from"_s, u"2026-03-10"_s}, {u"to"_s, u"2026-03-10"_s}}},
        {u"audit.list"_s, {u"manager"_s}, {{u"since"_s, u"2026-03-10T00:00:00.000Z"_s}}},
    };
    return table;
}

QString deviceOf(const QString &role)
{
    static const QMap<QString, QString> devices{{u"kiosk"_s, u"kiosk-1"_s},
                                                {u"display"_s, u"display-hall"_s},
                                                {u"counter"_s, u"desk-05"_s},
                                                {u"manager"_s, u"dashboard-1"_s},
                                                {u"booking"_s, u"booking-web"_s}};
    return devices.value(role);
}

std::string describeCall(const QString &role, const MethodRule &rule)
{
    const QString text = role + u" calls "_s + rule.method + u' '
        + QString::fromUtf8(QJsonDocument(rule.params).toJson(QJsonDocument::Compact));
    return text.toStdString();
}

} // namespace

TEST_CASE("each role is refused every method section 5 does not give it", "[engine][roles]")
{
    const std::string role = GENERATE(as<std::string>{}, "kiosk", "display", "counter", "manager",
                                      "booking");
    const QString r = QString::fromStdString(role);
    EngineProcess engine(alwaysOpenCentre(), {fixedClockStart()});
    REQUIRE(engine.start());
    auto client = connectAs(engine.port(), deviceOf(r));
    CHECK(okCall(*client, u"session.ping"_s).contains(u"now"_s));
    const int seq = okCall(*client, u"queue.snapshot"_s).value(u"seq"_s).toInt();

    int forbidden = 0;
    for (const MethodRule &rule : methodTable()) {
        if (rule.who.contains(r))
            continue;
        INFO(describeCall(r, rule));
        checkError(client->call(rule.method, rule.params), 1002, u"FORBIDDEN"_s);
        ++forbidden;
    }
    CHECK(forbidden > 0);
    CHECK(okCall(*client, u"queue.snapshot"_s).value(u"seq"_s).toInt() == seq); // nothing changed

    for (const MethodRule &rule : methodTable()) {
        if (!rule.who.contains(r))
            continue;
        INFO(describeCall(r, rule));
        const QJsonObject answer = client->call(rule.method, rule.params);
        REQUIRE(!answer.isEmpty());
        CHECK(errorCode(answer) != 1002);
    }
}
