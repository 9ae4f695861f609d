#include "wire.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

const std::array<std::pair<Role, QLatin1StringView>, 5> ROLE_NAMES = {{
    {Role::Kiosk, "kiosk"_L1},
    {Role::Display, "display"_L1},
    {Role::Counter, "counter"_L1},
    {Role::Manager, "manager"_L1},
    {Role::Booking, "booking"_L1},
}};

} // namespace

Role roleFromName(const QString &name)
{
    for (const auto &[role, text] : ROLE_NAMES) {
        if (name == text)
            return role;
    }
    return Role::None;
}

QString roleName(Role role)
{
    for (const auto &[r, text] : ROLE_NAMES) {
        if (r == role)
            return QString(text);
    }
    return {};
}

bool Zone::showsService(const QString &service) const
{
    return services.isEmpty() || services.contains(service);
}

bool Zone::showsCounter(const QString &counter) const
{
    return counters.isEmpty() || counters.contains(counter);
}

bool Zone::shows(const QString &service, const QString &counter) const
{
    return showsService(service) && showsCounter(counter);
}

} // namespace novbe
