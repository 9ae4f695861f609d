#include "params.h"

#include "codec.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

ParamReader::ParamReader(const QJsonObject &params) : m_params(params) {}

bool ParamReader::has(const QString &name) const
{
    const QJsonValue value = m_params.value(name);
    return !value.isUndefined() && !value.isNull();
}

void ParamReader::fail(const QString &name, const QString &rule)
{
    if (m_error)
        return;
    const bool missing = !has(name);
    const QString message = missing
        ? QString(u"missing param '"_s + name + u"' ("_s + rule + u")"_s)
        : QString(u"param '"_s + name + u"' must be "_s + rule);
    m_error = invalidParams(message, name);
    m_error->data.insert(u"rule"_s, rule);
}

std::optional<QString> ParamReader::checkedString(const QString &name, bool allowEmpty,
                                                  int maxLength)
{
    const QJsonValue value = m_params.value(name);
    const QString text = value.toString();
    if (!value.isString() || (!allowEmpty && text.isEmpty()) || text.size() > maxLength) {
        const QString kind = allowEmpty ? u"a string"_s : u"a non-empty string"_s;
        fail(name, kind + u" of at most %1 characters"_s.arg(maxLength));
        return std::nullopt;
    }
    return text;
}

QString ParamReader::requiredString(const QString &name, int maxLength)
{
    return checkedString(name, false, maxLength).value_or(QString());
}

QString ParamReader::optionalString(const QString &name, const QString &fallback, bool allowEmpty,
                                    int maxLength)
{
    if (!has(name))
        return fallback;
    return checkedString(name, allowEmpty, maxLength).value_or(fallback);
}

QString ParamReader::requiredEnum(const QString &name, const QStringList &allowed)
{
    const QJsonValue value = m_params.value(name);
    if (!value.isString() || !allowed.contains(value.toString())) {
        fail(name, u"one of "_s + allowed.join(u", "_s));
        return {};
    }
    return value.toString();
}

QString ParamReader::optionalEnum(const QString &name, const QStringList &allowed,
                                  const QString &fallback)
{
    if (!has(name))
        return fallback;
    const QString value = requiredEnum(name, allowed);
    return value.isEmpty() ? fallback : value;
}

std::optional<qint64> ParamReader::checkedInt(const QString &name, qint64 min, qint64 max)
{
    const QJsonValue value = m_params.value(name);
    const double number = value.toDouble();
    constexpr double TWO_POW_63 = 9223372036854775808.0;
    const bool integral = value.isDouble() && std::trunc(number) == number && number >= -TWO_POW_63
        && number < TWO_POW_63;
    const qint64 integer = integral ? value.toInteger(qint64(number)) : 0;
    if (!integral || integer < min || integer > max) {
        fail(name, u"an integer in %1..%2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return integer;
}

qint64 ParamReader::requiredInt(const QString &name, qint64 min, qint64 max)
{
    return checkedInt(name, min, max).value_or(min);
}

qint64 ParamReader::optionalInt(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!has(name))
        return fallback;
    return checkedInt(name, min, max).value_or(fallback);
}

bool ParamReader::optionalBool(const QString &name, bool fallback)
{
    if (!has(name))
        return fallback;
    const QJsonValue value = m_params.value(name);
    if (!value.isBool()) {
        fail(name, u"true or false"_s);
        return fallback;
    }
    return value.toBool();
}

bool ParamReader::requiredBool(const QString &name)
{
    if (!m_params.value(name).isBool())
        fail(name, u"true or false"_s);
    return m_params.value(name).toBool();
}

QDateTime ParamReader::optionalTime(const QString &name)
{
    return has(name) ? requiredTime(name) : QDateTime();
}

QDateTime ParamReader::requiredTime(const QString &name)
{
    const QDateTime time = parseIsoTime(m_params.value(name).toString());
    if (!time.isValid())
        fail(name, u"an ISO 8601 time with a zone, e.g. 2026-11-28T09:15:00.000Z"_s);
    return time;
}

QJsonObject ParamReader::optionalObject(const QString &name)
{
    if (!has(name))
        return {};
    const QJsonValue value = m_params.value(name);
    if (!value.isObject())
        fail(name, u"an object"_s);
    return value.toObject();
}

bool ParamReader::ok() const
{
    return !m_error.has_value();
}

std::optional<WireError> ParamReader::error() const
{
    return m_error;
}

} // namespace novbe
