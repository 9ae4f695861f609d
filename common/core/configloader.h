#pragma once

#include "centreconfig.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace novbe {

// Parses and validates a centre configuration (protocol.md section 8 plus the additive keys
// in docs/configuration.md). Pure: no file I/O. Unknown keys are ignored.
// A broken rule gives DomainError{InvalidParams, "<entry>: <rule>"}, e.g.
// `services[3] "notary": prefix "n1" must be 1-3 capital Latin letters`.
Result<CentreConfig> parseCentreConfig(const QByteArray &json);

// Every broken rule of the configuration, each as "<entry>: <rule>" in file
// order (one per entry: the entry's first broken rule); empty when it is valid.
QStringList centreConfigProblems(const QByteArray &json);

} // namespace novbe
