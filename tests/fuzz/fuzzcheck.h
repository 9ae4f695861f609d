#pragma once

// The fuzz targets' invariant check: a broken invariant aborts, which
// libFuzzer reports as a crash (and keeps the input).

#include <cstdlib>

namespace novbe::fuzz {

inline void check(bool invariant)
{
    if (!invariant)
        std::abort();
}

} // namespace novbe::fuzz
