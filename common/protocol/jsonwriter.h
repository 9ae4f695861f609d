#pragma once

// A streaming JSON writer for the hot path. It writes exactly what
// QJsonDocument::toJson(Compact) writes for the same object (same escaping,
// same number forms), without building a QJsonObject first. Object keys must
// be given in the order QJsonObject keeps them: ascending (the tests compare
// every wire shape with QJsonDocument's output byte for byte).

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace novbe {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 512);
    // The bytes written so far; the writer is empty afterwards.
    QByteArray take();
    // Bytes as they are, outside the JSON structure (framing around a value).
    JsonWriter &literal(QByteArrayView bytes);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // An object key (ASCII, no escaping needed).
    JsonWriter &key(const char *name);
    // An object key that may need escaping.
    JsonWriter &keyText(QStringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(const char *ascii);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // The text, or null when it is empty.
    JsonWriter &textOrNull(const QString &text);
    // The ISO 8601 UTC time with milliseconds, or null when invalid.
    JsonWriter &time(const QDateTime &t);
    // Already encoded JSON, as a value.
    JsonWriter &raw(QByteArrayView json);

    // key + value shorthands.
    template <typename T> JsonWriter &field(const char *name, const T &v)
    {
        key(name);
        return value(v);
    }

private:
    void separate();
    char *room(qsizetype n);
    void put(char c)
    {
        *room(1) = c;
        ++m_len;
    }
    void put(const char *bytes, qsizetype n);
    friend void appendJsonEscaped(JsonWriter &w, QStringView text);
    friend void appendIsoTime(JsonWriter &w, qint64 msSinceEpoch);

    QByteArray m_out; // m_out.size() is the capacity; m_len the bytes written
    qsizetype m_len = 0;
    std::uint64_t m_nonEmpty = 0; // bit d: the container at depth d has an element
    int m_depth = 0;
    bool m_afterKey = false;
};

// Writes `text` escaped as QJsonDocument escapes strings (no quotes).
void appendJsonEscaped(JsonWriter &w, QStringView text);
// Writes "YYYY-MM-DDTHH:MM:SS.mmmZ" for `msSinceEpoch` (years 1..9999; no quotes).
void appendIsoTime(JsonWriter &w, qint64 msSinceEpoch);

} // namespace novbe
