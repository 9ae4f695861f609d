// ESC/POS byte builders: the vectors of escpos.md section 10 and golden files.
#include "escposdecoder.h"
#include "escposencoder.h"
#include "golden.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::escpos;
using namespace novbe::test;

namespace {

QString hex(const QByteArray &bytes)
{
    return toHex(bytes);
}

QImage image16x2()
{
    // Row 0: 4 black, 8 white, 4 black; row 1: black at both ends.
    QImage image(16, 2, QImage::Format_Grayscale8);
    image.fill(255);
    for (int x : {0, 1, 2, 3, 12, 13, 14, 15})
        image.setPixel(x, 0, qRgb(0, 0, 0));
    image.setPixel(0, 1, qRgb(0, 0, 0));
    image.setPixel(15, 1, qRgb(0, 0, 0));
    return image;
}

// A deterministic pattern: diagonal stripes plus a frame, `width` x `height`.
QImage patternImage(int width, int height)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const bool frame = x == 0 || y == 0 || x == width - 1 || y == height - 1;
            image.setPixel(x, y, frame || (x + y) % 7 == 0 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        }
    return image;
}

} // namespace

TEST_CASE("section 10.1: init, FS ., PC866 text", "[printing][encoder]")
{
    const auto text = encodeText(u"Очередь"_s, CodePage::Pc866);
    REQUIRE(text.has_value());
    const QByteArray bytes = initialize() + selectCodePage(epsonCodePageNumber(CodePage::Pc866))
        + *text + lineFeed();
    CHECK(hex(bytes) == hex(fromHex(u"1B 40 1C 2E 1B 74 11 8E E7 A5 E0 A5 A4 EC 0A"_s)));
}

TEST_CASE("section 10.2: Azerbaijani in Turkish code pages", "[printing][encoder]")
{
    const auto wpc = encodeText(u"Ağdaş"_s, CodePage::Wpc1254);
    const auto pc857 = encodeText(u"Ağdaş"_s, CodePage::Pc857);
    REQUIRE(wpc.has_value());
    REQUIRE(pc857.has_value());
    CHECK(hex(selectCodePage(48) + *wpc + lineFeed()) == u"1B 74 30 41 F0 64 61 FE 0A"_s);
    CHECK(hex(selectCodePage(13) + *pc857 + lineFeed()) == u"1B 74 0D 41 A7 64 61 9F 0A"_s);
    // Ə is in no code page: plain encoding refuses, Epson glyph borrowing works.
    CHECK_FALSE(encodeText(u"Növbə"_s, CodePage::Wpc1254).has_value());
    CHECK_FALSE(encodeText(u"Növbə"_s, CodePage::Pc857).has_value());
    const auto borrowed = encodeText(u"Növbə"_s, CodePage::Wpc1254, true);
    REQUIRE(borrowed.has_value());
    CHECK(hex(selectCodePage(48) + *borrowed) == u"1B 74 30 4E F6 76 62 1B 74 35 BC 1B 74 30"_s);
}

TEST_CASE("section 10.3: big bold centred number in text mode", "[printing][encoder]")
{
    const QByteArray bytes = align(Align::Centre) + bold(true) + characterSize(4, 4)
        + *encodeText(u"A042"_s, CodePage::Pc437) + lineFeed() + characterSize(1, 1) + bold(false)
        + align(Align::Left);
    CHECK(hex(bytes) == u"1B 61 01 1B 45 01 1D 21 33 41 30 34 32 0A 1D 21 00 1B 45 00 1B 61 00"_s);
}

TEST_CASE("section 10.4: native QR command set", "[printing][encoder]")
{
    const QByteArray qr = qrCode("https://q.example/t/A042", 6, QrErrorLevel::M);
    const QByteArray bytes = align(Align::Centre) + qr + lineFeed() + align(Align::Left);
    CHECK(hex(bytes)
          == hex(fromHex(u"1B 61 01"
                         "1D 28 6B 04 00 31 41 32 00"
                         "1D 28 6B 03 00 31 43 06"
                         "1D 28 6B 03 00 31 45 31"
                         "1D 28 6B 1B 00 31 50 30 68 74 74 70 73 3A 2F 2F 71 2E 65 78 61 6D"
                         "70 6C 65 2F 74 2F 41 30 34 32"
                         "1D 28 6B 03 00 31 51 30 0A 1B 61 00"_s)));
    // python-escpos test_defaults: "1234", size 3, EC L.
    CHECK(hex(qrCode("1234", 3, QrErrorLevel::L))
          == u"1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 03 1D 28 6B 03 00 31 45 30 "
             "1D 28 6B 07 00 31 50 30 31 32 33 34 1D 28 6B 03 00 31 51 30"_s);
    CHECK(hex(goldenBytes(u"qr-native.bin"_s, qrBlock("https://q.example/t/A042", 6)))
          == hex(qrBlock("https://q.example/t/A042", 6)));
}

