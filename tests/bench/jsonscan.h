#pragma once

// Allocation-free reading of compact JSON lines on the bench's hot path: the
// raw text of one top-level field of an object, without parsing the rest.

#include <QByteArrayView>
#include <QtGlobal>

namespace novbe::bench {

// Raw text of the value of `key` at the top level of the JSON object `object`
// (a string value keeps its quotes); empty when absent or malformed.
QByteArrayView jsonField(QByteArrayView object, QByteArrayView key);

// The integer in raw value `raw`, or `fallback` when it is not an integer.
qint64 jsonInt(QByteArrayView raw, qint64 fallback = -1);

// The contents of the raw string value `raw` without its quotes (escapes kept).
QByteArrayView jsonString(QByteArrayView raw);

// True when the raw value is the literal null (or absent: empty).
bool jsonIsNull(QByteArrayView raw);

} // namespace novbe::bench
