#pragma once

#include "printerstatus.h"

namespace novbe {

// Why the kiosk does not issue tickets right now.
enum class Outage {
    None,
    EngineUnreachable,
    PaperOut,
    CoverOpen,
    PrinterOffline,
};

// The engine matters first (without it nothing can be issued), then the printer.
inline Outage outageFor(bool engineReachable, PrinterState printer)
{
    if (!engineReachable)
        return Outage::EngineUnreachable;
    switch (printer) {
        case PrinterState::PaperOut: return Outage::PaperOut;
        case PrinterState::CoverOpen: return Outage::CoverOpen;
        case PrinterState::Offline: return Outage::PrinterOffline;
        default: return Outage::None;
    }
}

} // namespace novbe
