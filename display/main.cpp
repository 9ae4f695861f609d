// novbe-display: the hall display (or, with --counter, a desk display).
// Wiring only; the program is novbe_display. The command line is read before
// the GUI starts, so --help, --version and option errors work without a screen.
#include "displayapp.h"
#include "displaydemo.h"
#include "displaysettings.h"

#include <QApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    novbe::DisplaySettings settings;
    QString error;
    if (!novbe::DisplaySettings::parse(arguments, &settings, &error)) {
        QTextStream(settings.infoOnly ? stdout : stderr) << error << '\n';
        return settings.infoOnly ? 0 : 2;
    }
    if (!settings.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"novbe-display"_s);
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
