#include "deviceconfig.h"

#include "pinhash.h"

#include <algorithm>

namespace novbe {

using namespace Qt::StringLiterals;

namespace {

const QStringList DEVICE_ROLES{u"kiosk"_s, u"display"_s, u"counter"_s, u"manager"_s, u"booking"_s};
const QStringList CUT_MODES{u"partial"_s, u"full"_s, u"feedPartial"_s};

template <typename Known>
bool checkRefs(ConfigReader &reader, const QStringList &ids, const QString &what, Known known)
{
    for (const QString &id : ids) {
        if (!known(id))
            return reader.fail(reader.key(what) + u" names \"" + id
                               + u"\", which is not defined in " + what);
    }
    return true;
}

bool readZone(ConfigReader &reader, const CentreConfig &config, const QJsonObject &o,
              DeviceConfig &d)
{
    const QJsonValue v = o.value(u"zone"_s);
    if (ConfigReader::isAbsent(v))
        return true;
    if (!v.isObject())
        return reader.fail(u"zone must be an object (got "_s + ConfigReader::shown(v) + u')');
    reader.setKeyPrefix(u"zone."_s);
    const auto isService = [&config](const QString &id) { return config.service(id) != nullptr; };
    const auto isCounter = [&config](const QString &id) { return config.counter(id) != nullptr; };
    const bool ok = reader.readStringList(v.toObject(), u"services"_s, d.zoneServices)
        && reader.readStringList(v.toObject(), u"counters"_s, d.zoneCounters)
        && checkRefs(reader, d.zoneServices, u"services"_s, isService)
        && checkRefs(reader, d.zoneCounters, u"counters"_s, isCounter);
    reader.setKeyPrefix({});
    return ok;
}

} // namespace

bool readPrinterProfile(ConfigReader &reader, const QJsonObject &o, PrinterProfileEntry &p)
{
    if (!reader.readInt(o, u"widthDots"_s, p.widthDots, 8) || !reader.readInt(o, u"dpi"_s, p.dpi, 1)
        || !reader.readBool(o, u"nativeQr"_s, p.nativeQr) || !reader.readString(o, u"cut"_s, p.cut)
        || !reader.readInt(o, u"baud"_s, p.baud, 1)
        || !reader.readBool(o, u"padBand48"_s, p.padBand48))
        return false;
    if (!CUT_MODES.contains(p.cut))
        return reader.fail(u"cut \""_s + p.cut + u"\" must be one of partial, full, feedPartial");
    return true;
}

bool readDevice(ConfigReader &reader, const CentreConfig &config,
                const std::vector<PrinterProfileEntry> &profiles, const QJsonObject &o,
                DeviceConfig &d)
{
    if (!reader.readString(o, u"role"_s, d.role, true))
        return false;
    if (!DEVICE_ROLES.contains(d.role))
        return reader.fail(u"role \""_s + d.role
                           + u"\" must be one of kiosk, display, counter, manager, booking");
    if (!reader.readString(o, u"token"_s, d.token, true)
        || !reader.readString(o, u"printer"_s, d.printer)
        || !reader.readString(o, u"printerProfile"_s, d.printerProfile)
        || !readZone(reader, config, o, d))
        return false;
    const bool known = std::any_of(
        profiles.begin(), profiles.end(),
        [&d](const PrinterProfileEntry &p) { return p.id == d.printerProfile; });
    if (!d.printerProfile.isEmpty() && !known)
        return reader.fail(u"printerProfile \""_s + d.printerProfile
                           + u"\" is not defined in printerProfiles");
    return true;
}

bool readOperator(ConfigReader &reader, const QJsonObject &o, OperatorConfig &op)
{
    if (!reader.readString(o, u"name"_s, op.name, true)
        || !reader.readString(o, u"pin"_s, op.pin, true))
        return false;
    if (!isValidPinHash(op.pin))
        return reader.fail(u"pin must be \"pbkdf2-sha256$ITER$SALT_B64$HASH_B64\" (positive ITER, "
                           "standard base64 with padding, 32-byte hash)"_s);
    return true;
}

} // namespace novbe
