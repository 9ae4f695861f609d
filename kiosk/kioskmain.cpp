#include "kioskmain.h"

#include "kioskapp.h"
#include "kioskoptions.h"
#include "kioskwindow.h"
#include "printsample.h"
#include "screenshots.h"

#include "app/appstyle.h"

#include <QApplication>
#include <QTextStream>

namespace novbe {

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

int runSample(const KioskOptions &options, const PrinterChoice &printer)
{
    QString message;
    QTextStream buffer(&message);
    const int code = printSample(printer.url, printer.profile, options.sampleLang, buffer);
    buffer.flush();
    QTextStream(code == 0 ? stdout : stderr) << message << Qt::flush;
    return code;
}

int runApp(const KioskOptions &options, const PrinterChoice &printer)
{
    applyAppStyle(*qApp, QStringLiteral("kiosk"), 32);
    KioskApp kiosk(options, printer);
    const bool windowed = options.windowed || !options.screenshotDir.isEmpty();
    if (windowed)
        kiosk.window()->resize(options.landscape ? QSize(1920, 1080) : QSize(1080, 1920));
    kiosk.start(!windowed);
    if (!options.screenshotDir.isEmpty()) {
        QTextStream out(stdout);
        return writeScreenshots(kiosk, options.screenshotDir, out);
    }
    return QApplication::exec();
}

} // namespace

int runKiosk(int argc, char **argv)
{
    QStringList arguments; // parsed before QApplication: --help needs no screen
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ParsedKioskOptions parsed = parseKioskOptions(arguments);
    if (!parsed.options) {
        QTextStream(parsed.exitCode == 0 ? stdout : stderr) << parsed.message << Qt::endl;
        return parsed.exitCode;
    }
    preferOffscreen(argc, argv);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("novbe-kiosk"));
    app.setApplicationVersion(QStringLiteral(NOVBE_VERSION));
    const KioskOptions &options = *parsed.options;
    const PrinterChoice printer = choosePrinter(options);
    if (!printer.error.isEmpty()) {
        QTextStream(stderr) << "novbe-kiosk: " << printer.error << Qt::endl;
        return options.printSample ? 1 : 2;
    }
    return options.printSample ? runSample(options, printer) : runApp(options, printer);
}

} // namespace novbe
