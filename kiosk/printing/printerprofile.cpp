#include "printerprofile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

bool readInt(const QSettings &ini, const QString &key, int min, int *out, QString *error)
{
    if (!ini.contains(key))
        return true;
    bool ok = false;
    const int value = ini.value(key).toInt(&ok);
    if (!ok || value < min) {
        *error = u"[printer] %1 must be a whole number >= %2"_s.arg(key.section(u'/', 1)).arg(min);
        return false;
    }
    *out = value;
    return true;
}

bool readBool(const QSettings &ini, const QString &key, bool *out, QString *error)
{
    if (!ini.contains(key))
        return true;
    const QString text = ini.value(key).toString();
    if (text != u"true" && text != u"false") {
        *error = u"[printer] %1 must be true or false"_s.arg(key.section(u'/', 1));
        return false;
    }
    *out = text == u"true";
    return true;
}

} // namespace

std::vector<PrinterProfile> builtinPrinterProfiles()
{
    PrinterProfile t20{u"epson-tm-t20iii"_s, 576, 203, true, u"partial"_s, 115200, false};
    PrinterProfile t88{u"tm-t88"_s, 512, 180, true, u"partial"_s, 38400, false};
    PrinterProfile pos58{u"pos-5890"_s, 384, 203, false, u"feedPartial"_s, 9600, true};
    return {t20, t88, pos58};
}

std::optional<PrinterProfile> builtinPrinterProfile(const QString &id)
{
    for (const PrinterProfile &p : builtinPrinterProfiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

bool overrideProfile(const QSettings &ini, PrinterProfile *p, QString *error)
{
    if (!readInt(ini, u"printer/widthDots"_s, 8, &p->widthDots, error)
        || !readInt(ini, u"printer/dpi"_s, 1, &p->dpi, error)
        || !readInt(ini, u"printer/baud"_s, 1, &p->baud, error)
        || !readBool(ini, u"printer/nativeQr"_s, &p->nativeQr, error)
        || !readBool(ini, u"printer/padBand48"_s, &p->padBand48, error))
        return false;
    const QString cut = ini.value(u"printer/cut"_s, p->cut).toString();
    if (!QStringList{u"partial"_s, u"full"_s, u"feedPartial"_s}.contains(cut)) {
        *error = u"[printer] cut must be partial, full or feedPartial"_s;
        return false;
    }
    p->cut = cut;
    return true;
}

} // namespace novbe
