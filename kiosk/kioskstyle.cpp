#include "kioskstyle.h"

#include "ticketfont.h"

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
    QString qss = QString::fromUtf8(file.readAll());
    const std::pair<const char *, const char *> tokens[] = {
        {"@BACKGROUND", palette::BACKGROUND}, {"@SURFACE", palette::SURFACE},
        {"@TEXT_MUTED", palette::TEXT_MUTED}, {"@TEXT", palette::TEXT},
        {"@BAND_TEXT", palette::BAND_TEXT},   {"@BAND", palette::BAND},
        {"@ACCENT_TEXT", palette::ACCENT_TEXT}, {"@ACCENT", palette::ACCENT},
        {"@TILE_BORDER", palette::TILE_BORDER}, {"@TILE", palette::TILE},
        {"@CLOSED_TEXT", palette::CLOSED_TEXT}, {"@CLOSED", palette::CLOSED},
        {"@OK", palette::OK},                 {"@WARNING_BG", palette::WARNING_BG},
        {"@WARNING_TEXT", palette::WARNING_TEXT}, {"@FAULT", palette::FAULT},
    };
    for (const auto &[token, colour] : tokens)
        qss.replace(QLatin1String(token), QLatin1String(colour));
    return qss;
}

void applyKioskStyle(QApplication &app)
{
    registerFonts();
    QFont font(QString::fromLatin1(KIOSK_FONT_FAMILY));
    font.setPixelSize(32);
    app.setFont(font);
    app.setStyleSheet(kioskStyleSheet());
}

} // namespace novbe
