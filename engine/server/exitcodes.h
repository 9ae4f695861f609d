#pragma once

namespace novbe {

// Exit codes of novbe-engine.
inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_USAGE = 1;
inline constexpr int EXIT_CONFIG = 2;
inline constexpr int EXIT_STORAGE = 3;
inline constexpr int EXIT_NETWORK = 4;

} // namespace novbe
