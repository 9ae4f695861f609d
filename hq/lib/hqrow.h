#pragma once

// The shape of one journal event at HQ: a row of hq.events (hq/schema). No
// I/O. What is shipped is the figures, never the citizen: an appointment's
// name, phone and booking code, a feedback comment and a transfer note stay
// in the centre (docs/hq.md, Privacy).

#include "core/centreconfig.h"
#include "core/domainevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace novbe::hq {

// One hq.events row as a JSON object (keys = column names) for `day`, the
// journal day the event is filed under.
QJsonObject eventRow(const CentreConfig &config, const QString &day, const DomainEvent &e);

// The INSERT of a JSON array of eventRow()s ($2) for centre $1: only the rows
// after the shipped position, in seq order; a row already there is skipped.
extern const char *const INSERT_EVENTS_SQL;

} // namespace novbe::hq
