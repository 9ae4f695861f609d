#pragma once

// novbe-kiosk's command line and its own INI file (--config kiosk.ini:
// [engine] host, port, device, token; [printer] url, profile and overrides of
// the profile's fields). The kiosk never reads the engine's centre config.

#include "app/connectionoptions.h"
#include "printerprofile.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace novbe {

struct KioskOptions
{
    ConnectionOptions connection;
    QString printerUrl; // --printer, else [printer] url
    QString profileId;  // --profile, else [printer] profile
    bool printSample = false;
    QString sampleLang = QStringLiteral("az");
    QString screenshotDir;  // non-empty: write screenshots and exit
    bool windowed = false;  // a 1080x1920 window instead of full screen
    bool landscape = false; // with --windowed: 1920x1080
};

struct ParsedKioskOptions
{
    std::optional<KioskOptions> options;
    QString message; // help, version or the error
    int exitCode = 0;
};

ParsedKioskOptions parseKioskOptions(const QStringList &arguments);

struct PrinterChoice
{
    QString url;
    PrinterProfile profile;
    QString error; // non-empty: no usable printer
};

// The printer URL and profile from the command line, else the INI file's
// [printer] group; the profile is a built-in one (the first without an id),
// with the INI file's overrides applied.
PrinterChoice choosePrinter(const KioskOptions &options);

} // namespace novbe
