#pragma once

// The config's "devices", "operators" and legacy "printerProfiles" entries
// (docs/configuration.md), read for the centre config loader. Each reader
// records its problem in `reader` and returns false when the entry is broken.

#include "centreconfig.h"
#include "configreader.h"

#include <QJsonObject>
#include <QString>

namespace novbe {

// The legacy kiosk keys (printerProfiles, devices[].printer/printerProfile):
// still accepted and checked so old files load, but kept by nobody; a kiosk
// reads its printer from its own INI file (docs/kiosk.md).
struct PrinterProfileEntry
{
    QString id;
    int widthDots = 576;
    int dpi = 203;
    bool nativeQr = true;
    QString cut = QStringLiteral("partial");
    int baud = 115200;
    bool padBand48 = false;
};

bool readPrinterProfile(ConfigReader &reader, const QJsonObject &o, PrinterProfileEntry &p);
// A device; its zone names services and counters of `config`, its
// printerProfile one of `profiles`.
bool readDevice(ConfigReader &reader, const CentreConfig &config,
                const std::vector<PrinterProfileEntry> &profiles, const QJsonObject &o,
                DeviceConfig &d);
bool readOperator(ConfigReader &reader, const QJsonObject &o, OperatorConfig &op);

} // namespace novbe
