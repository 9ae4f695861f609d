// libFuzzer entry: bytes a browser or a hostile client might send to the
// engine's HTTP port, through the strict HTTP/1.1 request parser
// (engine/http/requestparser.h), fed in chunks whose size the first byte
// picks. Invariants: a request is only ever Done with a method, a target
// starting with '/', lower-case header names and a body within the limit;
// a failure carries a 4xx/5xx status and a message; once failed, the parser
// stays failed; and the same bytes fed in one piece give the same requests.

#include "fuzzcheck.h"
#include "http/requestparser.h"

#include <cstdint>
#include <cstdlib>

using namespace novbe::http;
using novbe::fuzz::check;

namespace {

void checkRequest(const Request &r)
{
    check(!r.method.isEmpty() && r.target.startsWith('/'));
    check(r.body.size() <= RequestParser::MAX_BODY);
    for (const auto &h : r.headers)
        check(!h.first.isEmpty() && h.first == h.first.toLower());
    r.path(); // percent-decoding must not trip
    r.query();
}

// Feeds `bytes` in chunks of `chunk`; returns the requests (method + target +
// body) in order, and the final state.
QList<QByteArray> run(const QByteArray &bytes, qsizetype chunk, RequestParser::State &last)
{
    RequestParser parser;
    QList<QByteArray> seen;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        RequestParser::State s = parser.feed(bytes.mid(i, chunk));
        while (s == RequestParser::State::Done && seen.size() < 1000) {
            const Request r = parser.take();
            checkRequest(r);
            seen.append(r.method + ' ' + r.target + '\n' + r.body);
            s = parser.state();
        }
        if (s == RequestParser::State::Failed) {
            const ParseFailure &f = parser.failure();
            check(f.status >= 400 && f.status < 600 && !f.message.isEmpty());
            check(parser.feed("GET / HTTP/1.1\r\n\r\n") == RequestParser::State::Failed);
            break;
        }
    }
    last = parser.state();
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    RequestParser::State chunked = RequestParser::State::NeedMore;
    RequestParser::State whole = RequestParser::State::NeedMore;
    const QList<QByteArray> a = run(bytes, chunk, chunked);
    const QList<QByteArray> b = run(bytes, bytes.size() + 1, whole);
    // Chunking never changes what was understood.
    check(a == b && chunked == whole);
    return 0;
}
