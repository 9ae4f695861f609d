// Kiosk pieces without an engine: the centre model, options and printer
// choice, device reports, the load and closed lines.

#include "centremodel.h"
#include "devicereporter.h"
#include "kioskmessages.h"
#include "kioskoptions.h"
#include "outage.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

QJsonObject centreJson()
{
    return QJsonDocument::fromJson(R"({
      "centre": {"id": "c", "name": {"az": "Mərkəz", "en": "Centre"}, "trackingBaseUrl": "https://x"},
      "categories": [{"id": "elderly", "name": {"en": "Elderly"}, "needsProof": true},
                     {"id": "standard", "name": {"en": "Standard"}}],
      "services": [
        {"id": "idCard", "prefix": "A", "name": {"en": "ID"}, "group": "interior",
         "groupName": {"en": "Interior"}, "open": true},
        {"id": "tax", "prefix": "T", "name": {"en": "Tax"}, "group": "tax",
         "groupName": {"en": "Tax service"}, "open": false, "hours": ["09:00", "16:00"]},
        {"id": "passport", "prefix": "B", "name": {"en": "Passport"}, "group": "interior",
         "groupName": {"en": "Interior"}, "open": true}]})").object();
}

} // namespace

TEST_CASE("centre model: groups, categories, hours and load", "[kiosk]")
{
    CentreModel model;
    model.loadCentre(centreJson());
    REQUIRE(model.isLoaded());
    REQUIRE(model.groups().size() == 2);
    CHECK(model.groups()[0].id == u"interior"_s);
    CHECK(model.groups()[0].services == QStringList{u"idCard"_s, u"passport"_s});
    CHECK(model.categories().front().id == u"standard"_s);
    CHECK(model.category(u"elderly"_s)->needsProof);
    const KioskService *tax = model.service(u"tax"_s);
    REQUIRE(tax);
    CHECK_FALSE(tax->open);
    REQUIRE(tax->hours);
    CHECK(tax->hours->close == QTime(16, 0));
    CHECK_FALSE(model.groupOpen(u"tax"_s));

    model.applySnapshot(QJsonDocument::fromJson(R"({"services": [
        {"id": "idCard", "waitingCount": 4, "etaSec": 600},
        {"id": "passport", "waitingCount": 2, "etaSec": 120}]})").object());
    CHECK(model.groupWaiting(u"interior"_s) == 6);
    model.applyEvent(QJsonDocument::fromJson(
        R"({"type": "queue.changed", "service": "idCard", "waitingCount": 5, "etaSec": 700})").object());
    CHECK(model.service(u"idCard"_s)->waitingCount == 5);
    CHECK(model.service(u"idCard"_s)->etaSec == 700);
    model.loadCentre(centreJson());   // a refresh keeps the load
    CHECK(model.service(u"idCard"_s)->waitingCount == 5);
}

TEST_CASE("kiosk lines: load and closed hours (English sources)", "[kiosk]")
{
    CHECK(loadText(0, 0) == u"No one waiting"_s);
    CHECK(loadText(12, 17 * 60 + 5) == u"12 waiting · about 18 min"_s);
    CHECK(closedText(OpeningHours{QTime(9, 0), QTime(18, 0)}) == u"Closed · open 09:00–18:00"_s);
    CHECK(closedText(std::nullopt) == u"Closed now"_s);
}

TEST_CASE("kiosk options: required arguments and printer choice", "[kiosk]")
{
    CHECK_FALSE(parseKioskOptions({u"novbe-kiosk"_s}).options);
    const auto parsed = parseKioskOptions({u"novbe-kiosk"_s, u"--device"_s, u"kiosk-2"_s,
                                           u"--token"_s, u"t"_s, u"--port"_s, u"7500"_s,
                                           u"--config"_s,
                                           QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json")});
    REQUIRE(parsed.options);
    CHECK(parsed.options->port == 7500);
    const PrinterChoice fromConfig = choosePrinter(*parsed.options);
    CHECK(fromConfig.error.isEmpty());
    CHECK(fromConfig.url == u"png:var/tickets/kiosk-2.png"_s);
    CHECK(fromConfig.profile.widthDots == 512);

    KioskOptions o;
    o.printerUrl = u"tcp://127.0.0.1:9100"_s;
    o.profileId = u"pos-5890"_s;
    CHECK(choosePrinter(o).profile.widthDots == 384);
    o.profileId = u"no-such"_s;
    CHECK_FALSE(choosePrinter(o).error.isEmpty());
    o.profileId.clear();
    o.printerUrl = u"bogus:x"_s;
    CHECK_FALSE(choosePrinter(o).error.isEmpty());
    CHECK(parseKioskOptions({u"novbe-kiosk"_s, u"--print-sample"_s}).options);
}

TEST_CASE("device reports: printer states on the wire", "[kiosk]")
{
    const QJsonObject out = DeviceReporter::reportParams(PrinterState::PaperOut, u"paper end"_s);
    CHECK(out.value("printer"_L1).toObject().value("state"_L1) == u"paperOut"_s);
    CHECK(out.value("printer"_L1).toObject().value("detail"_L1) == u"paper end"_s);
    const QJsonObject unknown = DeviceReporter::reportParams(PrinterState::Unknown, {});
    CHECK(unknown.value("printer"_L1).toObject().value("state"_L1) == u"ok"_s);
    CHECK(unknown.value("printer"_L1).toObject().value("detail"_L1).toString().contains(u"unknown"_s));
    CHECK(outageFor(false, PrinterState::Ok) == Outage::EngineUnreachable);
    CHECK(outageFor(true, PrinterState::PaperLow) == Outage::None);
    CHECK(outageFor(true, PrinterState::Unknown) == Outage::None);
    CHECK(outageFor(true, PrinterState::CoverOpen) == Outage::CoverOpen);
    CHECK(outageFor(true, PrinterState::Offline) == Outage::PrinterOffline);
}
