#pragma once

// The stored form of a day summary (core/daysummary.h) in the
// day_summaries table (schema 5): a QDataStream of its figures behind a
// format number and a SHA-256 of them, so a damaged row is told apart from a
// good one and derived again from the journal.

#include "core/daysummary.h"

#include <QByteArray>

#include <optional>

namespace novbe {

QByteArray encodeDaySummary(const DaySummary &summary);
// nullopt for a body that is damaged, truncated or of another format.
std::optional<DaySummary> decodeDaySummary(const QByteArray &body);

} // namespace novbe
