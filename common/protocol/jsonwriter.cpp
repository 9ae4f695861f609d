#include "jsonwriter.h"

#include "codec.h"

#include <QLocale>

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

void appendUtf8Escaped(QByteArray &out, const char16_t *&src, const char16_t *end)
{
    const char16_t u = *src++;
    char32_t cp = u;
    const bool high = u >= 0xd800 && u < 0xdc00;
    const bool low = u >= 0xdc00 && u < 0xe000;
    if (high && src != end && *src >= 0xdc00 && *src < 0xe000) {
        cp = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src) - 0xdc00);
        ++src;
    } else if (high || low) {
        const char esc[] = {'\\', 'u', HEX[(u >> 12) & 0xf], HEX[(u >> 8) & 0xf],
                            HEX[(u >> 4) & 0xf], HEX[u & 0xf]};
        out.append(esc, sizeof esc);
        return;
    }
    char buf[4];
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
    out.append(buf, n);
}

void appendAsciiEscaped(QByteArray &out, char16_t u)
{
    switch (u) {
    case 0x22: out.append("\\\"", 2); return;
    case 0x5c: out.append("\\\\", 2); return;
    case 0x08: out.append("\\b", 2); return;
    case 0x0c: out.append("\\f", 2); return;
    case 0x0a: out.append("\\n", 2); return;
    case 0x0d: out.append("\\r", 2); return;
    case 0x09: out.append("\\t", 2); return;
    default: break;
    }
    const char esc[] = {'\\', 'u', '0', '0', HEX[u >> 4], HEX[u & 0xf]};
    out.append(esc, sizeof esc);
}

} // namespace

void appendJsonEscaped(QByteArray &out, QStringView text)
{
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t *run = src;
        while (src != end && *src >= 0x20 && *src < 0x80 && *src != 0x22 && *src != 0x5c)
            ++src;
        if (src != run) {
            const qsizetype n = src - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i]);
        }
        if (src == end)
            break;
        if (*src < 0x80)
            appendAsciiEscaped(out, *src++);
        else
            appendUtf8Escaped(out, src, end);
    }
}

void appendIsoTime(QByteArray &out, qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / DAY_MS : -((-ms + DAY_MS - 1) / DAY_MS);
    const qint64 msOfDay = ms - days * DAY_MS;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999) {
        out += isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toLatin1();
        return;
    }
    char b[24];
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
    out.append(b, sizeof b);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const std::uint64_t bit = std::uint64_t(1) << (m_depth & 63);
    if (m_depth > 0 && (m_nonEmpty & bit))
        m_out += ',';
    m_nonEmpty |= bit;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    ++m_depth;
    m_nonEmpty &= ~(std::uint64_t(1) << (m_depth & 63));
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    --m_depth;
    m_out += '}';
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    ++m_depth;
    m_nonEmpty &= ~(std::uint64_t(1) << (m_depth & 63));
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    m_out += ']';
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::keyText(QStringView name)
{
    separate();
    m_out += '"';
    appendJsonEscaped(m_out, name);
    m_out.append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    m_out += '"';
    appendJsonEscaped(m_out, text);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(const char *ascii)
{
    separate();
    m_out += '"';
    m_out += ascii;
    m_out += '"';
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
    m_out.append(p, end - p);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    if (qIsFinite(number))
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
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
    m_out += '"';
    appendIsoTime(m_out, t.toMSecsSinceEpoch());
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace novbe
