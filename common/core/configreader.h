#pragma once

#include "centreconfig.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace novbe {

// Typed field reads for the centre config loader. Every broken rule is kept as
// "<entry>: <key> <rule>" (problems()), the first also as DomainError{InvalidParams, ...}.
// Absent and null fields leave the output untouched (its default).
class ConfigReader
{
public:
    // True when `v` is missing or null.
    static bool isAbsent(const QJsonValue &v);
    // `v` as written in JSON, for messages: "text", 12, ["a"], nothing (absent).
    static QString shown(const QJsonValue &v);
    // "services[3]" or `services[3] "notary"`.
    static QString entryLabel(const QString &section, qsizetype index, const QString &id);

    // Records "<entry>: <rule>" (the first one also as error()); returns false.
    bool fail(const QString &rule);
    bool failed() const { return m_error.has_value(); }
    // Requires: failed()
    const DomainError &error() const { return *m_error; }
    // Every problem recorded, in the order found.
    const QStringList &problems() const { return m_problems; }

    // The entry named in messages, e.g. `counters[2] "c03"`.
    void setEntry(const QString &entry) { m_entry = entry; }
    const QString &entry() const { return m_entry; }
    // Prefix for key names in messages, e.g. "appointments." (empty to clear).
    void setKeyPrefix(const QString &prefix) { m_keyPrefix = prefix; }
    QString key(const QString &name) const { return m_keyPrefix + name; }

    // A string; `required` refuses absent and empty values.
    bool readString(const QJsonObject &o, const QString &name, QString &out, bool required = false);
    // An integer >= min.
    bool readInt(const QJsonObject &o, const QString &name, int &out, int min);
    bool readBool(const QJsonObject &o, const QString &name, bool &out);
    // {"az": ..., "en": ...}; `needAz` makes it required with a non-empty "az".
    bool readName(const QJsonObject &o, const QString &name, LocalizedText &out,
                  bool needAz = true);
    bool readArray(const QJsonObject &o, const QString &name, QJsonArray &out);
    // An array of distinct non-empty strings.
    bool readStringList(const QJsonObject &o, const QString &name, QStringList &out);

private:
    QString m_entry = QStringLiteral("config");
    QString m_keyPrefix;
    std::optional<DomainError> m_error;
    QStringList m_problems;
};

} // namespace novbe
