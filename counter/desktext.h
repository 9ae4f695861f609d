#pragma once

// Translated names shown at the desk: actions, their keys, placements and
// counter states (context "DeskText"); pause reasons are the app kit's
// (app/pausereasons.h).

#include "actionpolicy.h"

#include "core/ticket.h"

#include <QString>
#include <QStringList>

namespace novbe {

QString actionLabel(DeskAction action); // "Call next"
QString actionKey(DeskAction action);   // "F1"; empty when no key
// Why `action` is not possible in `situation`, in plain words.
QString actionRefusal(DeskAction action, const DeskSituation &situation, const QString &ticket);

// The label of a finish outcome code: its translation (known codes of the
// sample centre), else the code in words ("documentIssued" -> "Document issued").
QString outcomeLabel(const QString &code);

QString placementLabel(Placement placement); // "First in line"
QString placementHint(Placement placement);
QString counterStateLabel(CounterState state); // "Calling"
// "12:05" or "1:02:07": a duration for timers.
QString clockDuration(qint64 seconds);
// "4 min", "1 h 5 min": a wait in the side panel.
QString shortWait(qint64 seconds);

} // namespace novbe
