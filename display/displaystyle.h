#pragma once

// The hall display's fonts. Its colours are the common palette
// (common/ui/palette.h); every text pair used here reaches 7:1 (WCAG AAA).

#include "ui/palette.h"

#include <QFont>

namespace novbe::displaystyle {

// DejaVu Sans at `pixelSize` (labels, names, ticker).
QFont textFont(qreal pixelSize, bool bold = false);
// DejaVu Sans Mono Bold at `pixelSize`: tabular ticket numbers and counters.
QFont numberFont(qreal pixelSize);

// DejaVu Sans Mono: capital and digit height as a fraction of the pixel size.
inline constexpr qreal MONO_CAP_HEIGHT = 0.729;
inline constexpr qreal MONO_ADVANCE = 0.602;

} // namespace novbe::displaystyle
