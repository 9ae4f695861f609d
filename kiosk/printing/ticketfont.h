#pragma once

// Text drawing with the bundled DejaVu Sans (resources/fonts, compiled into
// novbe_printing): glyph outlines filled without antialiasing, so a ticket
// looks the same on every machine whatever fonts are installed.
// Requires: a QGuiApplication exists (Qt needs it to load a font).

#include <QPainterPath>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace novbe {

enum class FontWeight {
    Regular,
    Bold,
};

// The bundled font at `pixelSize` (unhinted). Invalid only if the resource is missing.
QRawFont bundledFont(FontWeight weight, qreal pixelSize);

// Advance width of `text` in `font`.
qreal textWidth(const QRawFont &font, const QString &text);

// Outline of `text` with its baseline starting at (x, baseline).
QPainterPath textPath(const QRawFont &font, const QString &text, qreal x, qreal baseline);

// `text` broken at spaces into lines no wider than maxWidth (a long word stays whole).
QStringList wrapText(const QRawFont &font, const QString &text, qreal maxWidth);

// True when every character of `text` has a glyph in the bundled font.
bool bundledFontCovers(const QString &text);

} // namespace novbe
