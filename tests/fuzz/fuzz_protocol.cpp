// libFuzzer entry: random bytes, split at random points, through the line
// decoder, the request and response parsers, the param reader and the
// JSON -> domain decoders. Any crash, sanitizer report or broken invariant
// (abort) is a finding.

#include "fuzzcheck.h"
#include "protocol/codec.h"
#include "protocol/framing.h"
#include "protocol/params.h"
#include "protocol/readmodelcodec.h"
#include "protocol/rpc.h"
#include "protocol/viewbuilders.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace novbe;
using novbe::fuzz::check;
using namespace Qt::StringLiterals;

namespace {

void readParams(const QJsonObject &params)
{
    ParamReader r(params);
    r.optionalString(u"service"_s);
    r.optionalInt(u"sinceSeq"_s, 0, 0, std::numeric_limits<qint64>::max());
    r.optionalInt(u"rating"_s, 3, 1, 5);
    r.optionalBool(u"flag"_s, false);
    if (r.has(u"start"_s))
        r.requiredTime(u"start"_s);
    r.optionalEnum(u"placement"_s, {u"first"_s, u"last"_s}, u"last"_s);
    r.optionalObject(u"citizen"_s);
    if (const auto error = r.error())
        check(error->code == wirecode::INVALID_PARAMS
              && !error->data.value(u"param"_s).toString().isEmpty());
}

void parseLine(const QByteArray &line)
{
    const ParsedRequest parsed = parseRequest(line);
    if (!parsed.ok()) {
        check(parsed.error->code == wirecode::PARSE_ERROR
              || parsed.error->code == wirecode::INVALID_REQUEST);
        encodeLine(errorResponse(parsed.request.id, *parsed.error));
        return;
    }
    readParams(parsed.request.params);
    const IncomingMessage incoming = parseIncoming(line);
    const QJsonObject object = incoming.kind == IncomingMessage::Kind::Notification
        ? incoming.params
        : parsed.request.params;
    if (const auto event = eventFromJson(object))
        check(eventFromJson(encode(eventView(*event, CentreConfig()))).has_value());
    if (const auto ticket = ticketFromJson(object))
        check(ticketFromJson(encode(ticketView(*ticket))).has_value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the chunk size, so splits are explored too.
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    LineDecoder decoder(1024);
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        decoder.feed(bytes.mid(i, chunk));
        for (;;) {
            const LineDecoder::Item item = decoder.next();
            if (item.status == LineDecoder::Status::NeedMore)
                break;
            check(decoder.bufferedBytes() <= 1024 + 1 + chunk);
            if (item.status == LineDecoder::Status::Line) {
                check(!item.line.isEmpty() && item.line.size() <= 1024
                      && !item.line.contains('\n'));
                parseLine(item.line);
            }
        }
    }
    return 0;
}
