// Kiosk pieces without an engine: the centre model, options and printer
// choice, device reports, the load and closed lines.

#include "centremodel.h"
#include "devicereporter.h"
#include "kioskmessages.h"
#include "kioskoptions.h"
#include "outage.h"

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

// The wire text decoded with the read model, as the kiosk receives it.
template <typename T> T wire(const QByteArray &text)
{
    const std::optional<T> value = decode<T>(QJsonDocument::fromJson(text).object());
    REQUIRE(value.has_value());
    return *value;
}

CentreView centreJson()
{
    return wire<CentreView>(R"({
      "centre": {"id": "c", "name": {"az": "Mərkəz", "en": "Centre"}, "trackingBaseUrl": "https://x"},
      "categories": [{"id": "elderly", "name": {"en": "Elderly"}, "needsProof": true},
                     {"id": "standard", "name": {"en": "Standard"}}],
      "services": [
        {"id": "idCard", "prefix": "A", "name": {"en": "ID"}, "group": "interior",
         "groupName": {"en": "Interior"}, "open": true},
        {"id": "tax", "prefix": "T", "name": {"en": "Tax"}, "group": "tax",
         "groupName": {"en": "Tax service"}, "open": false, "hours": ["09:00", "16:00"]},
        {"id": "passport", "prefix": "B", "name": {"en": "Passport"}, "group": "interior",
         "groupName": {"en": "Interior"}, "open": true}]})");
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

    model.applySnapshot(wire<QueueSnapshot>(R"({"services": [
        {"id": "idCard", "waitingCount": 4, "etaSec": 600},
        {"id": "passport", "waitingCount": 2, "etaSec": 120}]})"));
    CHECK(model.groupWaiting(u"interior"_s) == 6);
    model.applyEvent(wire<EventView>(
        R"({"type": "queue.changed", "service": "idCard", "waitingCount": 5, "etaSec": 700})"));
    CHECK(model.service(u"idCard"_s)->waitingCount == 5);
    CHECK(model.service(u"idCard"_s)->etaSec == 700);
    model.loadCentre(centreJson()); // a refresh keeps the load
    CHECK(model.service(u"idCard"_s)->waitingCount == 5);
}

TEST_CASE("kiosk lines: load and closed hours (English sources)", "[kiosk]")
{
    CHECK(loadText(0, 0) == u"No one waiting"_s);
    // Each phrase is kept on one line (no-break spaces); the hours never break
    // at their dash (word joiners); only " · " may wrap.
    CHECK(loadText(12, 17 * 60 + 5) == u"12\u00A0waiting · about\u00A018\u00A0min"_s);
    CHECK(closedText(OpeningHours{QTime(9, 0), QTime(18, 0)})
          == u"Closed · open 09:00\u2060–\u206018:00"_s);
    CHECK(closedText(std::nullopt) == u"Closed now"_s);
}

TEST_CASE("kiosk options: required arguments and printer choice", "[kiosk]")
{
    CHECK_FALSE(parseKioskOptions({u"novbe-kiosk"_s}).options);
    const auto parsed = parseKioskOptions(
        {u"novbe-kiosk"_s, u"--token"_s, u"t"_s, u"--port"_s, u"7500"_s, u"--config"_s,
         QStringLiteral(NOVBE_SOURCE_DIR "/resources/kiosks/kiosk-2.ini")});
    REQUIRE(parsed.options);
    CHECK(parsed.options->connection.port == 7500);
    CHECK(parsed.options->connection.device == u"kiosk-2"_s);
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

TEST_CASE("kiosk INI files: the sample kiosks and profile overrides", "[kiosk]")
{
    for (const char *device : {"kiosk-1", "kiosk-2", "kiosk-3"}) {
        INFO(device);
        const QString ini = QStringLiteral(NOVBE_SOURCE_DIR "/resources/kiosks/")
            + QLatin1String(device) + u".ini"_s;
        const auto parsed = parseKioskOptions(
            {u"novbe-kiosk"_s, u"--token"_s, u"t"_s, u"--config"_s, ini});
        REQUIRE(parsed.options);
        CHECK(parsed.options->printerUrl.startsWith(u"png:"_s));
        CHECK(builtinPrinterProfile(parsed.options->profileId).has_value());
        CHECK(choosePrinter(*parsed.options).error.isEmpty());
    }
    CHECK(builtinPrinterProfile(u"epson-tm-t20iii"_s)->widthDots == 576);
    CHECK(builtinPrinterProfile(u"tm-t88"_s)->dpi == 180);
    CHECK_FALSE(builtinPrinterProfile(u"pos-5890"_s)->nativeQr);

    QTemporaryDir dir;
    const QString ini = dir.filePath(u"kiosk.ini"_s);
    QFile file(ini);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[engine]\ndevice=kiosk-9\ntoken=secret\n"
               "[printer]\nurl=tcp://127.0.0.1:9100\nprofile=pos-5890\nwidthDots=432\ncut=full\n");
    file.close();
    const auto parsed = parseKioskOptions({u"novbe-kiosk"_s, u"--config"_s, ini});
    REQUIRE(parsed.options);
    CHECK(parsed.options->connection.token == u"secret"_s);
    const PrinterChoice choice = choosePrinter(*parsed.options);
    REQUIRE(choice.error.isEmpty());
    CHECK(choice.profile.widthDots == 432);
    CHECK(choice.profile.cut == u"full"_s);
    CHECK(choice.profile.baud == 9600);
    QSettings bad(ini, QSettings::IniFormat);
    bad.setValue(u"printer/dpi"_s, u"many"_s);
    bad.sync();
    CHECK_FALSE(choosePrinter(*parseKioskOptions({u"novbe-kiosk"_s, u"--config"_s, ini}).options)
                    .error.isEmpty());
}

