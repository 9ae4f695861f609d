#include "displaystyle.h"

#include "ui/fonts.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

static void initDisplayResources()
{
    Q_INIT_RESOURCE(display);
}

namespace novbe::displaystyle {

void loadFonts()
{
    static const bool loaded = [] {
        initDisplayResources();
        for (const QString &file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s,
                                    u"DejaVuSansMono-Bold.ttf"_s})
            QFontDatabase::addApplicationFont(u":/novbe/display/fonts/"_s + file);
        return true;
    }();
    Q_UNUSED(loaded);
}

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
    QFont font(QString::fromLatin1(fonts::MONO_FAMILY));
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(true);
    font.setStyleHint(QFont::Monospace);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace novbe::displaystyle
