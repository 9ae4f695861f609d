// The desk's keys: F-keys and a numeric keypad with Num Lock on or off.
#include "counter/deskkeys.h"

#include <catch2/catch.hpp>

using namespace novbe;
using A = DeskAction;

TEST_CASE("F-keys follow the button order", "[counter][keys]")
{
    const auto [key, action] = GENERATE(table<int, A>({
        {Qt::Key_F1, A::CallNext},
        {Qt::Key_F2, A::Recall},
        {Qt::Key_F3, A::Start},
        {Qt::Key_F4, A::Finish},
        {Qt::Key_F5, A::NoShow},
        {Qt::Key_F6, A::Transfer},
        {Qt::Key_F7, A::Park},
        {Qt::Key_F8, A::Pause},
        {Qt::Key_F9, A::CallSpecific},
        {Qt::Key_F10, A::Close},
        {Qt::Key_F12, A::Logout},
    }));
    const bool busy = GENERATE(false, true);
    CHECK(deskActionForKey(key, Qt::NoModifier, busy) == action);
    CHECK_FALSE(deskActionForKey(key, Qt::ControlModifier, busy).has_value());
}

TEST_CASE("keypad digit n does what Fn does, with or without Num Lock", "[counter][keys]")
{
    const auto [numLockOn, numLockOff, fkey] = GENERATE(table<int, int, int>({
        {Qt::Key_1, Qt::Key_End, Qt::Key_F1},
        {Qt::Key_2, Qt::Key_Down, Qt::Key_F2},
        {Qt::Key_3, Qt::Key_PageDown, Qt::Key_F3},
        {Qt::Key_4, Qt::Key_Left, Qt::Key_F4},
        {Qt::Key_5, Qt::Key_Clear, Qt::Key_F5},
        {Qt::Key_6, Qt::Key_Right, Qt::Key_F6},
        {Qt::Key_7, Qt::Key_Home, Qt::Key_F7},
        {Qt::Key_8, Qt::Key_Up, Qt::Key_F8},
        {Qt::Key_9, Qt::Key_PageUp, Qt::Key_F9},
    }));
    const auto expected = deskActionForKey(fkey, Qt::NoModifier, false);
    REQUIRE(expected.has_value());
    CHECK(deskActionForKey(numLockOn, Qt::KeypadModifier, false) == expected);
    CHECK(deskActionForKey(numLockOff, Qt::KeypadModifier, false) == expected);
    // The same keys off the keypad, or while typing / choosing, are not actions.
    CHECK_FALSE(deskActionForKey(numLockOn, Qt::NoModifier, false).has_value());
    CHECK_FALSE(deskActionForKey(numLockOff, Qt::NoModifier, false).has_value());
    CHECK_FALSE(deskActionForKey(numLockOn, Qt::KeypadModifier, true).has_value());
}

TEST_CASE("keypad plus calls the next citizen; other keys do nothing", "[counter][keys]")
{
    CHECK(deskActionForKey(Qt::Key_Plus, Qt::KeypadModifier, false) == A::CallNext);
    CHECK_FALSE(deskActionForKey(Qt::Key_Plus, Qt::NoModifier, false).has_value());
    CHECK_FALSE(deskActionForKey(Qt::Key_0, Qt::KeypadModifier, false).has_value());
    CHECK_FALSE(deskActionForKey(Qt::Key_A, Qt::NoModifier, false).has_value());
    CHECK_FALSE(deskActionForKey(Qt::Key_F11, Qt::NoModifier, false).has_value());
}
