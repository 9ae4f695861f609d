#pragma once

// The desk's keys: F1-F10, F12 and a numeric USB keypad (digit = F-key
// number, with or without Num Lock; keypad + = Call next). Pure; Qt Core only.

#include "actionpolicy.h"

#include <Qt>

#include <optional>

namespace novbe {

// The action of a key press, or nullopt. F8 gives Pause (the desk turns it
// into Resume while paused). Keypad keys are not actions while a text field
// or a choice list has the keyboard (`keypadBusy`).
std::optional<DeskAction> deskActionForKey(int key, Qt::KeyboardModifiers modifiers,
                                           bool keypadBusy);

} // namespace novbe
