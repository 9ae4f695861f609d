#include "protocol/framing.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

#include <vector>

using namespace novbe;
using Status = LineDecoder::Status;

namespace {

// Drains the decoder: every item until NeedMore, NeedMore not included.
std::vector<LineDecoder::Item> drain(LineDecoder &decoder)
{
    std::vector<LineDecoder::Item> items;
    for (;;) {
        LineDecoder::Item item = decoder.next();
        if (item.status == Status::NeedMore)
            return items;
        items.push_back(item);
        REQUIRE(items.size() < 1000);
    }
}

std::vector<QByteArray> lines(const std::vector<LineDecoder::Item> &items)
{
    std::vector<QByteArray> out;
    for (const auto &item : items) {
        REQUIRE(item.status == Status::Line);
        out.push_back(item.line);
    }
    return out;
}

} // namespace

TEST_CASE("decoder yields nothing until a newline arrives", "[protocol]")
{
    LineDecoder decoder;
    CHECK(decoder.next().status == Status::NeedMore);
    decoder.feed("{\"a\":1}");
    CHECK(decoder.next().status == Status::NeedMore);
    CHECK(decoder.bufferedBytes() == 7);
    decoder.feed("\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"{\"a\":1}"});
    CHECK(decoder.bufferedBytes() == 0);
}

TEST_CASE("decoder joins a line split over many feeds", "[protocol]")
{
    const QByteArray message = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.ping\"}\n";
    const int chunk = GENERATE(1, 2, 3, 7, 50);
    LineDecoder decoder;
    std::vector<QByteArray> got;
    for (qsizetype i = 0; i < message.size(); i += chunk) {
        decoder.feed(message.mid(i, chunk));
        for (const QByteArray &line : lines(drain(decoder)))
            got.push_back(line);
    }
    CHECK(got == std::vector<QByteArray>{message.chopped(1)});
}

TEST_CASE("decoder splits merged lines and keeps the partial tail", "[protocol]")
{
    LineDecoder decoder;
    decoder.feed("one\ntwo\nthr");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"one", "two"});
    decoder.feed("ee\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"three"});
}

TEST_CASE("decoder strips one trailing CR and skips empty lines", "[protocol]")
{
    LineDecoder decoder;
    decoder.feed("a\r\n\n\r\nb\r\r\n\nc\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"a", "b\r", "c"});
}

TEST_CASE("decoder accepts exactly the cap and refuses one byte more", "[protocol]")
{
    const qsizetype cap = LineDecoder::MAX_LINE_BYTES;
    CHECK(cap == 65536);
    LineDecoder decoder;
    decoder.feed(QByteArray(cap, 'x') + "\n");
    const auto items = drain(decoder);
    REQUIRE(items.size() == 1);
    CHECK(items[0].status == Status::Line);
    CHECK(items[0].line.size() == cap);

    decoder.feed(QByteArray(cap, 'y') + "\r\n");
    const auto withCr = drain(decoder);
    REQUIRE(withCr.size() == 1);
    CHECK(withCr[0].line.size() == cap);

    decoder.feed(QByteArray(cap + 1, 'z') + "\n");
    const auto tooLong = drain(decoder);
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong[0].status == Status::TooLong);
}

TEST_CASE("decoder reports an unfinished oversized line once, early", "[protocol]")
{
    const qsizetype cap = LineDecoder::MAX_LINE_BYTES;
    LineDecoder decoder;
    decoder.feed(QByteArray(cap, 'x'));
    CHECK(drain(decoder).empty());
    decoder.feed("x"); // cap + 1 bytes and no newline yet
    const auto first = drain(decoder);
    REQUIRE(first.size() == 1);
    CHECK(first[0].status == Status::TooLong);
    CHECK(decoder.bufferedBytes() == 0);

    for (int i = 0; i < 10; ++i) { // the rest of the line is dropped silently
        decoder.feed(QByteArray(10000, 'x'));
        CHECK(drain(decoder).empty());
        CHECK(decoder.bufferedBytes() == 0);
    }
    decoder.feed("tail\n{\"ok\":true}\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"{\"ok\":true}"});
}

TEST_CASE("decoder recovers after a complete oversized line", "[protocol]")
{
    LineDecoder decoder(8);
    decoder.feed("short\n123456789\nnext\n");
    const auto items = drain(decoder);
    REQUIRE(items.size() == 3);
    CHECK(items[0].line == "short");
    CHECK(items[1].status == Status::TooLong);
    CHECK(items[2].line == "next");
}

TEST_CASE("decoder passes garbage lines through unchanged", "[protocol]")
{
    LineDecoder decoder;
    const QByteArray garbage("\x00\xff\xfe{{{\x01", 8);
    decoder.feed(garbage + "\n" + garbage + "\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{garbage, garbage});
}

TEST_CASE("decoder reset forgets the partial line", "[protocol]")
{
    LineDecoder decoder;
    decoder.feed("half a li");
    CHECK(drain(decoder).empty());
    decoder.reset();
    decoder.feed("ne\nwhole\n");
    CHECK(lines(drain(decoder)) == std::vector<QByteArray>{"ne", "whole"});
}

TEST_CASE("encodeLine writes compact JSON and one newline", "[protocol]")
{
    const QJsonObject message{{QStringLiteral("text"), QStringLiteral("a\nb")},
                              {QStringLiteral("n"), 1}};
    const QByteArray line = encodeLine(message);
    CHECK(line.endsWith('\n'));
    CHECK(line.count('\n') == 1);
    CHECK(!line.contains(' '));
    CHECK(QJsonDocument::fromJson(line).object() == message);
}
