#include "fonts.h"

#include "palette.h"

#include <QFile>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

static void initUiResources()
{
    Q_INIT_RESOURCE(fonts);
    Q_INIT_RESOURCE(styles);
}

namespace novbe::fonts {

void initFontResource()
{
    static const bool done = [] {
        initUiResources();
        return true;
    }();
    Q_UNUSED(done);
}

void loadBundledFonts()
{
    static const bool loaded = [] {
        initFontResource();
        for (const QString &file :
             {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s, u"DejaVuSansMono-Bold.ttf"_s})
            QFontDatabase::addApplicationFont(u":/novbe/fonts/"_s + file);
        return true;
    }();
    Q_UNUSED(loaded);
}

QFont uiFont(int pixelSize)
{
    QFont font(QString::fromLatin1(FAMILY));
    font.setPixelSize(pixelSize);
    return font;
}

QString styleSheet(const QString &name)
{
    initFontResource();
    QFile file(u":/novbe/styles/"_s + name + u".qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return palette::withTokens(QString::fromUtf8(file.readAll()));
}

} // namespace novbe::fonts
