#pragma once

// Internal helpers of the read-model codec: lists of shapes and strings.

#include "jsonfields.h"
#include "readmodelcodec.h"

#include <QJsonArray>

namespace novbe::detail {

template <typename T> QJsonArray encodeList(const std::vector<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(encode(item));
    return out;
}

// Every element decoded as `T`; nullopt when the value is not an array or an
// element is malformed. Absent or null -> empty.
template <typename T> std::optional<std::vector<T>> decodeList(const QJsonValue &value)
{
    std::vector<T> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        return std::nullopt;
    for (const QJsonValue &item : value.toArray()) {
        std::optional<T> decoded = item.isObject() ? decode<T>(item.toObject()) : std::nullopt;
        if (!decoded)
            return std::nullopt;
        out.push_back(std::move(*decoded));
    }
    return out;
}

// Reads list `name` of `in` into `out`; marks `in` malformed when it is not one.
template <typename T>
void readList(FieldReader &in, const QJsonObject &json, const QString &name, std::vector<T> &out)
{
    std::optional<std::vector<T>> list = decodeList<T>(json.value(name));
    if (list)
        out = std::move(*list);
    else
        in.markMalformed();
}

// `value` unless `in` was marked malformed.
template <typename T> std::optional<T> unlessMalformed(const FieldReader &in, T value)
{
    return in.malformed() ? std::nullopt : std::optional<T>(std::move(value));
}

// A number (absent or null -> 0); marks `in` malformed on anything else.
double readDouble(FieldReader &in, const QJsonObject &json, const QString &name);

// An array of strings; marks `in` malformed on anything else.
QStringList readStrings(FieldReader &in, const QJsonObject &json, const QString &name);
// A localized text object ({"az": ..., "en": ...}).
LocalizedText readLocalized(FieldReader &in, const QString &name);

} // namespace novbe::detail
