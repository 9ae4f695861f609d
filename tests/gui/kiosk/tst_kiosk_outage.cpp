// Out of service and back, by itself: engine gone, printer out of paper,
// printer dying after the ticket was issued.

#include "kioskharness.h"
#include "kiosktestsupport.h"

#include "confirmationpage.h"
#include "escposdecoder.h"
#include "footerbar.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "messagepage.h"
#include "outofservicepage.h"
#include "printer.h"
#include "printersupervisor.h"
#include "printsample.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

bool outOfService(KioskApp &kiosk, Outage outage)
{
    KioskWindow *w = kiosk.window();
    return waitUntil([w, outage] {
        return w->page() == KioskWindow::Page::OutOfService
            && w->outOfServicePage()->outage() == outage;
    });
}

bool inService(KioskApp &kiosk)
{
    KioskWindow *w = kiosk.window();
    return waitUntil([w] { return w->page() == KioskWindow::Page::Start; }, 30000);
}

} // namespace

TEST_CASE("kiosk: engine down -> out of service in three languages, then back", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    const quint16 port = engine.port();
    QTemporaryDir dir;
    auto kiosk = makeKiosk(port, u"file:"_s + dir.filePath(u"printed.bin"_s));
    REQUIRE(kiosk);
    REQUIRE(inService(*kiosk));

    engine.terminate();
    REQUIRE(outOfService(*kiosk, Outage::EngineUnreachable));
    const QString text = kiosk->window()->outOfServicePage()->text();
    CHECK(text.contains(u"The queue system cannot be reached."_s));
    CHECK(text.contains(u"Növbə sisteminə qoşulmaq mümkün deyil."_s));
    CHECK(text.contains(u"Нет связи с системой электронной очереди."_s));
    CHECK(kiosk->window()->footer()->isHidden());

    REQUIRE(engine.restartOnSamePort());
    CHECK(inService(*kiosk));
}

TEST_CASE("kiosk: paper out -> out of service, the engine sees it, and back", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    Manager manager(engine.port());
    REQUIRE(manager.ready());
    LiveFakePrinter printer;
    auto kiosk = makeKiosk(engine.port(), printer.url());
    REQUIRE(kiosk);
    REQUIRE(inService(*kiosk));
    REQUIRE(
        waitUntil([&] { return manager.lastPrinter(u"kiosk-1"_s).value("state"_L1) == "ok"_L1; }));

    printer.setState(LiveFakePrinter::State::PaperLow);
    REQUIRE(waitUntil(
        [&] { return manager.lastPrinter(u"kiosk-1"_s).value("state"_L1) == "paperLow"_L1; }));
    CHECK(kiosk->controller()->outage() == Outage::None);
    CHECK(kiosk->window()->page() == KioskWindow::Page::Start);

    printer.setState(LiveFakePrinter::State::PaperOut);
    REQUIRE(outOfService(*kiosk, Outage::PaperOut));
    CHECK(kiosk->window()->outOfServicePage()->text().contains(u"out of paper"_s));
    REQUIRE(waitUntil(
        [&] { return manager.lastPrinter(u"kiosk-1"_s).value("state"_L1) == "paperOut"_L1; }));

    printer.setState(LiveFakePrinter::State::Ok);
    CHECK(inService(*kiosk));
    CHECK(
        waitUntil([&] { return manager.lastPrinter(u"kiosk-1"_s).value("state"_L1) == "ok"_L1; }));
}

TEST_CASE("kiosk: a ticket issued but not printed sends the citizen to reception", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    Manager manager(engine.port());
    REQUIRE(manager.ready());
    LiveFakePrinter printer;
    printer.setDropJobs(true);
    auto kiosk = makeKiosk(engine.port(), printer.url());
    REQUIRE(kiosk);
    kiosk->controller()->printer()->setReopenDelay(200);
    REQUIRE(inService(*kiosk));
    REQUIRE(tapThrough(*kiosk, u"en"_s, u"interior"_s, u"idCard"_s));
    KioskWindow *w = kiosk->window();
    REQUIRE(w->page() == KioskWindow::Page::Message);
    const QString number = w->messagePage()->number();
    CHECK(number.startsWith(u'A'));
    CHECK(w->messagePage()->body().contains(u"reception desk"_s));
    CHECK(printer.rasterJobs() >= 1);
    REQUIRE(waitUntil([&] {
        return manager.lastPrinter(u"kiosk-1"_s).value("detail"_L1).toString().contains(number);
    }));
    CHECK(manager.lastPrinter(u"kiosk-1"_s).value("state"_L1) == "offline"_L1);
    // The engine knows the ticket: its place is kept.
    const RpcReply snapshot = manager.call(u"queue.snapshot"_s);
    CHECK(QJsonDocument(snapshot.result).toJson().contains(number.toUtf8()));
    // The printer connection comes back by itself and the kiosk reports it.
    CHECK(waitUntil(
        [&] { return kiosk->controller()->printer()->state() != PrinterState::Offline; }));
}

TEST_CASE("kiosk: --print-sample prints on a working printer and refuses paper out", "[gui][kiosk]")
{
    LiveFakePrinter printer;
    const PrinterProfile profile = builtinPrinterProfiles().front();
    QString message;
    QTextStream out(&message);
    CHECK(printSample(printer.url(), profile, u"az"_s, out, 20000) == 0);
    out.flush();
    CHECK(message.contains(u"sample ticket printed"_s));
    CHECK(printer.rasterJobs() >= 1);
    const DecodedJob job = decodeEscPos(
        printer.received().mid(printer.received().indexOf("\x1B\x40")), 576);
    CHECK(job.cuts == 1);

    const int jobsBefore = printer.rasterJobs();
    printer.setState(LiveFakePrinter::State::PaperOut);
    message.clear();
    CHECK(printSample(printer.url(), profile, u"az"_s, out, 20000) == 1);
    out.flush();
    CHECK(message.contains(u"out of paper"_s));
    CHECK(printer.rasterJobs() == jobsBefore);
}
