#include "jsonscan.h"

namespace novbe::bench {

namespace {

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    return i;
}

// Index just past the string starting at s[i] == '"', or -1.
qsizetype skipString(QByteArrayView s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// Index just past the value starting at s[i], or -1.
qsizetype skipValue(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] != '{' && s[i] != '[') {
        while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']')
            ++i;
        return i;
    }
    int depth = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '"') {
            i = skipString(s, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return -1;
}

QByteArrayView trimmed(QByteArrayView s)
{
    qsizetype end = s.size();
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\r'))
        --end;
    return s.first(end);
}

} // namespace

QByteArrayView jsonField(QByteArrayView object, QByteArrayView key)
{
    qsizetype i = skipSpace(object, 0);
    if (i >= object.size() || object[i] != '{')
        return {};
    ++i;
    while (true) {
        i = skipSpace(object, i);
        if (i >= object.size() || object[i] != '"')
            return {};
        const qsizetype keyEnd = skipString(object, i);
        if (keyEnd < 0)
            return {};
        const QByteArrayView name = object.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(object, keyEnd);
        if (i >= object.size() || object[i] != ':')
            return {};
        i = skipSpace(object, i + 1);
        const qsizetype valueEnd = skipValue(object, i);
        if (valueEnd < 0)
            return {};
        if (name == key)
            return trimmed(object.sliced(i, valueEnd - i));
        i = skipSpace(object, valueEnd);
        if (i >= object.size() || object[i] != ',')
            return {};
        ++i;
    }
}

qint64 jsonInt(QByteArrayView raw, qint64 fallback)
{
    if (raw.isEmpty())
        return fallback;
    bool negative = false;
    qsizetype i = 0;
    if (raw[0] == '-') {
        negative = true;
        i = 1;
    }
    if (i >= raw.size())
        return fallback;
    qint64 value = 0;
    for (; i < raw.size(); ++i) {
        if (raw[i] < '0' || raw[i] > '9')
            return fallback;
        value = value * 10 + (raw[i] - '0');
    }
    return negative ? -value : value;
}

QByteArrayView jsonString(QByteArrayView raw)
{
    if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
        return {};
    return raw.sliced(1, raw.size() - 2);
}

bool jsonIsNull(QByteArrayView raw)
{
    return raw.isEmpty() || raw == QByteArrayView("null");
}

} // namespace novbe::bench
