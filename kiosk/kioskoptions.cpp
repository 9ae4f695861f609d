#include "kioskoptions.h"

#include "printertransport.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(u"Növbə kiosk: touchscreen ticketing and thermal printing."_s);
    p.addHelpOption();
    p.addVersionOption();
    ConnectionOptions::addTo(p);
    p.addOptions({
        {u"printer"_s,
         u"Printer URL: serial:/dev/ttyUSB0, tcp://host:9100, /dev/usb/lp0, file:PATH, png:PATH."_s,
         u"URL"_s},
        {u"profile"_s, u"Printer profile: epson-tm-t20iii, tm-t88 or pos-5890."_s, u"ID"_s},
        {u"print-sample"_s, u"Print a sample ticket and exit (installation check)."_s},
        {u"lang"_s, u"Language of the sample ticket (az, en, ru)."_s, u"LANG"_s},
        {u"screenshot"_s, u"Write a PNG of every screen into DIR and exit."_s, u"DIR"_s},
        {u"windowed"_s, u"Run in a 1080x1920 window instead of full screen."_s},
        {u"landscape"_s, u"With --windowed: a 1920x1080 window."_s},
    });
}

} // namespace

ParsedKioskOptions parseKioskOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(arguments))
        return {std::nullopt, p.errorText(), 2};
    if (p.isSet(u"help"_s))
        return {std::nullopt, p.helpText(), 0};
    if (p.isSet(u"version"_s))
        return {std::nullopt, u"novbe-kiosk "_s + QString::fromLatin1(NOVBE_VERSION), 0};
    QString error;
    const std::optional<ConnectionOptions> connection = ConnectionOptions::read(p, &error);
    if (!connection)
        return {std::nullopt, error, 2};
    KioskOptions o;
    o.connection = *connection;
    const std::unique_ptr<QSettings> ini = connection->settings();
    o.printerUrl = p.isSet(u"printer"_s) || !ini ? p.value(u"printer"_s)
                                                 : ini->value(u"printer/url"_s).toString();
    o.profileId = p.isSet(u"profile"_s) || !ini ? p.value(u"profile"_s)
                                                : ini->value(u"printer/profile"_s).toString();
    o.printSample = p.isSet(u"print-sample"_s);
    o.sampleLang = p.isSet(u"lang"_s) ? p.value(u"lang"_s) : o.sampleLang;
    o.screenshotDir = p.value(u"screenshot"_s);
    o.windowed = p.isSet(u"windowed"_s);
    o.landscape = p.isSet(u"landscape"_s);
    if (!o.printSample && o.screenshotDir.isEmpty() && !connection->missingCredentials().isEmpty())
        return {std::nullopt, connection->missingCredentials() + u" (or --print-sample)"_s, 2};
    return {o, {}, 0};
}

PrinterChoice choosePrinter(const KioskOptions &options)
{
    if (options.printerUrl.isEmpty())
        return {{}, {}, u"no printer: pass --printer URL (or [printer] url= in --config)"_s};
    const QString id = options.profileId.isEmpty() ? builtinPrinterProfiles().front().id
                                                   : options.profileId;
    std::optional<PrinterProfile> profile = builtinPrinterProfile(id);
    if (!profile)
        return {{}, {}, u"unknown printer profile \"%1\""_s.arg(id)};
    QString error;
    const std::unique_ptr<QSettings> ini = options.connection.settings();
    if (ini && !overrideProfile(*ini, &*profile, &error))
        return {{}, {}, options.connection.configPath + u": "_s + error};
    if (!createTransport(options.printerUrl, *profile, &error))
        return {{}, {}, error};
    return {options.printerUrl, *profile, {}};
}

} // namespace novbe
