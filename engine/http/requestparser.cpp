#include "requestparser.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe::http {

namespace {

bool isTokenChar(char c)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || extra.contains(c);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Visible ASCII, space, tab and obs-text; no other control bytes.
bool isFieldValue(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(const QByteArray &s)
{
    if (!s.startsWith('/'))
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return true;
    }
    return false;
}

QString Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
}

QString Request::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1));
}

RequestParser::State RequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return m_state;
    m_buffer.append(bytes);
    return m_state == State::Done ? m_state : parse();
}

Request RequestParser::take()
{
    Request request = std::move(m_request);
    m_request = Request{};
    m_bodyLength = -1;
    m_scanned = 0;
    m_state = State::NeedMore;
    if (!m_buffer.isEmpty())
        parse();
    return request;
}

RequestParser::State RequestParser::parse()
{
    if (m_bodyLength < 0) {
        // Leading empty lines before a request line are allowed (RFC 9112 2.2).
        while (m_buffer.startsWith("\r\n")) {
            m_buffer.remove(0, 2);
            m_scanned = std::max<qsizetype>(0, m_scanned - 2);
        }
        // Bytes scanned by an earlier feed() are not scanned again (a head
        // trickling in stays linear); the end may start up to 3 bytes before.
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n",
                                                   std::max<qsizetype>(0, m_scanned - 3));
        if (headEnd < 0) {
            m_scanned = m_buffer.size();
            if (m_buffer.size() > MAX_HEAD)
                return fail(431, u"INVALID_REQUEST"_s, u"request line and headers exceed 8 KiB"_s);
            return m_state = State::NeedMore;
        }
        m_scanned = 0;
        if (headEnd + 4 > MAX_HEAD)
            return fail(431, u"INVALID_REQUEST"_s, u"request line and headers exceed 8 KiB"_s);
        if (parseHead(headEnd) == State::Failed)
            return m_state;
    }
    if (m_buffer.size() < m_bodyLength)
        return m_state = State::NeedMore;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    return m_state = State::Done;
}

RequestParser::State RequestParser::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    if (head.contains('\0'))
        return fail(400, u"INVALID_REQUEST"_s, u"the request contains a NUL byte"_s);
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || (&line != &lines.last() && !line.endsWith('\r')))
            return fail(400, u"INVALID_REQUEST"_s, u"lines must end with CRLF"_s);
    }
    if (lines.size() - 1 > MAX_HEADERS)
        return fail(431, u"INVALID_REQUEST"_s, u"too many header fields"_s);
    const auto stripCr = [](const QByteArray &l) { return l.endsWith('\r') ? l.chopped(1) : l; };
    if (!parseRequestLine(stripCr(lines.first())))
        return m_state;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!parseHeaderLine(stripCr(lines[i])))
            return m_state;
    }
    if (!checkFraming())
        return m_state;
    return m_state = State::NeedMore;
}

bool RequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !isTarget(parts[1]) || line.contains('\r')) {
        fail(400, u"INVALID_REQUEST"_s, u"malformed request line"_s);
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        fail(505, u"INVALID_REQUEST"_s, u"only HTTP/1.1 and HTTP/1.0 are supported"_s);
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.keepAlive = parts[2] == "HTTP/1.1";
    return true;
}

bool RequestParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, u"INVALID_REQUEST"_s, u"folded header lines are not accepted"_s);
        return false;
    }
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon).toLower();
    const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
    if (!isToken(name) || !isFieldValue(value) || value.contains('\r')) {
        fail(400, u"INVALID_REQUEST"_s, u"malformed header line"_s);
        return false;
    }
    m_request.headers.emplaceBack(name, value);
    if (name == "connection") {
        const QByteArray v = value.toLower();
        if (v.contains("close"))
            m_request.keepAlive = false;
        else if (v.contains("keep-alive"))
            m_request.keepAlive = true;
    }
    return true;
}

bool RequestParser::checkFraming()
{
    if (m_request.hasHeader("transfer-encoding")) {
        fail(501, u"INVALID_REQUEST"_s,
             u"Transfer-Encoding is not supported; send Content-Length"_s);
        return false;
    }
    int count = 0;
    QByteArray length;
    for (const auto &h : m_request.headers) {
        if (h.first == "content-length") {
            ++count;
            length = h.second;
        }
    }
    if (count > 1) {
        fail(400, u"INVALID_REQUEST"_s, u"more than one Content-Length"_s);
        return false;
    }
    m_bodyLength = 0;
    if (count == 0)
        return true;
    bool ok = !length.isEmpty() && length.size() <= 9;
    for (char c : length)
        ok = ok && c >= '0' && c <= '9';
    if (!ok) {
        fail(400, u"INVALID_REQUEST"_s, u"Content-Length must be a decimal number"_s);
        return false;
    }
    m_bodyLength = length.toLongLong();
    if (m_bodyLength > MAX_BODY) {
        fail(413, u"INVALID_REQUEST"_s, u"the body exceeds 64 KiB"_s);
        return false;
    }
    return true;
}

RequestParser::State RequestParser::fail(int status, const QString &reason, const QString &message)
{
    m_failure = ParseFailure{status, reason, message};
    m_buffer.clear();
    m_scanned = 0;
    return m_state = State::Failed;
}

} // namespace novbe::http
