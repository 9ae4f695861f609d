#pragma once

#include "core/centreconfig.h"
#include "protocol/wire.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace novbe {

// One call as the hall display shows it (built from a reduced ticket).
struct DisplayCall
{
    qint64 seq = 0; // event seq; 0 when it came from a snapshot
    QString ticketId;
    QString number; // "A042"
    QString service;
    QString counterId;         // "c07"
    LocalizedText counterName; // {"az": "7", ...}
    QDateTime at;              // engine time of the latest call (UTC)
    QDateTime shownAt;         // display time it appeared; invalid = no flash
    int recalls = 0;
    bool recall = false; // the latest call was a recall

    // The counter's short name in `lang`, else its id.
    QString counterLabel(const QString &lang) const;
};

// Which calls a display shows; empty lists mean "all" (the wire's one rule).
using DisplayZone = Zone;

} // namespace novbe

Q_DECLARE_METATYPE(novbe::DisplayCall)
