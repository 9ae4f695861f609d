// Transport factory, file capture and PNG preview transports.
#include "devicefiletransport.h"
#include "escposdecoder.h"
#include "escposencoder.h"
#include "filetransport.h"
#include "printer.h"
#include "serialtransport.h"
#include "tcptransport.h"
#include "ticketjob.h"
#include "ticketsamples.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

template <typename T> bool madeAs(const QString &url)
{
    QString error;
    const auto transport = createTransport(url, profile80mm(true), &error);
    return dynamic_cast<T *>(transport.get()) != nullptr && error.isEmpty();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("factory: URL schemes", "[printing][transport]")
{
    CHECK(madeAs<TcpTransport>(u"tcp://192.168.1.50:9100"_s));
    CHECK(madeAs<TcpTransport>(u"tcp://printer.local"_s));
    CHECK(madeAs<SerialTransport>(u"serial:/dev/ttyUSB0"_s));
    CHECK(madeAs<SerialTransport>(u"serial:///dev/ttyS0"_s));
    CHECK(madeAs<DeviceFileTransport>(u"/dev/usb/lp0"_s));
    CHECK(madeAs<DeviceFileTransport>(u"dev:/dev/usb/lp1"_s));
    CHECK(madeAs<FileTransport>(u"file:/tmp/job.bin"_s));
    CHECK(madeAs<PngTransport>(u"png:/tmp/job.png"_s));
    QString error;
    const auto serial = createTransport(u"serial:/dev/ttyUSB0"_s, profile58mm(true), &error);
    REQUIRE(serial);
    CHECK(serial->url() == u"serial:/dev/ttyUSB0"_s);
}

TEST_CASE("factory: bad URLs give an error text", "[printing][transport]")
{
    const QString url = GENERATE(u""_s, u"ftp://host/x"_s, u"tcp://"_s, u"serial:"_s, u"file:"_s,
                                 u"lp0"_s, u"png:"_s);
    QString error;
    CHECK_FALSE(createTransport(url, profile80mm(true), &error));
    INFO("url \"" << url.toStdString() << "\" -> " << error.toStdString());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("file: raw bytes are appended", "[printing][transport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.bin"_s);
    FileTransport transport(path);
    QSignalSpy opened(&transport, &PrinterTransport::opened);
    QSignalSpy written(&transport, &PrinterTransport::allWritten);
    transport.open();
    REQUIRE(opened.wait(1000));
    transport.write(escpos::initialize());
    transport.write(escpos::cut(escpos::CutMode::Full));
    while (written.size() < 2 && written.wait(1000)) {}
    CHECK(written.size() == 2);
    CHECK(readFile(path) == QByteArray(escpos::initialize() + escpos::cut(escpos::CutMode::Full)));
    CHECK_FALSE(transport.canRead());
}

TEST_CASE("file: an unwritable path is an error", "[printing][transport]")
{
    FileTransport transport(u"/nonexistent-dir/novbe/capture.bin"_s);
    QSignalSpy errors(&transport, &PrinterTransport::errorOccurred);
    transport.open();
    REQUIRE(errors.wait(1000));
    CHECK_FALSE(transport.isOpen());
}

TEST_CASE("png: a printed ticket becomes a preview image", "[printing][transport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ticket.png"_s);
    const PrinterProfile profile = profile80mm(true);
    Printer printer(createTransport(u"png:"_s + path, profile), profile);
    const TicketPrintData data = sampleTicket(u"en"_s);
    QSignalSpy printed(&printer, &Printer::printed);
    printer.printTicket(data);
    REQUIRE(printed.wait(5000));
    const QImage preview(path);
    REQUIRE_FALSE(preview.isNull());
    const DecodedJob decoded = decodeEscPos(buildTicketJob(data, profile), profile.widthDots);
    CHECK(preview.convertToFormat(QImage::Format_Grayscale8)
          == decoded.paper.convertToFormat(QImage::Format_Grayscale8));
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, path});
    REQUIRE(zbar.waitForFinished(20000));
    CHECK(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed() == data.trackingUrl);
}

TEST_CASE("png: an undecodable job is an error", "[printing][transport]")
{
    QTemporaryDir dir;
    PngTransport transport(dir.filePath(u"x.png"_s), 576);
    QSignalSpy opened(&transport, &PrinterTransport::opened);
    transport.open();
    REQUIRE(opened.wait(1000));
    QSignalSpy errors(&transport, &PrinterTransport::errorOccurred);
    transport.write(escpos::fromHex(u"1B 99"_s));
    REQUIRE(errors.wait(1000));
    CHECK(errors.first().first().toString().contains(u"unknown command"_s));
}

TEST_CASE("device file: a regular file is written, never read", "[printing][transport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    {
        QFile create(path); // a device node exists before it is opened
        REQUIRE(create.open(QIODevice::WriteOnly));
    }
    DeviceFileTransport transport(path);
    QSignalSpy errors(&transport, &PrinterTransport::errorOccurred);
    QSignalSpy opened(&transport, &PrinterTransport::opened);
    transport.open();
    REQUIRE(opened.wait(1000));
    CHECK_FALSE(transport.canRead());
    QSignalSpy written(&transport, &PrinterTransport::allWritten);
    const QByteArray job = QByteArray(5000, '\x42') + escpos::processedMarker();
    transport.write(job);
    REQUIRE(written.wait(2000));
    CHECK(readFile(path) == job);
    CHECK(errors.isEmpty());
    DeviceFileTransport missing(u"/nonexistent-dir/lp0"_s);
    QSignalSpy missingErrors(&missing, &PrinterTransport::errorOccurred);
    missing.open();
    REQUIRE(missingErrors.wait(1000));
}
