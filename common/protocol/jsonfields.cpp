#include "jsonfields.h"

#include "codec.h"

#include <cmath>

namespace novbe::detail {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool FieldReader::absent(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    const bool isAbsent = value.isUndefined() || value.isNull();
    if (isAbsent && required)
        m_malformed = true;
    return isAbsent;
}

QString FieldReader::string(const QString &name, bool required)
{
    if (absent(name, required))
        return {};
    const QJsonValue value = m_object.value(name);
    if (!value.isString() || (required && value.toString().isEmpty()))
        m_malformed = true;
    return value.toString();
}

QDateTime FieldReader::time(const QString &name, bool required)
{
    if (absent(name, required))
        return {};
    const QDateTime parsed = parseIsoTime(m_object.value(name).toString());
    if (!parsed.isValid())
        m_malformed = true;
    return parsed;
}

qint64 FieldReader::integer(const QString &name, qint64 fallback, bool required)
{
    if (absent(name, required))
        return fallback;
    const QJsonValue value = m_object.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9.0e15) {
        m_malformed = true;
        return fallback;
    }
    return value.toInteger(qint64(number));
}

bool FieldReader::boolean(const QString &name, bool fallback)
{
    if (absent(name, false))
        return fallback;
    const QJsonValue value = m_object.value(name);
    if (!value.isBool())
        m_malformed = true;
    return value.toBool(fallback);
}

QJsonObject FieldReader::object(const QString &name, bool required)
{
    if (absent(name, required))
        return {};
    const QJsonValue value = m_object.value(name);
    if (!value.isObject())
        m_malformed = true;
    return value.toObject();
}

} // namespace novbe::detail
