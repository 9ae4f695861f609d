#pragma once

// "No text is cut": every visible text of a widget tree fits the space it is
// given (labels, buttons, tab titles, table cells and their headers, list
// items), measured with the widget's own font, and no wrapped text breaks
// inside a word (the line breaks fall on spaces only). The screenshot modes
// of the apps and the no-clipping tests run it on every screen.

#include <QFont>
#include <QSizeF>
#include <QStringList>

class QWidget;

namespace novbe {

// One line per text that does not fit ("QLabel 'Ən uzun gözləmə': needs
// 212×20, has 180×20"); empty when everything fits.
QStringList cutTexts(const QWidget *root);

// True when `text` wrapped into `width` px in `font` breaks a line anywhere
// but at a space (a word cut in two: "Государственна|я", "10:00–|17:00").
bool breaksInsideWord(const QFont &font, const QString &text, int width);

// The widest word of `text` in `font` (words are split at ordinary spaces;
// a no-break space joins).
int widestWord(const QFont &font, const QString &text);

// True when `text` in `font` fits `box`: on one line, or (`wrap`) wrapped
// at spaces with no word wider than the box and no word broken.
bool textFits(const QFont &font, const QString &text, const QSizeF &box, bool wrap);

// `font` at the largest pixel size from `maxPx` down to `minPx` (in steps of
// about 4 %) at which textFits(); `minPx` when none does.
QFont fittedFont(QFont font, const QString &text, const QSizeF &box, bool wrap, qreal maxPx,
                 qreal minPx);

} // namespace novbe
