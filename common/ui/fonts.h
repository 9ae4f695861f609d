#pragma once

// The one font family of all apps (ui.md): DejaVu Sans, bundled by each app,
// and its mono face for tabular ticket numbers.

namespace novbe::fonts {

inline constexpr const char *FAMILY = "DejaVu Sans";
inline constexpr const char *MONO_FAMILY = "DejaVu Sans Mono";

} // namespace novbe::fonts
