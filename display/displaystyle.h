#pragma once

// The hall display's fonts. Its colours are the common palette
// (common/ui/palette.h); every text pair used here reaches 7:1 (WCAG AAA).

#include "ui/palette.h"

#include <QFont>

namespace novbe::displaystyle {

// DejaVu Sans at `pixelSize` (labels, names, ticker).
QFont textFont(qreal pixelSize, bool bold = false);
// DejaVu Sans Condensed Bold at `pixelSize` (fonts::numberFont): ticket
// numbers and counter names.
QFont numberFont(qreal pixelSize);

} // namespace novbe::displaystyle