TEST_CASE("section 10.5: raster GS v 0", "[printing][encoder]")
{
    CHECK(hex(rasterBand(image16x2())) == u"1D 76 30 00 02 00 02 00 F0 0F 80 01"_s);
    QImage fullWidth(576, 128, QImage::Format_Grayscale8);
    fullWidth.fill(255);
    const QByteArray band = rasterBand(fullWidth);
    CHECK(hex(band.left(8)) == u"1D 76 30 00 48 00 80 00"_s);
    CHECK(band.size() == 8 + 9216);
    QImage one(1, 1, QImage::Format_Grayscale8);
    one.fill(0);
    CHECK(hex(rasterBand(one)) == u"1D 76 30 00 01 00 01 00 80"_s);
    one.fill(255);
    CHECK(hex(rasterBand(one)) == u"1D 76 30 00 01 00 01 00 00"_s);
}

TEST_CASE("raster bands: at most 128 rows, golden bytes", "[printing][encoder]")
{
    const QImage image = patternImage(20, 300);
    const QByteArray bytes = raster(image);
    const DecodedJob decoded = decodeEscPos(bytes);
    REQUIRE(decoded.ok);
    CHECK(decoded.bandHeights == QList<int>{128, 128, 44});
    CHECK(hex(bytes.left(8)) == u"1D 76 30 00 03 00 80 00"_s);
    CHECK(hex(goldenBytes(u"raster-20x300.bin"_s, bytes)) == hex(bytes));
}

TEST_CASE("raster bands of 48*k rows are padded only when asked", "[printing][encoder]")
{
    const QImage image = patternImage(16, 224); // bands of 128 and 96 rows
    CHECK(decodeEscPos(raster(image)).bandHeights == QList<int>{128, 96});
    const QByteArray padded = raster(image, RasterOptions{128, true});
    const DecodedJob decoded = decodeEscPos(padded);
    REQUIRE(decoded.ok);
    CHECK(decoded.bandHeights == QList<int>{128, 104});
    // The padding rows are white; the picture itself is unchanged.
    CHECK(decoded.paper.copy(0, 0, 16, 224).convertToFormat(QImage::Format_Grayscale8) == image);
    const QImage padding = decoded.paper.copy(0, 224, 16, 8);
    int black = 0;
    for (int y = 0; y < padding.height(); ++y)
        for (int x = 0; x < padding.width(); ++x)
            black += qGray(padding.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(padding.height() == 8);
    CHECK(black == 0);
    CHECK(hex(goldenBytes(u"raster-pad48.bin"_s, padded)) == hex(padded));
}

TEST_CASE("section 10.6: feed and cut variants", "[printing][encoder]")
{
    CHECK(hex(cut(CutMode::Partial)) == u"1D 56 42 00"_s);
    CHECK(hex(cut(CutMode::Full)) == u"1D 56 41 00"_s);
    CHECK(hex(cut(CutMode::FeedPartial)) == u"1B 64 04 1D 56 01"_s);
    CHECK(cutModeFromProfile(u"partial"_s) == CutMode::Partial);
    CHECK(cutModeFromProfile(u"full"_s) == CutMode::Full);
    CHECK(cutModeFromProfile(u"feedPartial"_s) == CutMode::FeedPartial);
    CHECK(cutModeFromProfile(u"bogus"_s) == CutMode::Partial);
    CHECK(hex(goldenBytes(u"cut-partial.bin"_s, cut(CutMode::Partial))) == u"1D 56 42 00"_s);
    CHECK(hex(goldenBytes(u"cut-full.bin"_s, cut(CutMode::Full))) == u"1D 56 41 00"_s);
    CHECK(hex(goldenBytes(u"cut-feedpartial.bin"_s, cut(CutMode::FeedPartial)))
          == u"1B 64 04 1D 56 01"_s);
}

TEST_CASE("section 10.7: status requests, ASB, GS r", "[printing][encoder]")
{
    CHECK(hex(statusRequest(4)) == u"10 04 04"_s);
    CHECK(hex(statusRequest(2)) == u"10 04 02"_s);
    CHECK(hex(statusRequest(1)) == u"10 04 01"_s);
    CHECK(hex(enableAutoStatusBack()) == u"1D 61 0F"_s);
    CHECK(hex(processedMarker()) == u"1D 72 01"_s);
    const QByteArray all = statusRequest(1) + statusRequest(2) + statusRequest(4)
        + enableAutoStatusBack() + processedMarker();
    CHECK(hex(goldenBytes(u"status-requests.bin"_s, all)) == hex(all));
}

TEST_CASE("init and small builders", "[printing][encoder]")
{
    CHECK(hex(initialize()) == u"1B 40 1C 2E"_s);
    CHECK(hex(goldenBytes(u"init.bin"_s, initialize())) == u"1B 40 1C 2E"_s);
    CHECK(hex(align(Align::Right)) == u"1B 61 02"_s);
    CHECK(hex(feedLines(3)) == u"1B 64 03"_s);
    CHECK(hex(feedLines(300)) == u"1B 64 FF"_s);
    CHECK(hex(feedDots(300)) == u"1B 4A FF 1B 4A 2D"_s);
    CHECK(hex(characterSize(8, 8)) == u"1D 21 77"_s);
    CHECK(hex(qrBlock("x", 5).left(6)) == u"1B 61 01 1B 4A 14"_s);
}
