#include "kioskstyle.h"

#include "ticketfont.h"
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
    bundledFont(FontWeight::Regular, 12);   // makes sure the font resource is initialised
    QFontDatabase::addApplicationFont(u":/novbe/fonts/DejaVuSans.ttf"_s);
    QFontDatabase::addApplicationFont(u":/novbe/fonts/DejaVuSans-Bold.ttf"_s);
}

} // namespace

QString kioskStyleSheet()
{
    QFile file(u":/novbe/styles/kiosk.qss"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return palette::withTokens(QString::fromUtf8(file.readAll()));
}

void applyKioskStyle(QApplication &app)
{
    registerFonts();
    QFont font(QString::fromLatin1(fonts::FAMILY));
    font.setPixelSize(32);
    app.setFont(font);
    app.setStyleSheet(kioskStyleSheet());
}

} // namespace novbe
