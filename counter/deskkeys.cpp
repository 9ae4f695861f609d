#include "deskkeys.h"

#include <array>
#include <utility>

namespace novbe {

namespace {

// Keypad key -> its digit, with Num Lock on (digits) or off (navigation keys).
int keypadDigit(int key)
{
    static constexpr std::array<std::pair<int, int>, 9> numLockOff{{
        {Qt::Key_End, 1},
        {Qt::Key_Down, 2},
        {Qt::Key_PageDown, 3},
        {Qt::Key_Left, 4},
        {Qt::Key_Clear, 5},
        {Qt::Key_Right, 6},
        {Qt::Key_Home, 7},
        {Qt::Key_Up, 8},
        {Qt::Key_PageUp, 9},
    }};
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return key - Qt::Key_0;
    for (const auto &[k, digit] : numLockOff) {
        if (k == key)
            return digit;
    }
    return 0;
}

std::optional<DeskAction> actionOfNumber(int n)
{
    static constexpr std::array<DeskAction, 9> byNumber{
        DeskAction::CallNext, DeskAction::Recall, DeskAction::Start,
        DeskAction::Finish,   DeskAction::NoShow, DeskAction::Transfer,
        DeskAction::Park,     DeskAction::Pause,  DeskAction::CallSpecific,
    };
    if (n < 1 || n > 9)
        return std::nullopt;
    return byNumber[size_t(n - 1)];
}

} // namespace

std::optional<DeskAction> deskActionForKey(int key, Qt::KeyboardModifiers modifiers,
                                           bool keypadBusy)
{
    const Qt::KeyboardModifiers others = modifiers & ~Qt::KeypadModifier;
    if (others != Qt::NoModifier)
        return std::nullopt; // Ctrl/Alt/Shift + key: not the desk's
    if (key >= Qt::Key_F1 && key <= Qt::Key_F9)
        return actionOfNumber(key - Qt::Key_F1 + 1);
    if (key == Qt::Key_F10)
        return DeskAction::Close;
    if (key == Qt::Key_F12)
        return DeskAction::Logout;
    if (!(modifiers & Qt::KeypadModifier) || keypadBusy)
        return std::nullopt;
    if (key == Qt::Key_Plus)
        return DeskAction::CallNext;
    return actionOfNumber(keypadDigit(key));
}

} // namespace novbe
