#include "appstyle.h"

#include "ui/fonts.h"

#include <QApplication>

namespace novbe {

void applyAppStyle(QApplication &app, const QString &sheet, int basePixelSize)
{
    fonts::loadBundledFonts();
    app.setFont(fonts::uiFont(basePixelSize));
    app.setStyleSheet(fonts::styleSheet(sheet));
}

} // namespace novbe
