// The test/preview decoder: command table, raster round trip, QR payloads.
#include "escposdecoder.h"
#include "escposencoder.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::escpos;

TEST_CASE("decoder tokenizes every command our builders make", "[printing][decoder]")
{
    QImage image(40, 10, QImage::Format_Grayscale8);
    image.fill(255);
    const QByteArray job = initialize() + align(Align::Centre) + raster(image)
        + qrBlock("https://q.example/t/A042", 6) + feedLines(2) + cut(CutMode::Partial)
        + cut(CutMode::Full) + cut(CutMode::FeedPartial) + statusRequest(1) + enableAutoStatusBack()
        + processedMarker() + selectCodePage(17) + bold(true) + characterSize(2, 2)
        + *encodeText(u"Очередь"_s, CodePage::Pc866) + lineFeed();
    const DecodedJob decoded = decodeEscPos(job);
    INFO(decoded.error.toStdString());
    REQUIRE(decoded.ok);
    QStringList names;
    for (const EscPosCommand &c : decoded.commands)
        names.append(c.name);
    CHECK(names.first() == u"ESC @"_s);
    CHECK(names.contains(u"FS ."_s));
    CHECK(names.contains(u"GS v 0"_s));
    CHECK(names.contains(u"GS ( k fn 80"_s));
    CHECK(names.contains(u"DLE EOT"_s));
    CHECK(decoded.cuts == 3);
    CHECK(decoded.qrPrints == 1);
    CHECK(decoded.qrPayloads == QList<QByteArray>{"https://q.example/t/A042"});
    CHECK(decoded.text == *encodeText(u"Очередь"_s, CodePage::Pc866));
    qsizetype total = 0;
    for (const EscPosCommand &c : decoded.commands)
        total += c.bytes.size();
    CHECK(total == job.size());
}

TEST_CASE("decoder rejects unknown and truncated commands", "[printing][decoder]")
{
    const DecodedJob unknown = decodeEscPos(initialize() + fromHex(u"1B 99 00"_s));
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.contains(u"unknown command at offset 4"_s));
    const DecodedJob control = decodeEscPos(fromHex(u"07"_s));
    CHECK_FALSE(control.ok);
    QImage blank(16, 4, QImage::Format_Grayscale8);
    blank.fill(255);
    const QByteArray band = rasterBand(blank);
    const DecodedJob truncated = decodeEscPos(band.left(band.size() - 1));
    CHECK_FALSE(truncated.ok);
    CHECK(truncated.error.startsWith(u"truncated"_s));
    CHECK_FALSE(decodeEscPos(fromHex(u"1D 28 6B 05 00 31 50"_s)).ok);
}

TEST_CASE("raster round trip through the decoder", "[printing][decoder]")
{
    QRandomGenerator random(42);
    QImage image(37, 260, QImage::Format_Grayscale8); // width not a multiple of 8
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, random.bounded(2) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    const DecodedJob decoded = decodeEscPos(raster(image), 37);
    REQUIRE(decoded.ok);
    CHECK(decoded.rasterBands == 3);
    CHECK(decoded.paper.convertToFormat(QImage::Format_Grayscale8) == image);
}

TEST_CASE("decoder places feeds and centres a native QR", "[printing][decoder]")
{
    const QByteArray job = align(Align::Centre) + qrCode("HELLO", 4) + lineFeed();
    const DecodedJob decoded = decodeEscPos(job, 200);
    REQUIRE(decoded.ok);
    const int side = 21 * 4; // "HELLO" fits in version 1
    CHECK(decoded.paper.width() == 200);
    CHECK(decoded.paper.height() == side + 30);
    // The finder pattern's top-left corner sits where centring puts it.
    const int left = (200 - side) / 2;
    CHECK(qGray(decoded.paper.pixel(left, 0)) == 0);
    CHECK(qGray(decoded.paper.pixel(left - 1, 0)) == 255);
}
