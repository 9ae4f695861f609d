#pragma once

// Typed reading of request params. Each getter returns a fallback on error;
// the first error is kept and error() turns it into INVALID_PARAMS naming the
// param and the rule. Unknown params are ignored (protocol additions).
//
//   ParamReader r(request.params);
//   const QString service = r.requiredString(u"service"_s);
//   const int rating = r.requiredInt(u"rating"_s, 1, 5);
//   if (auto error = r.error()) return *error;

#include "errors.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace novbe {

class ParamReader
{
public:
    static constexpr int DEFAULT_MAX_LENGTH = 1024;

    explicit ParamReader(const QJsonObject &params);

    bool has(const QString &name) const; // present and not null

    // Non-empty string of at most maxLength characters.
    QString requiredString(const QString &name, int maxLength = DEFAULT_MAX_LENGTH);
    // Absent or null -> fallback; present: a string, non-empty unless allowEmpty.
    QString optionalString(const QString &name, const QString &fallback = {},
                           bool allowEmpty = true, int maxLength = DEFAULT_MAX_LENGTH);
    // One of `allowed` (e.g. placement "first" | "last" | "original").
    QString requiredEnum(const QString &name, const QStringList &allowed);
    QString optionalEnum(const QString &name, const QStringList &allowed, const QString &fallback);

    // Integral JSON number in [min, max].
    qint64 requiredInt(const QString &name, qint64 min = std::numeric_limits<int>::min(),
                       qint64 max = std::numeric_limits<int>::max());
    qint64 optionalInt(const QString &name, qint64 fallback,
                       qint64 min = std::numeric_limits<int>::min(),
                       qint64 max = std::numeric_limits<int>::max());
    bool optionalBool(const QString &name, bool fallback);
    // true or false, present.
    bool requiredBool(const QString &name);

    // ISO 8601 time with a zone (see parseIsoTime), returned in UTC.
    QDateTime requiredTime(const QString &name);
    // Absent or null -> invalid; present: as requiredTime.
    QDateTime optionalTime(const QString &name);
    // Records `name` as failing `rule` (a check the getters do not make).
    void reject(const QString &name, const QString &rule) { fail(name, rule); }
    // Absent or null -> {}; present: must be an object.
    QJsonObject optionalObject(const QString &name);

    bool ok() const;
    // INVALID_PARAMS for the first failed read, data {reason, param, rule}.
    std::optional<WireError> error() const;

private:
    void fail(const QString &name, const QString &rule);
    std::optional<QString> checkedString(const QString &name, bool allowEmpty, int maxLength);
    std::optional<qint64> checkedInt(const QString &name, qint64 min, qint64 max);

    QJsonObject m_params;
    std::optional<WireError> m_error;
};

} // namespace novbe
