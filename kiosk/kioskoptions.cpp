#include "kioskoptions.h"

#include "core/configloader.h"
#include "printertransport.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(u"Növbə kiosk: touchscreen ticketing and thermal printing."_s);
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {u"host"_s, u"Engine host (default 127.0.0.1)."_s, u"HOST"_s},
        {u"port"_s, u"Engine port (default 7400)."_s, u"PORT"_s},
        {u"device"_s, u"This kiosk's device id, e.g. kiosk-1."_s, u"ID"_s},
        {u"token"_s, u"This kiosk's device token."_s, u"TOKEN"_s},
        {u"printer"_s, u"Printer URL: serial:/dev/ttyUSB0, tcp://host:9100, /dev/usb/lp0, file:PATH, png:PATH."_s, u"URL"_s},
        {u"profile"_s, u"Printer profile id (epson-tm-t20iii, tm-t88, pos-5890 or one from --config)."_s, u"ID"_s},
        {u"config"_s, u"Centre config file: printer profiles and this device's printer."_s, u"PATH"_s},
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
    KioskOptions o;
    o.host = p.isSet(u"host"_s) ? p.value(u"host"_s) : o.host;
    if (p.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = p.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return {std::nullopt, u"--port must be 1 to 65535"_s, 2};
        o.port = quint16(port);
    }
    o.device = p.value(u"device"_s);
    o.token = p.value(u"token"_s);
    o.printerUrl = p.value(u"printer"_s);
    o.profileId = p.value(u"profile"_s);
    o.configPath = p.value(u"config"_s);
    o.printSample = p.isSet(u"print-sample"_s);
    o.sampleLang = p.isSet(u"lang"_s) ? p.value(u"lang"_s) : o.sampleLang;
    o.screenshotDir = p.value(u"screenshot"_s);
    o.windowed = p.isSet(u"windowed"_s);
    o.landscape = p.isSet(u"landscape"_s);
    if (!o.printSample && o.screenshotDir.isEmpty() && (o.device.isEmpty() || o.token.isEmpty()))
        return {std::nullopt, u"--device and --token are required (or --print-sample)"_s, 2};
    return {o, {}, 0};
}

std::vector<PrinterProfile> builtinPrinterProfiles()
{
    PrinterProfile t20{u"epson-tm-t20iii"_s, 576, 203, true, u"partial"_s, 115200, false};
    PrinterProfile t88{u"tm-t88"_s, 512, 180, true, u"partial"_s, 38400, false};
    PrinterProfile pos58{u"pos-5890"_s, 384, 203, false, u"feedPartial"_s, 9600, true};
    return {t20, t88, pos58};
}

PrinterChoice choosePrinter(const KioskOptions &options)
{
    PrinterChoice choice{options.printerUrl, {}, {}};
    QString profileId = options.profileId;
    std::vector<PrinterProfile> profiles = builtinPrinterProfiles();
    if (!options.configPath.isEmpty()) {
        QFile file(options.configPath);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, {}, u"cannot read %1: %2"_s.arg(options.configPath, file.errorString())};
        const Result<CentreConfig> config = parseCentreConfig(file.readAll());
        if (!config)
            return {{}, {}, u"%1: %2"_s.arg(options.configPath, config.error().message)};
        if (!config->printerProfiles.empty())
            profiles = config->printerProfiles;
        if (const DeviceConfig *device = config->device(options.device)) {
            choice.url = choice.url.isEmpty() ? device->printer : choice.url;
            profileId = profileId.isEmpty() ? device->printerProfile : profileId;
        }
    }
    if (choice.url.isEmpty())
        return {{}, {}, u"no printer: pass --printer URL (or --config with this device's entry)"_s};
    if (profileId.isEmpty())
        profileId = profiles.front().id;
    for (const PrinterProfile &p : profiles) {
        if (p.id == profileId) {
            choice.profile = p;
            QString error;
            if (!createTransport(choice.url, p, &error))
                return {{}, {}, error};
            return choice;
        }
    }
    return {{}, {}, u"unknown printer profile \"%1\""_s.arg(profileId)};
}

} // namespace novbe
