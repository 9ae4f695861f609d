#pragma once

// Internal helpers of the codec: optional strings as JSON null and a lenient
// field reader that remembers whether any present field had the wrong type.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace novbe::detail {

// Empty string -> JSON null.
QJsonValue stringOrNull(const QString &text);

class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) {}

    // Absent or null -> empty; a non-string marks the object malformed.
    QString string(const QString &name, bool required = false);
    // Absent or null -> invalid; an unparsable time marks it malformed.
    QDateTime time(const QString &name, bool required = false);
    qint64 integer(const QString &name, qint64 fallback = 0, bool required = false);
    bool boolean(const QString &name, bool fallback = false);
    // Absent or null -> {}; a non-object marks it malformed.
    QJsonObject object(const QString &name, bool required = false);

    bool malformed() const { return m_malformed; }
    void markMalformed() { m_malformed = true; }

private:
    bool absent(const QString &name, bool required);

    QJsonObject m_object;
    bool m_malformed = false;
};

} // namespace novbe::detail
