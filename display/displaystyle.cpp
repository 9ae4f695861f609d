#include "displaystyle.h"

#include "ui/fonts.h"

using namespace Qt::StringLiterals;

namespace novbe::displaystyle {

QFont textFont(qreal pixelSize, bool bold)
{
    QFont font(QString::fromLatin1(fonts::FAMILY));
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont numberFont(qreal pixelSize)
{
    return fonts::numberFont(pixelSize);
}

} // namespace novbe::displaystyle
