#include "counterstyle.h"

#include "ui/fonts.h"
#include "ui/palette.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void registerFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    QFontDatabase::addApplicationFont(u":/novbe/counter/fonts/DejaVuSans.ttf"_s);
    QFontDatabase::addApplicationFont(u":/novbe/counter/fonts/DejaVuSans-Bold.ttf"_s);
}

} // namespace

QString deskStyleSheet()
{
    QFile file(u":/novbe/counter/counter.qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return palette::withTokens(QString::fromUtf8(file.readAll()));
}

void applyDeskStyle(QApplication &app)
{
    registerFonts();
    QFont font(QString::fromLatin1(fonts::FAMILY));
    font.setPixelSize(16);
    app.setFont(font);
    app.setStyleSheet(deskStyleSheet());
}

} // namespace novbe
