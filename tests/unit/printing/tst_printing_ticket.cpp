// Ticket rendering (golden PNGs), QR read back with zbarimg, the byte job.
#include "escposdecoder.h"
#include "escposencoder.h"
#include "golden.h"
#include "ticketfont.h"
#include "ticketjob.h"
#include "ticketrenderer.h"
#include "ticketsamples.h"
#include "ticketstrings.h"

#include <catch2/catch.hpp>

#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

constexpr double PIXEL_TOLERANCE = 0.005; // at most 0.5% of the pixels may differ

QString zbar(const QImage &image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"qr.png"_s);
    if (!image.save(path, "PNG"))
        return u"<cannot save>"_s;
    QProcess process;
    process.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, path});
    if (!process.waitForFinished(20000))
        return u"<zbarimg did not finish>"_s;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QImage glyphImage(const QString &text)
{
    const QRawFont font = bundledFont(FontWeight::Regular, 40);
    QImage image(60, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(textPath(font, text, 5, 45), Qt::black);
    painter.end();
    return image;
}

int blackPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("ticket matches its golden PNG in az, en and ru", "[printing][ticket]")
{
    const QString lang = GENERATE(u"az"_s, u"en"_s, u"ru"_s);
    const QImage ticket = renderTicket(sampleTicket(lang), profile80mm(false), true);
    CHECK(ticket.width() == 576);
    CHECK(ticket.format() == QImage::Format_Mono);
    const QImage golden = goldenImage(u"ticket-%1.png"_s.arg(lang), ticket);
    REQUIRE_FALSE(golden.isNull());
    INFO("language " << lang.toStdString());
    CHECK(golden.size() == ticket.size());
    CHECK(differingShare(golden, ticket) <= PIXEL_TOLERANCE);
    CHECK(zbar(ticket) == sampleTicket(lang).trackingUrl);
}

TEST_CASE("58 mm ticket matches its golden PNG", "[printing][ticket]")
{
    const QImage ticket = renderTicket(sampleTicket(u"az"_s), profile58mm(false), true);
    CHECK(ticket.width() == 384);
    const QImage golden = goldenImage(u"ticket-az-58mm.png"_s, ticket);
    REQUIRE_FALSE(golden.isNull());
    CHECK(differingShare(golden, ticket) <= PIXEL_TOLERANCE);
    CHECK(zbar(ticket) == sampleTicket(u"az"_s).trackingUrl);
}

TEST_CASE("rendering is deterministic and language dependent", "[printing][ticket]")
{
    const TicketPrintData az = sampleTicket(u"az"_s);
    CHECK(renderTicket(az, profile80mm(false), true) == renderTicket(az, profile80mm(false), true));
    CHECK(renderTicket(az, profile80mm(false), true)
          != renderTicket(sampleTicket(u"en"_s), profile80mm(false), true));
    TicketPrintData standard = az;
    standard.categoryName.clear();
    CHECK(renderTicket(standard, profile80mm(false), false).height()
          < renderTicket(az, profile80mm(false), false).height());
}

TEST_CASE("Azerbaijani letters render with their own glyphs", "[printing][ticket]")
{
    const QString letters = u"ƏəŞşĞğİıÇçÖöÜü"_s;
    const QString bases = u"EeSsGgIiCcOoUu"_s;
    REQUIRE(bundledFontCovers(letters));
    const QImage missing = glyphImage(QString(QChar(0xE000))); // no glyph: .notdef box
    for (qsizetype i = 0; i < letters.size(); ++i) {
        INFO("letter " << QString(letters[i]).toStdString());
        const QImage letter = glyphImage(QString(letters[i]));
        CHECK(blackPixels(letter) > 20);
        CHECK(letter != glyphImage(QString(bases[i])));
        CHECK(letter != missing);
    }
}

TEST_CASE("native-QR job: init, raster, GS ( k, feed, cut, GS r", "[printing][ticket][job]")
{
    const TicketPrintData data = sampleTicket(u"ru"_s);
    const PrinterProfile profile = profile80mm(true);
    const QByteArray job = buildTicketJob(data, profile);
    CHECK(job.startsWith(escpos::initialize()));
    CHECK(job.endsWith(
        QByteArray(escpos::cut(escpos::CutMode::Partial) + escpos::processedMarker())));
    const DecodedJob decoded = decodeEscPos(job, profile.widthDots);
    INFO(decoded.error.toStdString());
    REQUIRE(decoded.ok);
    CHECK(decoded.text.isEmpty()); // everything as raster
    CHECK(decoded.qrPayloads == QList<QByteArray>{data.trackingUrl.toUtf8()});
    CHECK(decoded.qrPrints == 1);
    CHECK(decoded.cuts == 1);
    for (int height : decoded.bandHeights)
        CHECK(height <= 128);
    const TicketImages parts = renderTicketParts(data, profile);
    CHECK(decoded.paper.copy(0, 0, 576, parts.top.height()) == parts.top);
    CHECK(zbar(decoded.paper) == data.trackingUrl);
}

TEST_CASE("raster-QR job prints exactly the rendered ticket", "[printing][ticket][job]")
{
    const TicketPrintData data = sampleTicket(u"az"_s);
    const PrinterProfile profile = profile80mm(false);
    const DecodedJob decoded = decodeEscPos(buildTicketJob(data, profile), profile.widthDots);
    REQUIRE(decoded.ok);
    CHECK(decoded.qrPayloads.isEmpty());
    const QImage ticket = renderTicket(data, profile, true);
    CHECK(decoded.paper.copy(0, 0, ticket.width(), ticket.height()) == ticket);
    CHECK(zbar(decoded.paper) == data.trackingUrl);
}

TEST_CASE("58 mm clone job: fallback cut and no band of 48*k rows", "[printing][ticket][job]")
{
    const PrinterProfile profile = profile58mm(false);
    const QByteArray job = buildTicketJob(sampleTicket(u"en"_s), profile);
    CHECK(job.endsWith(escpos::fromHex(u"1B 64 04 1D 56 01 1D 72 01"_s)));
    const DecodedJob decoded = decodeEscPos(job, profile.widthDots);
    REQUIRE(decoded.ok);
    CHECK(decoded.paper.width() == 384);
    for (int height : decoded.bandHeights)
        CHECK(height % 48 != 0);
}

TEST_CASE("ticket phrases in three languages", "[printing][ticket]")
{
    CHECK(aheadLine(u"en"_s, 3, 410) == u"3 people ahead · about 7 min"_s);
    CHECK(aheadLine(u"en"_s, 1, 60) == u"1 person ahead · about 1 min"_s);
    CHECK(aheadLine(u"en"_s, 0, 0) == u"You are next"_s);
    CHECK(aheadLine(u"az"_s, 3, 410) == u"Qarşınızda 3 nəfər · təxminən 7 dəq"_s);
    CHECK(aheadLine(u"ru"_s, 1, 30) == u"Перед вами 1 человек · около 1 мин"_s);
    CHECK(aheadLine(u"ru"_s, 3, 410) == u"Перед вами 3 человека · около 7 мин"_s);
    CHECK(aheadLine(u"ru"_s, 12, 900) == u"Перед вами 12 человек · около 15 мин"_s);
    CHECK(aheadLine(u"ru"_s, 22, 901) == u"Перед вами 22 человека · около 16 мин"_s);
    CHECK(aheadLine(u"xx"_s, 2, 60) == aheadLine(u"az"_s, 2, 60));
    CHECK(etaMinutes(0) == 1);
    CHECK(etaMinutes(60) == 1);
    CHECK(etaMinutes(61) == 2);
}

TEST_CASE("Baku time and tracking URL", "[printing][ticket]")
{
    TicketPrintData data;
    data.issuedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 15), Qt::UTC);
    data.timeZone = QTimeZone("Asia/Baku"); // the centre's zone, from centre.get
    CHECK(ticketTimeLine(data) == u"28.11.2026  ·  13:15"_s);
    CHECK(trackingUrl(u"https://q.example/"_s, u"t_1"_s) == u"https://q.example/t/t_1"_s);
    CHECK(trackingUrl(u"https://q.example"_s, u"t_1"_s) == u"https://q.example/t/t_1"_s);
}
