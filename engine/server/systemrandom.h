#pragma once

#include "core/randomsource.h"

#include <QRandomGenerator64>

namespace novbe {

// The engine's source of ids and booking codes: the operating system's
// cryptographic generator (getrandom), so no id or code can be foretold from
// others. A rolled-back command's draws are simply not used.
class SystemRandom final : public RandomSource
{
public:
    quint64 bounded(quint64 bound) override { return QRandomGenerator64::system()->bounded(bound); }
    std::unique_ptr<RandomSource> clone() const override
    {
        return std::make_unique<SystemRandom>();
    }
};

} // namespace novbe
