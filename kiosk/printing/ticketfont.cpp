#include "ticketfont.h"

#include "ui/fonts.h"

#include <QFile>

namespace novbe {

namespace {

const QByteArray &fontData(FontWeight weight)
{
    static const QByteArray regular = [] {
        fonts::initFontResource();
        QFile file(QStringLiteral(":/novbe/fonts/DejaVuSans.ttf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    static const QByteArray boldData = [] {
        fonts::initFontResource();
        QFile file(QStringLiteral(":/novbe/fonts/DejaVuSans-Bold.ttf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return weight == FontWeight::Bold ? boldData : regular;
}

} // namespace

QRawFont bundledFont(FontWeight weight, qreal pixelSize)
{
    return QRawFont(fontData(weight), pixelSize, QFont::PreferNoHinting);
}

qreal textWidth(const QRawFont &font, const QString &text)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    qreal width = 0;
    for (const QPointF &advance : font.advancesForGlyphIndexes(glyphs))
        width += advance.x();
    return width;
}

QPainterPath textPath(const QRawFont &font, const QString &text, qreal x, qreal baseline)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs);
    QPainterPath path;
    qreal pen = x;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        path.addPath(font.pathForGlyph(glyphs.at(i)).translated(pen, baseline));
        pen += advances.at(i).x();
    }
    return path;
}

QStringList wrapText(const QRawFont &font, const QString &text, qreal maxWidth)
{
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && textWidth(font, candidate) > maxWidth) {
            lines.append(current);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

bool bundledFontCovers(const QString &text)
{
    const QRawFont font = bundledFont(FontWeight::Regular, 20);
    for (QChar ch : text) {
        if (!ch.isSpace() && !font.supportsCharacter(ch))
            return false;
    }
    return true;
}

} // namespace novbe
