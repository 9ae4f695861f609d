// Status parser: DLE EOT replies, ASB frames, GS r replies, XON/XOFF, garbage.
#include "escposencoder.h"
#include "printerstatus.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

using Kind = StatusMessage::Kind;

QList<Kind> kinds(const QList<StatusMessage> &messages)
{
    QList<Kind> out;
    for (const StatusMessage &m : messages)
        out.append(m.kind);
    return out;
}

} // namespace

TEST_CASE("DLE EOT replies map to printer states", "[printing][status]")
{
    struct Row
    {
        int request;
        quint8 reply;
        PrinterState state;
        const char *detail;
    };
    const auto row = GENERATE(values<Row>({
        {4, 0x12, PrinterState::Ok, "ready"},
        {4, 0x1E, PrinterState::PaperLow, "paper near end"},
        {4, 0x72, PrinterState::PaperOut, "paper out"},
        {4, 0x7E, PrinterState::PaperOut, "paper out, paper near end"},
        {2, 0x12, PrinterState::Ok, "ready"},
        {2, 0x16, PrinterState::CoverOpen, "cover open"},
        {2, 0x32, PrinterState::PaperOut, "paper out"},
        {2, 0x52, PrinterState::Offline, "printer error"},
        {1, 0x12, PrinterState::Ok, "ready"},
        {1, 0x16, PrinterState::Ok, "ready"}, // drawer pin HIGH only
        {1, 0x1A, PrinterState::Offline, "offline"},
        {4, 0x00, PrinterState::Unknown, "no status from the printer"}, // invalid
        {4, 0xFF, PrinterState::Unknown, "no status from the printer"},
    }));
    INFO("DLE EOT " << row.request << " -> " << int(row.reply));
    const PrinterStatus status = statusFromRealTimeByte(row.request, row.reply);
    CHECK(status.state == row.state);
    CHECK(status.detail == QString::fromUtf8(row.detail));
}

TEST_CASE("a full DLE EOT poll folds by priority", "[printing][status]")
{
    RealTimeStatus replies{quint8(0x1A), quint8(0x32), quint8(0x72)};
    CHECK(statusFromRealTime(replies).state == PrinterState::PaperOut);
    CHECK(statusFromRealTime(replies).detail == u"offline, paper out"_s);
    replies = {quint8(0x1A), quint8(0x16), quint8(0x12)};
    CHECK(statusFromRealTime(replies).state == PrinterState::CoverOpen);
    replies = {quint8(0x12), quint8(0x12), quint8(0x1E)};
    CHECK(statusFromRealTime(replies).state == PrinterState::PaperLow);
    CHECK(statusFromRealTime({}).state == PrinterState::Unknown);
}

TEST_CASE("ASB frames map to printer states", "[printing][status]")
{
    using escpos::fromHex;
    CHECK(statusFromAutoStatus(fromHex(u"18 00 0C 00"_s)).state == PrinterState::PaperOut);
    CHECK(statusFromAutoStatus(fromHex(u"18 00 0F 00"_s)).state == PrinterState::PaperOut);
    CHECK(statusFromAutoStatus(fromHex(u"38 00 00 00"_s)).state == PrinterState::CoverOpen);
    CHECK(statusFromAutoStatus(fromHex(u"10 00 03 00"_s)).state == PrinterState::PaperLow);
    CHECK(statusFromAutoStatus(fromHex(u"10 00 00 00"_s)).state == PrinterState::Ok);
    CHECK(statusFromAutoStatus(fromHex(u"18 00 00 00"_s)).state == PrinterState::Offline);
    CHECK(statusFromAutoStatus(fromHex(u"10 08 00 00"_s)).state == PrinterState::Offline);
    CHECK(statusFromAutoStatus(fromHex(u"12 00 00 00"_s)).state == PrinterState::Unknown);
}

TEST_CASE("parser splits a mixed stream", "[printing][status]")
{
    StatusParser parser;
    parser.expectRealTime(4);
    parser.expectProcessed();
    const auto messages = parser.feed(escpos::fromHex(u"72 18 00 0C 00 00"_s));
    REQUIRE(kinds(messages) == QList<Kind>{Kind::RealTime, Kind::AutoStatus, Kind::Processed});
    CHECK(messages[0].request == 4);
    CHECK(messages[1].bytes == escpos::fromHex(u"18 00 0C 00"_s));
    CHECK(parser.pendingRealTime() == 0);
}

TEST_CASE("parser: ASB split across reads with XOFF inside", "[printing][status]")
{
    StatusParser parser;
    CHECK(parser.feed(escpos::fromHex(u"18 00"_s)).isEmpty());
    const auto flow = parser.feed(escpos::fromHex(u"13"_s));
    CHECK(kinds(flow) == QList<Kind>{Kind::FlowControl});
    const auto rest = parser.feed(escpos::fromHex(u"0C 11 00"_s));
    REQUIRE(kinds(rest) == QList<Kind>{Kind::FlowControl, Kind::AutoStatus});
    CHECK(statusFromAutoStatus(rest[1].bytes).state == PrinterState::PaperOut);
}

TEST_CASE("parser: replies match requests in order", "[printing][status]")
{
    StatusParser parser;
    parser.expectRealTime(1);
    parser.expectRealTime(2);
    parser.expectRealTime(4);
    const auto messages = parser.feed(escpos::fromHex(u"1A 16 12"_s));
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].request == 1);
    CHECK(messages[1].request == 2);
    CHECK(messages[2].request == 4);
}

TEST_CASE("parser: garbage and unrequested replies", "[printing][status]")
{
    StatusParser parser;
    // No request pending: a DLE EOT-looking byte and a GS r-looking byte are garbage.
    CHECK(kinds(parser.feed(escpos::fromHex(u"12 00 FF 80"_s)))
          == QList<Kind>{Kind::Garbage, Kind::Garbage, Kind::Garbage, Kind::Garbage});
    // A broken ASB frame is reported and the next byte still counts.
    parser.expectRealTime(4);
    const auto broken = parser.feed(escpos::fromHex(u"18 00 72"_s));
    REQUIRE(kinds(broken) == QList<Kind>{Kind::Garbage, Kind::RealTime});
    CHECK(broken[1].bytes == escpos::fromHex(u"72"_s));
    parser.reset();
    CHECK(kinds(parser.feed(escpos::fromHex(u"12"_s))) == QList<Kind>{Kind::Garbage});
}

TEST_CASE("state names and which states refuse printing", "[printing][status]")
{
    CHECK(printerStateName(PrinterState::PaperOut) == u"paperOut"_s);
    CHECK(printerStateName(PrinterState::Unknown) == u"unknown"_s);
    CHECK(blocksPrinting(PrinterState::PaperOut));
    CHECK(blocksPrinting(PrinterState::CoverOpen));
    CHECK(blocksPrinting(PrinterState::Offline));
    CHECK_FALSE(blocksPrinting(PrinterState::PaperLow));
    CHECK_FALSE(blocksPrinting(PrinterState::Unknown));
    CHECK_FALSE(blocksPrinting(PrinterState::Ok));
}
