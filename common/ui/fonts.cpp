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
        for (const QString &file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s})
            QFontDatabase::addApplicationFont(u":/novbe/fonts/"_s + file);
        return true;
    }();
    Q_UNUSED(loaded);
}

// The family the condensed face registers under ("DejaVu Sans Condensed", or
// "DejaVu Sans" with a condensed stretch, depending on the font database).
static const QString &condensedFamily()
{
    static const QString family = [] {
        loadBundledFonts();
        const int id = QFontDatabase::addApplicationFont(
            u":/novbe/fonts/DejaVuSansCondensed-Bold.ttf"_s);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        for (const QString &f : families) {
            if (f.contains(u"Condensed"_s))
                return f;
        }
        return families.value(0, QString::fromLatin1(FAMILY));
    }();
    return family;
}

QFont numberFont(qreal pixelSize)
{
    QFont font(condensedFamily());
    font.setPixelSize(qMax(1, qRound(pixelSize)));
    font.setBold(true);
    if (!condensedFamily().contains(u"Condensed"_s))
        font.setStretch(QFont::SemiCondensed);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
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
