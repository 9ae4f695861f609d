#pragma once

// novbe-kiosk's command line.

#include "core/centreconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace novbe {

struct KioskOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
    QString device;
    QString token;
    QString printerUrl;           // --printer, else the device entry of --config
    QString profileId;            // --profile, else the device entry of --config
    QString configPath;           // optional centre config: printer profiles and the device's printer
    bool printSample = false;
    QString sampleLang = QStringLiteral("az");
    QString screenshotDir;        // non-empty: write screenshots and exit
    bool windowed = false;        // a 1080x1920 window instead of full screen
    bool landscape = false;       // with --windowed: 1920x1080
};

struct ParsedKioskOptions
{
    std::optional<KioskOptions> options;
    QString message;              // help, version or the error
    int exitCode = 0;
};

ParsedKioskOptions parseKioskOptions(const QStringList &arguments);

// The built-in printer profiles (the same as resources/centres/baku-1.json).
std::vector<PrinterProfile> builtinPrinterProfiles();

struct PrinterChoice
{
    QString url;
    PrinterProfile profile;
    QString error;                // non-empty: no usable printer
};

// The printer URL and profile from --printer/--profile, else the device entry
// of --config; profiles from --config, else the built-in ones.
PrinterChoice choosePrinter(const KioskOptions &options);

} // namespace novbe