TEST_CASE("device reports: printer states on the wire", "[kiosk]")
{
    const QJsonObject out = DeviceReporter::reportParams(PrinterState::PaperOut, u"paper end"_s);
    CHECK(out.value("printer"_L1).toObject().value("state"_L1) == u"paperOut"_s);
    CHECK(out.value("printer"_L1).toObject().value("detail"_L1) == u"paper end"_s);
    const QJsonObject unknown = DeviceReporter::reportParams(PrinterState::Unknown, {});
    CHECK(unknown.value("printer"_L1).toObject().value("state"_L1) == u"ok"_s);
    CHECK(unknown.value("printer"_L1)
              .toObject()
              .value("detail"_L1)
              .toString()
              .contains(u"unknown"_s));
    CHECK(outageFor(false, PrinterState::Ok) == Outage::EngineUnreachable);
    CHECK(outageFor(true, PrinterState::PaperLow) == Outage::None);
    CHECK(outageFor(true, PrinterState::Unknown) == Outage::None);
    CHECK(outageFor(true, PrinterState::CoverOpen) == Outage::CoverOpen);
    CHECK(outageFor(true, PrinterState::Offline) == Outage::PrinterOffline);
}

TEST_CASE("centre model: a manager's closure and cut-off apply at the event's time", "[kiosk]")
{
    CentreModel model;
    model.loadCentre(centreJson()); // timezone absent: the config's default zone (Baku)
    model.applyEvent(wire<EventView>(R"({"seq": 7, "type": "service.changed",
        "at": "2026-03-10T06:00:00.000Z",
        "control": {"service": "idCard", "closed": true, "cutoff": null, "by": "dashboard-1"}})"));
    CHECK_FALSE(model.service(u"idCard"_s)->open);
    CHECK(model.service(u"idCard"_s)->closed);
    CHECK(model.groupOpen(u"interior"_s)); // passport still takes tickets
    CHECK(closedLine(*model.service(u"idCard"_s)) == u"Closed today"_s);

    // 10:00 Baku: a cut-off at 11:00 leaves it open, one at 09:30 closes it.
    model.applyEvent(wire<EventView>(R"({"seq": 8, "type": "service.changed",
        "at": "2026-03-10T06:00:00.000Z",
        "control": {"service": "passport", "closed": false, "cutoff": "11:00", "by": "dashboard-1"}})"));
    CHECK(model.service(u"passport"_s)->open);
    model.applyEvent(wire<EventView>(R"({"seq": 9, "type": "service.changed",
        "at": "2026-03-10T06:00:00.000Z",
        "control": {"service": "passport", "closed": false, "cutoff": "09:30", "by": "dashboard-1"}})"));
    CHECK_FALSE(model.service(u"passport"_s)->open);
    CHECK(closedLine(*model.service(u"passport"_s)) == u"No new tickets after 09:30"_s);
    CHECK_FALSE(model.groupOpen(u"interior"_s));
    // Reset (the rollover): open again.
    model.applyEvent(wire<EventView>(R"({"seq": 10, "type": "service.changed",
        "at": "2026-03-10T06:00:00.000Z",
        "control": {"service": "idCard", "closed": false, "cutoff": null, "by": null}})"));
    CHECK(model.service(u"idCard"_s)->open);
}

TEST_CASE("kiosk messages: a refusal names the manager's closure or the cut-off", "[kiosk]")
{
    const WireError closed = makeWireError(wirecode::SERVICE_CLOSED, u"closed"_s,
                                           {{u"closedBy"_s, u"manager"_s}});
    const WireError cutoff = makeWireError(
        wirecode::SERVICE_CLOSED, u"cut-off"_s,
        {{u"closedBy"_s, u"cutoff"_s}, {u"cutoff"_s, u"16:30"_s}});
    CHECK(refusalMessage(closed, false, false, {}).title == u"This service is closed today"_s);
    CHECK(refusalMessage(cutoff, false, false, {}).title == u"No new tickets after 16:30"_s);
    CHECK(refusalMessage(cutoff, false, false, {}).body.contains(u"after 16:30"_s));
    const WireError hours = makeWireError(wirecode::SERVICE_CLOSED, u"hours"_s);
    CHECK(refusalMessage(hours, false, false, {}).title == u"This service is closed now"_s);
    ServiceView s;
    s.closed = true;
    CHECK(closedServiceMessage(u"Passport"_s, s).body.contains(u"for Passport today"_s));
}
