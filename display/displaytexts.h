#pragma once

// Labels of the hall display in each centre language. The display shows
// its labels in the centre's languages in turn (one screen, three audiences),
// so it looks them up by language (the display catalog,
// resources/translations/display_<lang>.ts) instead of one installed translator.

#include <QString>

namespace novbe {

enum class DisplayLabel {
    NowCalling,
    Ticket,
    Counter,
    RecentCalls,
    Again,
    PleaseWait,
    Offline,
    Closed,            // desk display: the counter is closed
    OnBreak,           // desk display: the counter is paused
    UseAnotherCounter, // desk display, under Closed / OnBreak
    LastUpdated,       // "Last updated %1" (HH:MM), on the offline banner
    NotInZone,         // desk display: "%1" (the --counter id) is not in the zone
};

// The label in `lang` ("az", "en", "ru"); falls back to Azerbaijani.
QString displayLabel(DisplayLabel label, const QString &lang);

} // namespace novbe
