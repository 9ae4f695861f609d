// novbe-kiosk: the touchscreen ticket kiosk (see docs/kiosk.md).
#include "kioskapp.h"
#include "kioskoptions.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "printsample.h"
#include "screenshots.h"

#include <QApplication>
#include <QTextStream>

using namespace novbe;

namespace {

// --print-sample and --screenshot need no screen: run them offscreen unless told otherwise.
void preferOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--print-sample" || arg.startsWith("--screenshot"))
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreen(argc, argv);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("novbe-kiosk"));
    app.setApplicationVersion(QStringLiteral(NOVBE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ParsedKioskOptions parsed = parseKioskOptions(app.arguments());
    if (!parsed.options) {
        (parsed.exitCode == 0 ? out : err) << parsed.message << Qt::endl;
        return parsed.exitCode;
    }
    const KioskOptions &options = *parsed.options;
    const PrinterChoice printer = choosePrinter(options);
    if (!printer.error.isEmpty()) {
        err << "novbe-kiosk: " << printer.error << Qt::endl;
        return options.printSample ? 1 : 2;
    }
    if (options.printSample) {
        QString message;
        QTextStream buffer(&message);
        const int code = printSample(printer.url, printer.profile, options.sampleLang, buffer);
        buffer.flush();
        (code == 0 ? out : err) << message << Qt::flush;
        return code;
    }
    applyKioskStyle(app);
    KioskApp kiosk(options, printer);
    const bool windowed = options.windowed || !options.screenshotDir.isEmpty();
    if (windowed)
        kiosk.window()->resize(options.landscape ? QSize(1920, 1080) : QSize(1080, 1920));
    kiosk.start(!windowed);
    if (!options.screenshotDir.isEmpty())
        return writeScreenshots(kiosk, options.screenshotDir, out);
    return app.exec();
}
