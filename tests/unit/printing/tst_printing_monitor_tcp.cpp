// PrinterMonitor and Printer against a fake printer on loopback TCP.
#include "escposencoder.h"
#include "fakeprinter.h"
#include "printer.h"
#include "printermonitor.h"
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

// Waits (on signals, no sleeping) until `monitor` reports `wanted`.
bool awaitState(PrinterMonitor &monitor, PrinterState wanted, int timeoutMs = 5000)
{
    QSignalSpy spy(&monitor, &PrinterMonitor::stateChanged);
    QElapsedTimer clock;
    clock.start();
    while (monitor.state() != wanted && clock.elapsed() < timeoutMs)
        spy.wait(int(std::max<qint64>(1, timeoutMs - clock.elapsed())));
    return monitor.state() == wanted;
}

struct Scenario
{
    const char *name;
    PrinterScript script;
    PrinterState expected;
    PrinterMonitor::Mode mode;
};

std::unique_ptr<PrinterTransport> tcpTransport(const TcpFakePrinter &fake)
{
    QString error;
    auto transport = createTransport(fake.url(), profile80mm(true), &error);
    REQUIRE(transport);
    return transport;
}

} // namespace

TEST_CASE("TCP: monitor reads the state of a scripted printer", "[printing][monitor][tcp]")
{
    using Mode = PrinterMonitor::Mode;
    const Scenario s = GENERATE(values<Scenario>({
        {"paper out, polled", paperOutScript(false), PrinterState::PaperOut, Mode::Polling},
        {"paper out, ASB", paperOutScript(true), PrinterState::PaperOut, Mode::Asb},
        {"cover open, polled", coverOpenScript(false), PrinterState::CoverOpen, Mode::Polling},
        {"cover open, ASB", coverOpenScript(true), PrinterState::CoverOpen, Mode::Asb},
        {"ready, polled", okScript(false), PrinterState::Ok, Mode::Polling},
    }));
    INFO(s.name);
    TcpFakePrinter fake(s.script);
    auto transport = tcpTransport(fake);
    PrinterMonitor monitor(transport.get());
    monitor.setTimings(FAST);
    transport->open();
    REQUIRE(awaitState(monitor, s.expected));
    CHECK(monitor.mode() == s.mode);
    CHECK(monitor.hasAnswered());
    CHECK(fake.logic().commandCount(escpos::enableAutoStatusBack()) == 1);
}

TEST_CASE("TCP: a silent printer is unknown within the timeout", "[printing][monitor][tcp]")
{
    TcpFakePrinter fake(silentScript());
    auto transport = tcpTransport(fake);
    PrinterMonitor monitor(transport.get());
    monitor.setTimings(FAST);
    QSignalSpy spy(&monitor, &PrinterMonitor::stateChanged);
    QElapsedTimer clock;
    clock.start();
    transport->open();
    while (monitor.status().detail != u"no answer from the printer"_s && clock.elapsed() < 5000)
        spy.wait(5000);
    CHECK(monitor.state() == PrinterState::Unknown);
    CHECK(monitor.status().detail == u"no answer from the printer"_s);
    CHECK(clock.elapsed() < 2000); // ASB wait + one reply timeout, not a hang
    CHECK_FALSE(monitor.hasAnswered());
    CHECK(fake.logic().commandCount(escpos::statusRequest(1)) >= 1);
}

TEST_CASE("TCP: printer prints a ticket and waits for GS r", "[printing][printer][tcp]")
{
    TcpFakePrinter fake(okScript(true));
    Printer printer(tcpTransport(fake), profile80mm(true));
    printer.monitor()->setTimings(FAST);
    printer.connectPrinter();
    REQUIRE(awaitState(*printer.monitor(), PrinterState::Ok));
    QSignalSpy printed(&printer, &Printer::printed);
    QSignalSpy failed(&printer, &Printer::failed);
    const QByteArray job = buildTicketJob(sampleTicket(u"az"_s), profile80mm(true));
    printer.print(job);
    CHECK(printer.isBusy());
    REQUIRE(printed.wait(10000));
    CHECK(failed.isEmpty());
    CHECK_FALSE(printer.isBusy());
    CHECK(fake.logic().received().contains(job));
    CHECK(fake.logic().commandCount(escpos::processedMarker()) == 1);
}

TEST_CASE("TCP: printing is refused while out of paper", "[printing][printer][tcp]")
{
    const PrinterScript script = GENERATE(paperOutScript(true), coverOpenScript(false));
    TcpFakePrinter fake(script);
    Printer printer(tcpTransport(fake), profile80mm(true));
    printer.monitor()->setTimings(FAST);
    printer.connectPrinter();
    QSignalSpy states(&printer, &Printer::stateChanged);
    while (!blocksPrinting(printer.state()) && states.wait(5000)) {}
    REQUIRE(blocksPrinting(printer.state()));
    QSignalSpy failed(&printer, &Printer::failed);
    printer.print(escpos::initialize() + escpos::processedMarker());
    REQUIRE(failed.wait(2000));
    CHECK(failed.first().first().toString() == refusalReason(printer.state()));
    CHECK(fake.logic().commandCount(escpos::processedMarker()) == 0);
}

TEST_CASE("TCP: a job the printer never confirms fails", "[printing][printer][tcp]")
{
    PrinterScript script = okScript(true);
    script.answerProcessed = false;
    TcpFakePrinter fake(script);
    Printer printer(tcpTransport(fake), profile80mm(true));
    printer.monitor()->setTimings(FAST);
    printer.setJobTimeout(500);
    printer.connectPrinter();
    REQUIRE(awaitState(*printer.monitor(), PrinterState::Ok));
    QSignalSpy failed(&printer, &Printer::failed);
    printer.print(escpos::initialize() + escpos::processedMarker());
    REQUIRE(failed.wait(5000));
    CHECK(failed.first().first().toString().contains(u"did not confirm"_s));
}

TEST_CASE("TCP: a silent printer still gets its ticket", "[printing][printer][tcp]")
{
    TcpFakePrinter fake(silentScript());
    Printer printer(tcpTransport(fake), profile80mm(true));
    printer.monitor()->setTimings(FAST);
    QSignalSpy printed(&printer, &Printer::printed);
    const QByteArray job = escpos::initialize() + escpos::cut(escpos::CutMode::Partial)
        + escpos::processedMarker();
    printer.print(job); // opens the connection on demand
    REQUIRE(printed.wait(5000));
    QSignalSpy received(&fake, &TcpFakePrinter::received);
    while (!fake.logic().received().contains(job) && received.wait(2000)) {}
    CHECK(fake.logic().received().contains(job));
}

TEST_CASE("TCP: connection refused is an error, not a hang", "[printing][printer][tcp]")
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QString error;
    Printer printer(createTransport(u"tcp://127.0.0.1:%1"_s.arg(port), profile80mm(true), &error),
                    profile80mm(true));
    QSignalSpy failed(&printer, &Printer::failed);
    printer.print(escpos::initialize());
    REQUIRE(failed.wait(5000));
    CHECK(failed.first().first().toString().contains(u"127.0.0.1"_s));
    CHECK(printer.state() == PrinterState::Unknown);
}
