#pragma once

#include <QString>

namespace novbe {

// Device roles from the centre config; a bit each so a method lists who may call it.
enum class Role : unsigned {
    None = 0,
    Kiosk = 1u << 0,
    Display = 1u << 1,
    Counter = 1u << 2,
    Manager = 1u << 3,
    Booking = 1u << 4,
};

using RoleMask = unsigned;

inline constexpr RoleMask roleBit(Role role)
{
    return static_cast<RoleMask>(role);
}

inline constexpr RoleMask ALL_ROLES = roleBit(Role::Kiosk) | roleBit(Role::Display)
    | roleBit(Role::Counter) | roleBit(Role::Manager) | roleBit(Role::Booking);

// "kiosk" -> Role::Kiosk; Role::None for an unknown name.
Role roleFromName(const QString &name);
QString roleName(Role role);

} // namespace novbe
