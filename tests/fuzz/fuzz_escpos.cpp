// libFuzzer entry: bytes a printer might send back, through the ESC/POS
// status parser (kiosk/printing/printerstatus.h). The first byte scripts the
// requests the kiosk declared (DLE EOT n, GS r 1); the rest is the printer's
// reply stream, fed in chunks. Invariants: every byte ends up in exactly one
// message, ASB frames are 4 bytes, and each message decodes to a status.

#include "fuzzcheck.h"
#include "printerstatus.h"

#include <cstdint>
#include <cstdlib>

using namespace novbe;
using novbe::fuzz::check;

namespace {

void declare(StatusParser &parser, uint8_t script)
{
    for (int i = 0; i < 3; ++i) {
        switch ((script >> (2 * i)) & 3) {
            case 0: break;
            case 1: parser.expectRealTime(1 + i); break;
            case 2: parser.expectRealTime(4); break;
            default: parser.expectProcessed();
        }
    }
    if (script & 0x80)
        parser.clearRealTime();
}

qsizetype decodeAll(const QList<StatusMessage> &messages)
{
    qsizetype bytes = 0;
    for (const StatusMessage &m : messages) {
        bytes += m.bytes.size();
        if (m.kind == StatusMessage::Kind::AutoStatus) {
            check(m.bytes.size() == 4);
            check(!printerStateName(statusFromAutoStatus(m.bytes).state).isEmpty());
        } else if (m.kind == StatusMessage::Kind::RealTime) {
            check(m.bytes.size() == 1);
            statusFromRealTimeByte(m.request, quint8(m.bytes[0]));
        }
    }
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    StatusParser parser;
    declare(parser, data[0]);
    const qsizetype chunk = 1 + data[1] % 8;
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    qsizetype seen = 0;
    for (qsizetype i = 0; i < stream.size(); i += chunk) {
        if (stream[i] == '\x10') // a DLE in the stream: the kiosk asks again
            parser.expectRealTime(1 + (i % 4 == 3 ? 3 : i % 4));
        seen += decodeAll(parser.feed(stream.mid(i, chunk)));
    }
    check(seen <= stream.size()); // an ASB frame may still be incomplete
    check(parser.pendingRealTime() >= 0);
    RealTimeStatus replies;
    if (!stream.isEmpty()) {
        replies.printer = quint8(stream[0]);
        replies.paper = quint8(stream[stream.size() - 1]);
    }
    statusFromRealTime(replies);
    return 0;
}
