#include "counterstyle.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>

#include <utility>

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
    QString qss = QString::fromUtf8(file.readAll());
    using namespace deskpalette;
    // Longer names first, so "@TEXT_MUTED" is not eaten by "@TEXT".
    const std::pair<const char *, const char *> tokens[] = {
        {"@BACKGROUND", BACKGROUND},     {"@SURFACE", SURFACE},
        {"@TEXT_MUTED", TEXT_MUTED},     {"@TEXT", TEXT},
        {"@BAND_TEXT", BAND_TEXT},       {"@BAND", BAND},
        {"@ACCENT_TEXT", ACCENT_TEXT},   {"@ACCENT", ACCENT},
        {"@LINE", LINE},                 {"@PALE", PALE},
        {"@DISABLED_TEXT", DISABLED_TEXT}, {"@DISABLED", DISABLED},
        {"@OK_BG", OK_BG},               {"@OK", OK},
        {"@WARNING_BG", WARNING_BG},     {"@WARNING_TEXT", WARNING_TEXT},
        {"@FAULT_BG", FAULT_BG},         {"@FAULT", FAULT},
    };
    for (const auto &[token, value] : tokens)
        qss.replace(QLatin1String(token), QLatin1String(value));
    return qss;
}

void applyDeskStyle(QApplication &app)
{
    registerFonts();
    QFont font(QString::fromLatin1(DESK_FONT_FAMILY));
    font.setPixelSize(16);
    app.setFont(font);
    app.setStyleSheet(deskStyleSheet());
}

QColor colour(const char *hex)
{
    return QColor::fromString(QLatin1String(hex));
}

} // namespace novbe
