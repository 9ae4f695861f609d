#include "jsonwriter.h"

#include "codec.h"

#include <QLocale>

#include <cstring>

namespace novbe {

namespace {

constexpr char HEX[] = "0123456789abcdef";
constexpr qint64 DAY_MS = 86400000;

void appendDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

// Days since 1970-01-01 -> proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void appendUtf8Escaped(char *&dst, const char16_t *&src, const char16_t *end)
{
    const char16_t u = *src++;
    char32_t cp = u;
    const bool high = u >= 0xd800 && u < 0xdc00;
    const bool low = u >= 0xdc00 && u < 0xe000;
    if (high && src != end && *src >= 0xdc00 && *src < 0xe000) {
        cp = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src) - 0xdc00);
        ++src;
    } else if (high || low) {
        const char esc[] = {
            '\\',        'u', HEX[(u >> 12) & 0xf], HEX[(u >> 8) & 0xf], HEX[(u >> 4) & 0xf],
            HEX[u & 0xf]};
        std::memcpy(dst, esc, sizeof esc);
        dst += sizeof esc;
        return;
    }
    char *buf = dst;
    int n = 0;
    if (cp < 0x800) {
        buf[n++] = char(0xc0 | (cp >> 6));
    } else if (cp < 0x10000) {
        buf[n++] = char(0xe0 | (cp >> 12));
        buf[n++] = char(0x80 | ((cp >> 6) & 0x3f));
    } else {
        buf[n++] = char(0xf0 | (cp >> 18));
        buf[n++] = char(0x80 | ((cp >> 12) & 0x3f));
        buf[n++] = char(0x80 | ((cp >> 6) & 0x3f));
    }
    buf[n++] = char(0x80 | (cp & 0x3f));
    dst += n;
}

void appendAsciiEscaped(char *&dst, char16_t u)
{
    char second = 0;
    switch (u) {
        case 0x22: second = '"'; break;
        case 0x5c: second = '\\'; break;
        case 0x08: second = 'b'; break;
        case 0x0c: second = 'f'; break;
        case 0x0a: second = 'n'; break;
        case 0x0d: second = 'r'; break;
        case 0x09: second = 't'; break;
        default: break;
    }
    if (second) {
        *dst++ = '\\';
        *dst++ = second;
        return;
    }
    const char esc[] = {'\\', 'u', '0', '0', HEX[u >> 4], HEX[u & 0xf]};
    std::memcpy(dst, esc, sizeof esc);
    dst += sizeof esc;
}

} // namespace

void appendJsonEscaped(JsonWriter &w, QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    // Worst case: 6 bytes per UTF-16 unit (\uXXXX).
    char *const start = w.room(6 * text.size());
    char *dst = start;
    while (src != end) {
        const char16_t u = *src;
        if (u >= 0x20 && u < 0x80 && u != 0x22 && u != 0x5c) {
            *dst++ = char(u);
            ++src;
        } else if (u < 0x80) {
            appendAsciiEscaped(dst, u);
            ++src;
        } else {
            appendUtf8Escaped(dst, src, end);
        }
    }
    w.m_len += dst - start;
}

void appendIsoTime(JsonWriter &w, qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / DAY_MS : -((-ms + DAY_MS - 1) / DAY_MS);
    const qint64 msOfDay = ms - days * DAY_MS;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999) {
        const QByteArray text = isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toLatin1();
        w.put(text.constData(), text.size());
        return;
    }
    char *b = w.room(24);
    appendDigits(b, year, 4);
    b[4] = '-';
    appendDigits(b + 5, month, 2);
    b[7] = '-';
    appendDigits(b + 8, day, 2);
    b[10] = 'T';
    appendDigits(b + 11, int(msOfDay / 3600000), 2);
    b[13] = ':';
    appendDigits(b + 14, int(msOfDay / 60000 % 60), 2);
    b[16] = ':';
    appendDigits(b + 17, int(msOfDay / 1000 % 60), 2);
    b[19] = '.';
    appendDigits(b + 20, int(msOfDay % 1000), 3);
    b[23] = 'Z';
    w.m_len += 24;
}

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(std::max<qsizetype>(reserve, 64));
}

QByteArray JsonWriter::take()
{
    m_out.resize(m_len);
    QByteArray out = std::move(m_out);
    m_out = QByteArray();
    m_len = 0;
    m_depth = 0;
    m_nonEmpty = 0;
    m_afterKey = false;
    return out;
}

char *JsonWriter::room(qsizetype n)
{
    if (m_len + n > m_out.size())
        m_out.resize(std::max(m_out.size() * 2, m_len + n + 64));
    return m_out.data() + m_len;
}

void JsonWriter::put(const char *bytes, qsizetype n)
{
    std::memcpy(room(n), bytes, size_t(n));
    m_len += n;
}

JsonWriter &JsonWriter::literal(QByteArrayView bytes)
{
    put(bytes.data(), bytes.size());
    return *this;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const std::uint64_t bit = std::uint64_t(1) << (m_depth & 63);
    if (m_depth > 0 && (m_nonEmpty & bit))
        put(',');
    m_nonEmpty |= bit;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    put('{');
    ++m_depth;
    m_nonEmpty &= ~(std::uint64_t(1) << (m_depth & 63));
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    --m_depth;
    put('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    put('[');
    ++m_depth;
    m_nonEmpty &= ~(std::uint64_t(1) << (m_depth & 63));
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    put(']');
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    const size_t n = std::strlen(name);
    char *at = room(qsizetype(n) + 3);
    at[0] = '"';
    std::memcpy(at + 1, name, n);
    at[n + 1] = '"';
    at[n + 2] = ':';
    m_len += qsizetype(n) + 3;
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::keyText(QStringView name)
{
    separate();
    put('"');
    appendJsonEscaped(*this, name);
    put("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    put('"');
    appendJsonEscaped(*this, text);
    put('"');
    return *this;
}

JsonWriter &JsonWriter::value(const char *ascii)
{
    separate();
    put('"');
    put(ascii, qsizetype(std::strlen(ascii)));
    put('"');
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = number < 0;
    quint64 v = negative ? quint64(0) - quint64(number) : quint64(number);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    put(p, end - p);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    const QByteArray text = qIsFinite(number)
        ? QByteArray::number(number, 'g', QLocale::FloatingPointShortest)
        : QByteArray("null");
    put(text.constData(), text.size());
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    put("null", 4);
    return *this;
}

JsonWriter &JsonWriter::textOrNull(const QString &text)
{
    return text.isEmpty() ? null() : value(text);
}

JsonWriter &JsonWriter::time(const QDateTime &t)
{
    if (!t.isValid())
        return null();
    separate();
    put('"');
    appendIsoTime(*this, t.toMSecsSinceEpoch());
    put('"');
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    put(json.data(), json.size());
    return *this;
}

} // namespace novbe
