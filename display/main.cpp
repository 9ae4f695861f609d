// novbe-display: the hall display. Wiring only; the program is novbe_display.
#include "displayapp.h"
#include "displaydemo.h"
#include "displaysettings.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"novbe-display"_s);
    novbe::DisplaySettings settings;
    QString error;
    if (!novbe::DisplaySettings::parse(QApplication::arguments(), &settings, &error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    if (!settings.screenshot.isEmpty()) {
        if (!novbe::renderDemoScreenshot(settings, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        return 0;
    }
    novbe::DisplayApp display(settings);
    display.start();
    return QApplication::exec();
}
