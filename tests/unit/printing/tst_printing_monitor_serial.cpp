// SerialTransport and DeviceFileTransport against a fake printer on a pty.
#include "devicefiletransport.h"
#include "escposencoder.h"
#include "fakeprinter.h"
#include "printer.h"
#include "printermonitor.h"
#include "serialtransport.h"
#include "ticketjob.h"
#include "ticketsamples.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

constexpr MonitorTimings FAST{300, 300, 400};

bool awaitState(PrinterMonitor &monitor, PrinterState wanted, const QString &detail = {})
{
    QSignalSpy spy(&monitor, &PrinterMonitor::stateChanged);
    QElapsedTimer clock;
    clock.start();
    auto done = [&] {
        return monitor.state() == wanted && (detail.isEmpty() || monitor.status().detail == detail);
    };
    while (!done() && clock.elapsed() < 5000)
        spy.wait(int(std::max<qint64>(1, 5000 - clock.elapsed())));
    return done();
}

std::unique_ptr<PrinterTransport> ptyTransport(const PtyFakePrinter &fake, bool serial)
{
    if (serial)
        return std::make_unique<SerialTransport>(fake.slavePath(), 115200);
    return std::make_unique<DeviceFileTransport>(fake.slavePath());
}

struct Scenario
{
    const char *name;
    PrinterScript script;
    PrinterState expected;
    const char *detail;
};

} // namespace

TEST_CASE("pty: serial and device-file monitors read scripted states",
          "[printing][monitor][serial]")
{
    const bool serial = GENERATE(true, false);
    const Scenario s = GENERATE(values<Scenario>({
        {"paper out, polled", paperOutScript(false), PrinterState::PaperOut, ""},
        {"cover open, ASB", coverOpenScript(true), PrinterState::CoverOpen, ""},
        {"cover open, polled", coverOpenScript(false), PrinterState::CoverOpen, ""},
        {"silence", silentScript(), PrinterState::Unknown, "no answer from the printer"},
    }));
    INFO((serial ? "SerialTransport: " : "DeviceFileTransport: ") << s.name);
    PtyFakePrinter fake(s.script);
    REQUIRE(fake.isValid());
    auto transport = ptyTransport(fake, serial);
    PrinterMonitor monitor(transport.get());
    monitor.setTimings(FAST);
    QSignalSpy errors(transport.get(), &PrinterTransport::errorOccurred);
    QElapsedTimer clock;
    clock.start();
    transport->open();
    CHECK(awaitState(monitor, s.expected, QString::fromUtf8(s.detail)));
    CHECK(clock.elapsed() < 3000);
    CHECK(errors.isEmpty());
    CHECK(transport->canRead());
}

TEST_CASE("pty: a whole ticket goes through the serial port intact", "[printing][serial]")
{
    PtyFakePrinter fake(okScript(true));
    REQUIRE(fake.isValid());
    Printer printer(std::make_unique<SerialTransport>(fake.slavePath(), 115200),
                    profile58mm(false));
    printer.monitor()->setTimings(FAST);
    printer.connectPrinter();
    REQUIRE(awaitState(*printer.monitor(), PrinterState::Ok));
    const QByteArray job = buildTicketJob(sampleTicket(u"az"_s), profile58mm(false));
    REQUIRE(job.size() > 10 * 1024); // many 1 KiB chunks
    QSignalSpy printed(&printer, &Printer::printed);
    QSignalSpy failed(&printer, &Printer::failed);
    printer.print(job);
    REQUIRE(printed.wait(15000));
    CHECK(failed.isEmpty());
    CHECK(fake.logic().received().contains(job));
}

TEST_CASE("pty: writes time out when the printer stops reading", "[printing][serial]")
{
    const bool serial = GENERATE(true, false);
    INFO((serial ? "SerialTransport" : "DeviceFileTransport"));
    PtyFakePrinter fake(silentScript(), false);
    REQUIRE(fake.isValid());
    auto transport = ptyTransport(fake, serial);
    transport->setWriteTimeout(400);
    QSignalSpy opened(transport.get(), &PrinterTransport::opened);
    transport->open();
    REQUIRE(opened.wait(2000));
    QSignalSpy errors(transport.get(), &PrinterTransport::errorOccurred);
    QSignalSpy written(transport.get(), &PrinterTransport::allWritten);
    transport->write(QByteArray(4 * 1024 * 1024, '\x55'));
    REQUIRE(errors.wait(10000));
    CHECK(errors.first().first().toString().contains(u"timed out"_s));
    CHECK(written.isEmpty());
    CHECK_FALSE(transport->isOpen());
}

TEST_CASE("serial: a missing port is reported", "[printing][serial]")
{
    SerialTransport transport(u"/dev/novbe-no-such-port"_s, 9600);
    QSignalSpy errors(&transport, &PrinterTransport::errorOccurred);
    transport.open();
    REQUIRE(errors.wait(2000));
    CHECK(errors.first().first().toString().contains(u"novbe-no-such-port"_s));
    CHECK_FALSE(transport.isOpen());
}
